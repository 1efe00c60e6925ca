import { describe, expect, test } from 'vitest';
import type { CodeData } from '~/schemas/code';
import { inspectorExamples } from './knowledge';

const code = (n: number, example?: CodeData['example']) =>
  ({ api: 'rest', code: n, label: `Label ${n}`, ...(example ? { example } : {}) }) as never;

describe('inspectorExamples', () => {
  const apis = [{ id: 'rest', shortName: 'REST' }] as never[];
  const headers = [
    { name: 'X-Left', uses: [{ direction: 'response', type: 'number', description: 'd', example: '35' }] },
    { name: 'X-Token', uses: [{ direction: 'request', type: 'string', description: 'd', example: 'abc' }] },
  ] as never[];

  test("offers each code's example response with its source, then the documented response headers", () => {
    const codes = [
      code(429, { source: 'illustrative', caption: 'c', response: 'HTTP/1.1 429' }),
      code(404),
      code(400, { source: 'documented', caption: 'c', response: '[{"status":"400"}]' }),
    ];
    expect(inspectorExamples({ apis, codes, headers })).toEqual([
      { label: 'REST 429 Label 429', text: 'HTTP/1.1 429', source: 'illustrative' },
      { label: 'REST 400 Label 400', text: '[{"status":"400"}]', source: 'documented' },
      {
        label: 'Response headers with the documented example values',
        text: 'X-Left: 35',
        source: 'documented',
      },
    ]);
  });
});
