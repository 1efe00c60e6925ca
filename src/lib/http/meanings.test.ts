import { describe, expect, test } from 'vitest';
import { parseMeanings, statusMeaning } from './meanings';
import { registeredCodes } from './registry';

describe('statusMeaning', () => {
  test('every registered code has its meaning in HTTP', () => {
    const missing = registeredCodes().filter((entry) => !statusMeaning(entry.code));
    expect(missing.map((entry) => entry.code)).toEqual([]);
  });

  test('a code no standard defines has none', () => {
    expect(statusMeaning(499)).toBeUndefined();
    expect(statusMeaning(509)).toBeUndefined();
  });

  test('says what 404 means in HTTP, not what an API means by it', () => {
    expect(statusMeaning(404)).toMatch(/^The server found nothing at the target URI/);
  });
});

describe('parseMeanings', () => {
  test('refuses an entry without text, naming the file and the code', () => {
    expect(() => parseMeanings('404: ""')).toThrow('http-status-meanings.yaml → 404');
  });
});
