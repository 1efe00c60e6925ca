/**
 * Syntax highlighting at build time with Shiki: code becomes text and `<span class="hl-ROLE">`
 * elements, one class per token role (keyword, string, comment…) from Shiki's CSS-variables theme.
 * global.css colors each role for the light and the dark theme at once (light-dark()), so pages carry
 * no inline styles (the security policy refuses them) and the theme toggle needs no second render.
 *
 * Shiki and each grammar load once, on first use; a block highlighted once is not highlighted again
 * (the same header line or request recurs across pages).
 */
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { createCssVariablesTheme } from 'shiki';
import { escapeHtml } from '~/lib/html/entities';
import type { Grammar } from './languages';

const THEME = 'site';
const ROLE = /^var\(--hl-token-([a-z-]+)\)$/;

const GRAMMARS: Record<Exclude<Grammar, 'text'>, () => Promise<unknown>> = {
  go: () => import('shiki/langs/go.mjs'),
  http: () => import('shiki/langs/http.mjs'),
  javascript: () => import('shiki/langs/javascript.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  php: () => import('shiki/langs/php.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  ruby: () => import('shiki/langs/ruby.mjs'),
  shellscript: () => import('shiki/langs/shellscript.mjs'),
};

let highlighter: Promise<HighlighterCore> | undefined;
const loading = new Map<Grammar, Promise<void>>();
const done = new Map<string, string>();

function start(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [createCssVariablesTheme({ name: THEME, variablePrefix: '--hl-' })],
    langs: [],
    // Oniguruma costs less CPU than the JavaScript engine for these grammars (measured on this build).
    engine: createOnigurumaEngine(import('shiki/wasm')),
  });
  return highlighter;
}

async function load(grammar: Exclude<Grammar, 'text'>): Promise<HighlighterCore> {
  const shiki = await start();
  let loaded = loading.get(grammar);
  if (!loaded) {
    loaded = GRAMMARS[grammar]().then((module) =>
      shiki.loadLanguage((module as { default: Parameters<HighlighterCore['loadLanguage']>[0] }).default),
    );
    loading.set(grammar, loaded);
  }
  await loaded;
  return shiki;
}

/** The class of a token's role, from the color the theme gave it; plain text has none. */
export function roleClass(color: string | undefined): string | undefined {
  const role = color && ROLE.exec(color)?.[1];
  return role ? `hl-${role}` : undefined;
}

/** `code` as HTML for a `<code>` element: escaped text and role spans, lines kept. */
export async function highlight(code: string, grammar: Grammar): Promise<string> {
  if (grammar === 'text') return escapeHtml(code);
  const key = `${grammar}\0${code}`;
  const cached = done.get(key);
  if (cached !== undefined) return cached;
  const shiki = await load(grammar);
  const { tokens } = shiki.codeToTokens(code, { lang: grammar, theme: THEME });
  const html = tokens
    .map((line) => {
      let out = '';
      let open: string | undefined;
      let text = '';
      const flush = () => {
        if (text) out += open ? `<span class="${open}">${escapeHtml(text)}</span>` : escapeHtml(text);
        text = '';
      };
      for (const token of line) {
        // Spaces take any class: they join the span around them rather than split it.
        const role = /^\s*$/.test(token.content) ? open : roleClass(token.color);
        if (role !== open) {
          flush();
          open = role;
        }
        text += token.content;
      }
      flush();
      return out;
    })
    .join('\n');
  done.set(key, html);
  return html;
}
