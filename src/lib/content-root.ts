/**
 * Where the content lives: `content/` unless DOCS_CONTENT names another folder (relative to the
 * project root, or absolute). Read by content.config.ts and astro.config.mjs.
 */
export const DEFAULT_CONTENT_ROOT = 'content';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const value = env.DOCS_CONTENT?.trim();
  return (value || DEFAULT_CONTENT_ROOT).replace(/\/+$/, '');
}
