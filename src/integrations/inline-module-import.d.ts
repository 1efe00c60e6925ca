/** A client module bundled to text, for a page to carry inline (see inline-modules.ts). */
declare module '*?inline-module' {
  const code: string;
  export default code;
}
