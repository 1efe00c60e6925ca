import { describe, expect, test } from 'vitest';
import schema from '~/data/status-codes.schema.json';
import { validateAgainst } from '../../../e2e/support/json-schema';
import { buildModel } from '~/lib/content/model';
import { buildStatusExport } from './status-export';

const model = buildModel({
  site: [
    {
      id: 'site',
      data: {
        title: 'Docs',
        shortTitle: 'Docs',
        description: 'Docs.',
        vendor: 'Acme',
        url: 'https://docs.example',
        generations: [{ id: 'now', name: 'Now', description: 'Now.' }],
      },
    },
  ],
  apis: [
    {
      id: 'rest',
      data: { name: 'REST', shortName: 'REST', description: 'D', authHeader: 'X', order: 1, classIntros: {} },
    },
  ],
  codes: [413, 499].map((code) => ({
    id: `rest/${code}`,
    data: {
      api: 'rest',
      code,
      label: code === 413 ? 'Request Entity Too Large' : 'Client Closed Request',
      alsoCalled: code === 413 ? ['body too big'] : [],
      summary: 'S.',
      causes: [],
      solutions: [],
      headers: [],
      guides: [],
      retry: { when: 'after-fix' as const, advice: 'A.' },
      history: [{ generation: 'now', label: 'L' }],
      ...(code === 499 ? { origin: 'nginx.' } : {}),
      ...(code === 413
        ? { example: { source: 'illustrative' as const, caption: 'C.', response: 'HTTP/1.1 413' } }
        : {}),
    },
  })),
});

describe('buildStatusExport', () => {
  const data = buildStatusExport(model);

  test('validates against the published schema', () => {
    expect(validateAgainst(schema, data)).toEqual([]);
  });

  test('carries the registry phrase beside the API label, and null outside the registry', () => {
    expect(data.codes.map((c) => [c.code, c.label, c.standardPhrase, c.standard])).toEqual([
      [413, 'Request Entity Too Large', 'Content Too Large', true],
      [499, 'Client Closed Request', null, false],
    ]);
  });

  test('carries the phrases earlier specifications gave a code, which clients still print', () => {
    expect(data.codes.map((c) => c.formerPhrases)).toEqual([
      ['Payload Too Large', 'Request Entity Too Large'],
      [],
    ]);
  });

  test('carries the other names the content gives a code', () => {
    expect(data.codes.map((c) => c.alsoCalled)).toEqual([['body too big'], []]);
  });

  test("says where each code's example comes from and where it stands, or null without one", () => {
    expect(data.codes.map((c) => c.example)).toEqual([
      { source: 'illustrative', url: 'https://docs.example/rest/413/#example' },
      null,
    ]);
  });

  test('gives absolute canonical URLs', () => {
    expect(data.codes[0]!.url).toBe('https://docs.example/rest/413/');
    expect(data.schema).toBe('https://docs.example/status-codes.schema.json');
  });
});

describe('the schema', () => {
  test('rejects an export with a wrong class and a missing URL', () => {
    const data = buildStatusExport(model);
    const broken = { ...data, codes: [{ ...data.codes[0]!, class: '6xx', url: undefined }] };
    expect(validateAgainst(schema, JSON.parse(JSON.stringify(broken)))).toEqual([
      "/codes/0 must have required property 'url'",
      '/codes/0/class must be equal to one of the allowed values',
    ]);
  });

  test('rejects an example whose source is neither documented nor illustrative', () => {
    const data = buildStatusExport(model);
    const broken = {
      ...data,
      codes: [{ ...data.codes[0]!, example: { source: 'ours', url: data.codes[0]!.url } }],
    };
    expect(validateAgainst(schema, broken)).toContain(
      '/codes/0/example/source must be equal to one of the allowed values',
    );
  });
});
