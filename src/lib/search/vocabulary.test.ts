import { describe, expect, test } from 'vitest';
import { CODES, vocabulary } from './test-fixtures/vocabulary';
import { buildVocabulary, entriesOfExport, topicNamed } from './vocabulary';

describe('buildVocabulary', () => {
  test('files every name of a listed code, as words, under the codes it names', () => {
    expect(vocabulary.codeNames.get('unauthorized')).toEqual(new Set([401]));
    expect(vocabulary.codeNames.get('not found')).toEqual(new Set([404]));
    expect(vocabulary.codeNames.get('does not exist')).toEqual(new Set([404]));
    expect(vocabulary.codeNames.get('payload too large')).toEqual(new Set([413]));
    expect(vocabulary.codeNames.get('validation error')).toEqual(new Set([422]));
  });

  test("names each API by its id and the words of its name, and each header by its name's words", () => {
    expect(vocabulary.apis.map((api) => [api.id, api.shortName, [...api.words]])).toEqual([
      ['rest', 'REST', ['rest', 'management']],
      ['graphql', 'GraphQL', ['graphql', 'storefront']],
    ]);
    expect(vocabulary.headers.get('x retry after')).toBe('x-retry-after');
    expect(vocabulary.headerPhrases.get('auth token')).toBe('x-auth-token');
    expect(vocabulary.headerPhrases.get('content type')).toBe('content-type');
    expect(vocabulary.headerPhrases.has('accept')).toBe(false);
  });

  test('files the names of registered codes no API lists beside the listed ones, and knows their words', () => {
    const withGateway = buildVocabulary({
      codes: [],
      messages: [],
      filters: {},
      codeNames: new Map([['conflict', new Set([409])]]),
      nameWords: ['conflict'],
      undocumented: [{ code: 504, names: ['Gateway Timeout'] }],
    });
    expect(withGateway.codeNames).toEqual(
      new Map([
        ['conflict', new Set([409])],
        ['gateway timeout', new Set([504])],
      ]),
    );
    expect([...withGateway.words]).toEqual(expect.arrayContaining(['conflict', 'gateway', 'timeout']));
  });

  test('knows the words of every name, the spellings a misspelt word is read against', () => {
    for (const word of ['unauthorized', 'requests', 'expired', 'pagination', 'retry', 'storefront', 'not_in'])
      expect(vocabulary.words.has(word), word).toBe(true);
    expect(vocabulary.words.has('webhook')).toBe(false);
  });

  test("takes the subjects, operators, parameters and headers from the index's filters, none before it loads", () => {
    expect(topicNamed(vocabulary, 'Retries')).toBe('retry');
    const early = buildVocabulary({ codes: CODES, messages: [], filters: {} });
    expect([early.topics.size, early.operators.size, early.headers.size]).toEqual([0, 0, 0]);
  });
});

describe('entriesOfExport', () => {
  test("gives each code and message its API's names and the path of its page", () => {
    const { codes, messages } = entriesOfExport({
      apis: [{ id: 'rest', name: 'REST Management API', shortName: 'REST' }],
      codes: [{ ...CODES[0]!, url: 'https://docs.example.com/rest/201/' }],
      graphqlErrors: [
        {
          api: 'rest',
          status: 401,
          message: 'Nope',
          title: 'Nope',
          url: 'https://docs.example.com/rest/errors/nope/',
        },
      ],
    });
    expect(codes[0]).toMatchObject({
      url: '/rest/201/',
      apiName: 'REST Management API',
      apiShortName: 'REST',
    });
    expect(messages[0]).toMatchObject({ url: '/rest/errors/nope/', class: '4xx', apiShortName: 'REST' });
  });
});
