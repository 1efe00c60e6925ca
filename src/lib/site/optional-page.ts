/**
 * getStaticPaths for a section's index page that exists only when its content does: a rest
 * parameter route (`[...index].astro`) with no value builds the folder's own URL, or nothing.
 */
export function onlyIf(present: boolean): { params: { index: undefined } }[] {
  return present ? [{ params: { index: undefined } }] : [];
}
