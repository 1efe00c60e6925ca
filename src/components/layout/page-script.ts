/** src/scripts/inline/page.ts compiled and minified once per build, for PageScript.astro to inline. */
import { transform } from 'esbuild';
import {
  clientModuleUrl,
  PAGEFIND_PATH,
  SEARCH_ARRIVAL_ENTRY,
  SEARCH_ARRIVAL_PATH,
  SEARCH_UI_ENTRY,
  SEARCH_UI_PATH,
} from '~/lib/site/urls';
import source from '~/scripts/inline/page.ts?raw';

export const pageScript: Promise<string> = transform(source, {
  loader: 'ts',
  minify: true,
  target: 'es2020',
  // The dev server has no bundle; Vite compiles the entry on request instead.
  define: {
    SEARCH_UI: JSON.stringify(clientModuleUrl(SEARCH_UI_ENTRY, SEARCH_UI_PATH, import.meta.env.DEV)),
    SEARCH_ARRIVAL: JSON.stringify(
      clientModuleUrl(SEARCH_ARRIVAL_ENTRY, SEARCH_ARRIVAL_PATH, import.meta.env.DEV),
    ),
    PAGEFIND: JSON.stringify(PAGEFIND_PATH),
  },
}).then((result) => result.code.trim());
