/**
 * A value as JSON to write inside a `<script type="application/json">`: the page's parser ends the
 * element at the first `</script` of its text, so content holding one (a label `</script><img …>`)
 * would end it early and have the rest read as markup. Every `<` is written as `\u003c`, which JSON
 * reads back as the same character.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
