import { describe, expect, test } from 'vitest';
import { buildChangelog } from './changelog';
import type { StatusCode } from './model';

const generations = ['wiki', 'markdown', 'current'].map((id) => ({ id, name: id, description: id }));

function code(api: string, n: number, history: [string, string, string?][]): StatusCode {
  return {
    api,
    code: n,
    history: history.map(([generation, label, note]) => ({ generation, label, ...(note ? { note } : {}) })),
  } as StatusCode;
}

const codes = [
  code('rest', 200, [
    ['wiki', 'OK'],
    ['markdown', 'OK'],
    ['current', 'OK'],
  ]),
  code('rest', 302, [['wiki', 'Found']]),
  code('rest', 404, [
    ['wiki', 'Not Found'],
    ['markdown', 'Not Found'],
    ['current', 'Does Not Exist'],
  ]),
  code('rest', 429, [
    ['markdown', 'Too Many Requests'],
    ['current', 'Too Many Requests'],
  ]),
  code('rest', 503, [
    ['wiki', 'Service Unavailable'],
    ['markdown', 'Service Unavailable'],
    ['current', 'Service Unavailable', 'Adds suspended stores.'],
  ]),
  code('rest', 499, [['current', 'Client Closed Request']]),
  code('graphql', 401, [['current', 'Unauthorized']]),
];

describe('buildChangelog', () => {
  const [current, markdown] = buildChangelog(generations, codes);

  test('lists the newest step first', () => {
    expect(current!.generation.id).toBe('current');
    expect(current!.previous.id).toBe('markdown');
    expect(markdown!.generation.id).toBe('markdown');
  });

  test('finds added and dropped codes', () => {
    expect(markdown!.added.map((c) => c.code)).toEqual([429]);
    expect(markdown!.dropped.map((c) => c.code)).toEqual([302]);
    expect(current!.added.map((c) => c.code)).toEqual([499]);
  });

  test('finds relabelled codes with both labels', () => {
    expect(current!.relabelled.map((r) => [r.code.code, r.from, r.to])).toEqual([
      [404, 'Not Found', 'Does Not Exist'],
    ]);
  });

  test('finds reworded codes from their notes', () => {
    expect(current!.reworded.map((r) => [r.code.code, r.note])).toEqual([[503, 'Adds suspended stores.']]);
  });

  test('reports an API documented for the first time instead of each of its codes', () => {
    expect(current!.newApis).toEqual(['graphql']);
    expect(current!.added.map((c) => c.api)).not.toContain('graphql');
  });

  test('returns nothing for a single generation', () => {
    expect(buildChangelog(generations.slice(0, 1), codes)).toEqual([]);
  });
});
