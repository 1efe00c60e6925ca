import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { classCandidates, pruneStylesheet, prunableClasses } from '../lib/page-css';

const STYLE = /<style>([\s\S]*?)<\/style>/g;

async function filesUnder(dir: string, extension: string, skip: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.startsWith(skip));
}

/**
 * Trims the stylesheet Astro inlines into every page to the utilities that page uses (see
 * lib/page-css.ts). A page keeps, besides the utilities in its own markup, those of every script
 * it can load (read from the build output), since scripts put classes on the elements they build.
 */
export function pageCss(): AstroIntegration {
  return {
    name: 'page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const scripts = await Promise.all(
          (await filesUnder(out, '.js', join(out, 'pagefind'))).map(async (file) => {
            const text = await readFile(file, 'utf8');
            return { url: `/${relative(out, file)}`, text, words: classCandidates(text) };
          }),
        );
        /** The scripts a page can load: those it names, and those they import, in turn. */
        const scriptsOf = (html: string) => {
          const loaded = scripts.filter((s) => html.includes(s.url));
          for (let i = 0; i < loaded.length; i++) {
            for (const s of scripts) {
              if (!loaded.includes(s) && loaded[i]!.text.includes(basename(s.url))) loaded.push(s);
            }
          }
          return loaded;
        };
        const prunable = new Map<string, string[]>();
        const pruned = new Map<string, string>();
        let before = 0;
        let after = 0;
        const pages = await filesUnder(out, '.html', join(out, 'pagefind'));
        for (const page of pages) {
          const html = await readFile(page, 'utf8');
          const words = classCandidates(html.replace(STYLE, ''));
          const loaded = scriptsOf(html);
          const trimmed = html.replace(STYLE, (_, css: string) => {
            let names = prunable.get(css);
            if (!names) prunable.set(css, (names = [...prunableClasses(css)]));
            const used = names.filter((name) => words.has(name) || loaded.some((s) => s.words.has(name)));
            // Pages built from the same template use the same classes: trim their CSS once.
            const key = `${css.length}:${used.join(' ')}`;
            let result = pruned.get(key);
            if (result === undefined) {
              const keep = new Set(used);
              result = pruneStylesheet(css, (name) => keep.has(name));
              pruned.set(key, result);
            }
            before += css.length;
            after += result.length;
            return `<style>${result}</style>`;
          });
          if (trimmed === html) continue;
          // Written whole then renamed, so that no reader ever sees half a page.
          await writeFile(`${page}.tmp`, trimmed);
          await rename(`${page}.tmp`, page);
        }
        logger.info(
          `${pages.length} pages: inline CSS ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`,
        );
      },
    },
  };
}
