/**
 * Unicode's text direction controls: the marks (U+200E, U+200F, U+061C), embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069). Echoed inside a sentence, an override reverses the
 * rest of it ("Nothing found for …" read backwards); typed into a query they match nothing.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const withoutDirectionControls = (text: string) => text.replace(DIRECTION_CONTROLS, '');
