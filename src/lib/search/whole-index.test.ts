import { expect, test } from 'vitest';
import { indexedPages, loadsWhole, WHOLE_INDEX_MAX_PAGES } from './whole-index';

test('indexedPages: the page counts of every language, added up', () => {
  expect(indexedPages({ version: '1.5.2', languages: { en: { hash: 'en_1', page_count: 113 } } })).toBe(113);
  expect(indexedPages({ languages: { en: { page_count: 100 }, de: { page_count: 20 } } })).toBe(120);
});

test('indexedPages: undefined when the entry does not say', () => {
  for (const entry of [
    null,
    'text',
    {},
    { languages: {} },
    { languages: { en: {} } },
    { languages: { en: { page_count: '9' } } },
  ]) {
    expect(indexedPages(entry)).toBeUndefined();
  }
  expect(indexedPages({ languages: { en: { page_count: 9 }, de: { page_count: -1 } } })).toBeUndefined();
});

test('loadsWhole: a small index loads whole, a large or unknown one chunk by chunk', () => {
  expect(loadsWhole(113)).toBe(true);
  expect(loadsWhole(WHOLE_INDEX_MAX_PAGES)).toBe(true);
  expect(loadsWhole(WHOLE_INDEX_MAX_PAGES + 1)).toBe(false);
  expect(loadsWhole(undefined)).toBe(false);
});
