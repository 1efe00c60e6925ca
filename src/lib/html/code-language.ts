/** What a code block's bar calls its language; plain text and unknown languages get no name. */
const LANGUAGE_NAMES: Record<string, string> = {
  bash: 'Shell',
  http: 'HTTP',
  js: 'JavaScript',
  json: 'JSON',
  sh: 'Shell',
  shell: 'Shell',
};

/** The name of a fenced block's language (```http → HTTP), as its bar shows it. */
export function codeLanguageName(language: string | undefined): string | undefined {
  return language ? LANGUAGE_NAMES[language.toLowerCase()] : undefined;
}
