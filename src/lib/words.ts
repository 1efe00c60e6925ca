/** A text's words as search and the inspector compare them: lower case, split at anything but letters and digits. */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Text compared as words only: case, punctuation and spacing aside. */
export const asWords = (text: string) => wordsOf(text).join(' ');
