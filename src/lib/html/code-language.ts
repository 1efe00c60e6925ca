/** What a code block's bar calls its language; plain text and unknown languages get no name. */
const LANGUAGE_NAMES: Record<string, string> = {
  bash: 'Shell',
  http: 'HTTP',
  js: 'JavaScript',
  json: 'JSON',
  sh: 'Shell',
  shell: 'Shell',
};

/**
 * The language named by a fenced block's rendered HTML (`<code class="language-http">`), for the
 * block's bar.
 */
export function codeLanguageName(codeHtml: string): string | undefined {
  const language = /^\s*<code class="language-([\w-]+)"/.exec(codeHtml)?.[1];
  return language ? LANGUAGE_NAMES[language.toLowerCase()] : undefined;
}
