/**
 * A URL cut after each `/` (or run of them), `?`, `&` and `,`. Shown with a line-break opportunity
 * between the pieces, a long URL in a narrow column wraps between its parts instead of inside a
 * word ("/v3/catalo" above "g/products").
 */
export function urlPieces(url: string): string[] {
  // Slashes in a row stay together: `https://` never ends a line at its first slash.
  return url.match(/[^/?&,]*(?:\/+|[?&,])?/g)!.filter((piece) => piece !== '');
}
