/** A text's words as search and the inspector compare them: lower case, split at anything but letters and digits. */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Text compared as words only: case, punctuation and spacing aside. */
export const asWords = (text: string) => wordsOf(text).join(' ');

/**
 * A title or query as one topic, each word in its singular: "Retries", "retry" and "retries" are one
 * topic, as are "Media types" and "media type". Only regular English plurals are undone.
 */
export const topicKey = (text: string) =>
  wordsOf(text)
    .map((word) =>
      word.length > 4 && word.endsWith('ies')
        ? `${word.slice(0, -3)}y`
        : word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)
          ? word.slice(0, -1)
          : word,
    )
    .join(' ');
