import { describe, expect, it } from 'vitest';
import { withoutDirectionControls } from './direction';

describe('withoutDirectionControls', () => {
  it('drops overrides, embeddings, isolates and marks', () => {
    expect(withoutDirectionControls('\u202Eabc\u202C 429\u2067x\u2069\u200E\u200F\u061C')).toBe('abc 429x');
  });

  it('keeps other text, right-to-left letters and invisible characters that are not direction controls', () => {
    expect(withoutDirectionControls('שלום 429 \u200B')).toBe('שלום 429 \u200B');
  });
});
