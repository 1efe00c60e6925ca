import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const QUERY = '?inline-module';

/**
 * Scripts a page carries inline: `import code from '~/scripts/inline/flow.ts?inline-module'` gives
 * the module and its imports bundled and minified, as text for the layout to write in a
 * `<script type="module">` and to hash into the page's security policy (lib/site/csp.ts).
 *
 * A page's own `<script>` is bundled by Astro too, but Astro writes it inline only when it is small,
 * with text that no page code can see, so no policy could name it: this keeps Astro from inlining
 * any script. Those stay files under /_astro/, which the policy allows by origin.
 */
export function inlineModules(): AstroIntegration {
  return {
    name: 'inline-modules',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [inlineModulePlugin()],
            build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
          },
        });
      },
    },
  };
}

function inlineModulePlugin(): Plugin {
  return {
    name: 'inline-module',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const result = await build({
        entryPoints: [id.slice(0, -QUERY.length)],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        metafile: true,
        logLevel: 'silent',
      });
      // The dev server reloads the page when the module or anything it imports changes.
      for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
      return `export default ${JSON.stringify(result.outputFiles[0]!.text.trim())};`;
    },
  };
}
