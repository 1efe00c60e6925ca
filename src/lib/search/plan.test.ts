import { describe, expect, test } from 'vitest';
import { vocabulary } from './test-fixtures/vocabulary';
import { fewerTerms, indexForm, planSearch, type Question } from './plan';
import { readQuery, withIndexFacts } from './reading';

const plan = (query: string, within = {}) => planSearch(readQuery(query, vocabulary), vocabulary, within);
/** A plan's questions as [term, filters, when]. */
const questions = (query: string, within = {}) =>
  plan(query, within).questions.map((q: Question) => [q.term, q.filters, q.when]);

describe('indexForm', () => {
  test("spaces the parts of a header's name and of an operator, not a name with a digit", () => {
    expect(indexForm(['Retry-After'])).toBe('Retry After');
    expect(indexForm(['x-rate-limit-requests-left'])).toBe('x rate limit requests left');
    expect(indexForm(['price:min', 'UTF-8', 'application/json'])).toBe('price min UTF-8 application/json');
    expect(indexForm([':not_in', 'since:2024-01-01'])).toBe(':not_in since:2024-01-01');
  });
});

describe('planSearch', () => {
  test('asks for the words of a query, and only them, when it names nothing', () => {
    expect(questions('exponential backoff')).toEqual([['exponential backoff', {}, 'always']]);
  });

  test('asks for the lists of codes first, in their order, or for the lists of the APIs named', () => {
    expect(plan('error codes').questions[0]).toEqual({
      term: null,
      filters: { list: 'codes' },
      sort: { 'list-place': 'asc' },
      when: 'always',
    });
    expect(questions('REST error codes')[0]).toEqual([null, { list: 'codes', api: 'REST' }, 'always']);
  });

  test("asks for a header's page by its filter when the header is the subject", () => {
    expect(questions('X-Retry-After: 15')).toEqual([
      [null, { header: 'x-retry-after' }, 'always'],
      ['X Retry After', {}, 'always'],
    ]);
    // A line about its value asks for the header's page only when its words find few.
    expect(questions('Content-Type: application/xml')).toEqual([
      ['Content Type application/xml', {}, 'always'],
      [null, { header: 'content-type' }, 'if-few'],
    ]);
  });

  test("asks for a guide's subject by its filter, then for the words", () => {
    expect(questions('retries')).toEqual([
      [null, { topic: 'retry' }, 'always'],
      ['retries', {}, 'always'],
    ]);
  });

  test("asks for an operator's rows, and for the words only when the site documents no such operator", () => {
    expect(plan('id:in')).toEqual({
      questions: [
        { term: 'in', filters: { operator: 'in' }, when: 'always' },
        { term: 'id in', filters: {}, when: 'if-none', terms: ['id:in'] },
      ],
      anchor: 'operator-in',
    });
  });

  test('asks for a header a question names among other words, and for a code named so when words find few', () => {
    expect(questions('how do I send the auth token')[0]).toEqual([
      null,
      { header: 'x-auth-token' },
      'always',
    ]);
    expect(questions('conflict duplicate sku')).toEqual([
      ['conflict duplicate sku', {}, 'always'],
      ['conflict', {}, 'if-few'],
    ]);
  });

  test("asks for a code's page always when its number or a name of two words or more stands among other words", () => {
    expect(questions('curl 429')).toEqual([
      ['curl 429', {}, 'always'],
      ['429', {}, 'always'],
    ]);
    expect(questions('too many requests curl')).toEqual([
      ['too many requests curl', {}, 'always'],
      ['too many requests', {}, 'always'],
    ]);
  });

  test('keeps the filters the reader chose on every question, and asks for every page they allow alone', () => {
    expect(questions('retries', { kind: 'Guide' })).toEqual([
      [null, { topic: 'retry', kind: 'Guide' }, 'always'],
      ['retries', { kind: 'Guide' }, 'always'],
    ]);
    expect(questions('', { api: 'REST' })).toEqual([[null, { api: 'REST' }, 'always']]);
  });

  test('asks without the words no page holds, and then for fewer words, once the index has counted them', () => {
    const reading = withIndexFacts(
      readQuery('why is my zebra jwt expired', vocabulary),
      { unknown: ['zebra'], pages: { zebra: 0, jwt: 12, expired: 20 } },
      vocabulary,
    );
    expect(planSearch(reading, vocabulary).questions.map((q) => [q.term, q.when])).toEqual([
      ['jwt expired', 'always'],
      ['jwt', 'if-none'],
    ]);
  });
});

describe('fewerTerms', () => {
  test("leaves out the question's words together, then words the site has no name with, then the commonest", () => {
    const pages = { how: 3, handle: 2, sleepy: 4, jwt: 12, expired: 20, zebra: 0 };
    expect(fewerTerms(['how', 'handle', 'sleepy', 'jwt', 'expired', 'zebra'], pages, vocabulary)).toEqual([
      ['sleepy', 'jwt', 'expired'],
      ['jwt', 'expired'],
      ['jwt'],
    ]);
  });

  test('asks nothing when only phrasing words are left beside words on no page', () => {
    expect(fewerTerms(["I'm", 'a', 'teapot'], { "I'm": 5, a: 90, teapot: 0 }, vocabulary)).toEqual([]);
  });

  test('leaves out nothing from a query of question words alone but one at a time', () => {
    expect(fewerTerms(['how', 'to'], { how: 3, to: 40 }, vocabulary)).toEqual([['how']]);
  });
});
