import { describe, expect, test } from 'vitest';
import { statusText } from './status';

describe('statusText', () => {
  test('counts the results and quotes the query', () => {
    expect(statusText('results', 1, 'rate limit')).toBe('1 result for “rate limit”');
    expect(statusText('results', 27, 'rate limit')).toBe('27 results for “rate limit”');
  });

  test('says the results are not all in while more are loading', () => {
    expect(statusText('results', 4, 'rate limit', true)).toBe(
      '4 results so far for “rate limit”; loading more…',
    );
  });

  test('names first the words no page mentions, and the words the results are for', () => {
    expect(
      statusText('results', 2, 'capped backoff', false, { unknown: ['capped'], answeredFor: 'backoff' }),
    ).toBe('No page mentions “capped”: 2 results for “backoff”');
    expect(
      statusText('results', 2, 'webhook xyzzy retry', true, {
        unknown: ['webhook', 'xyzzy'],
        answeredFor: 'retry',
      }),
    ).toBe('No page mentions “webhook” or “xyzzy”: 2 results for “retry” so far; loading more…');
  });

  test('says when no page holds all the words, and which the results are for', () => {
    expect(statusText('results', 1, 'handling throttling', false, { answeredFor: 'throttling' })).toBe(
      'No page holds all these words: 1 result for “throttling”',
    );
  });

  test('says how a misspelt query was read', () => {
    expect(statusText('results', 3, 'too many reqests', false, { corrected: 'too many requests' })).toBe(
      'Read as “too many requests”: 3 results',
    );
  });

  test('says plainly that the site does not cover words no page mentions', () => {
    expect(statusText('none', 0, 'webhook', false, { unknown: ['webhook'] })).toBe(
      'The site does not cover “webhook”: no page mentions it. Check the spelling, or try a status code.',
    );
    expect(statusText('none', 0, 'webhook kafka', false, { unknown: ['webhook', 'kafka'] })).toBe(
      'The site does not cover “webhook” or “kafka”: no page mentions them. Check the spelling, or try a status code.',
    );
    expect(statusText('none', 0, '418', false, { unknown: ['418'], code: true })).toBe(
      'Nothing found for “418”: no page here covers that status.',
    );
  });

  test('suggests fewer words for several, and a spelling check for one', () => {
    expect(statusText('none', 0, 'zebra unicorn')).toBe(
      'Nothing found for “zebra unicorn”. Try fewer words, or a status code.',
    );
    expect(statusText('none', 0, 'xyzzy')).toBe(
      'Nothing found for “xyzzy”. Check the spelling, or try a status code.',
    );
  });

  test('shortens a long query to 60 characters', () => {
    const text = statusText('none', 0, 'x'.repeat(500));
    expect(text).toContain(`“${'x'.repeat(60)}…”`);
    expect(text).not.toContain('x'.repeat(61));
  });

  test('counts the codes found while the pages are searched', () => {
    expect(statusText('loading', 2, '401')).toBe('2 codes found; searching the pages…');
    expect(statusText('loading', 0, 'jwt')).toBe('Searching…');
  });

  test('quotes the query without its text direction controls, which would turn the line around', () => {
    expect(statusText('none', 0, '\u202Etoo many\u2066 requests')).toBe(
      'Nothing found for “too many requests”. Try fewer words, or a status code.',
    );
  });
});
