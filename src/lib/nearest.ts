/** Suggestions for a mistyped code URL such as /api/428/: the real codes nearest to it. */

export interface KnownCode {
  api: string;
  code: number;
  label: string;
  url: string;
}

/** Reads "/api/428/" or "/api/428" as API "api", code 428; anything else gives undefined. */
export function parseCodePath(pathname: string): { api: string; code: number } | undefined {
  const match = /^\/([a-z0-9-]+)\/(\d{3})\/?$/.exec(pathname);
  if (!match) return undefined;
  return { api: match[1]!, code: Number(match[2]) };
}

/** The `count` codes of `api` closest to `code`, nearest first (the lower code wins a tie). */
export function nearestCodes(known: KnownCode[], api: string, code: number, count = 3): KnownCode[] {
  return known
    .filter((k) => k.api === api && k.code !== code)
    .sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code) || a.code - b.code)
    .slice(0, count);
}
