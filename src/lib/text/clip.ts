/**
 * A text cut to `max` characters for display, saying how much was left out: a pasted header value
 * of hundreds of thousands of characters costs seconds of layout and says nothing more for it.
 * Never cuts a surrogate pair in two.
 */
export function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}… (${(text.length - end).toLocaleString('en')} more characters)`;
}
