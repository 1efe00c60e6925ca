/**
 * A URL cut after each `/`, `?`, `&` and `,`. Shown with a line-break opportunity between the
 * pieces, a long URL in a narrow column wraps between its parts instead of inside a word
 * ("/v3/catalo" above "g/products").
 */
export function urlPieces(url: string): string[] {
  return url.match(/[^/?&,]*[/?&,]?/g)!.filter((piece) => piece !== '');
}
