/**
 * Where the content lives and where its build goes. The content is `content/` unless DOCS_CONTENT
 * names another folder; every other content set builds into its own output and cache folders, so
 * that two sets can be built and tested side by side. Read by astro.config.mjs, content.config.ts,
 * the route manifest and the end-to-end tests.
 */
export const DEFAULT_CONTENT_ROOT = 'content';

type Env = Record<string, string | undefined>;

export function contentRoot(env: Env = process.env): string {
  const value = env.DOCS_CONTENT?.trim();
  return (value || DEFAULT_CONTENT_ROOT).replace(/(?<!\/)\/+$/, '');
}

export interface BuildPaths {
  contentRoot: string;
  /** The built site, relative to the project root. */
  outDir: string;
  /** Astro's cache for this content set. */
  cacheDir: string;
  /** Which route built which pages (see integrations/route-manifest.ts). */
  routeManifest: string;
}

export function buildPaths(env: Env = process.env): BuildPaths {
  const root = contentRoot(env);
  const name =
    root === DEFAULT_CONTENT_ROOT
      ? ''
      : root
          .split('/')
          .filter(Boolean)
          .at(-1)!
          .replace(/[^a-z0-9-]/gi, '-')
          .toLowerCase();
  const suffix = name ? `-${name}` : '';
  return {
    contentRoot: root,
    outDir: `dist${suffix}`,
    cacheDir: `.astro/cache${suffix}`,
    routeManifest: `.astro/route-manifest${suffix}.json`,
  };
}
