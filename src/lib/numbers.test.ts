import { describe, expect, test } from 'vitest';
import type { StatusCode } from './model';
import { buildNumbers } from './numbers';

const use = (api: string, code: number, extra: Partial<StatusCode> = {}) =>
  ({ api, code, label: `${api} ${code}`, ...extra }) as StatusCode;

describe('buildNumbers', () => {
  const numbers = buildNumbers({
    codes: [
      use('rest', 401),
      use('rest', 499, { origin: 'From nginx.' }),
      use('graphql', 401),
      use('rest', 200),
    ],
    graphqlErrors: [{ api: 'graphql', status: 401, slug: 'jwt-expired' } as never],
  });

  test('lists each number once, in order, with every API that uses it', () => {
    expect(numbers.map((n) => [n.code, n.uses.map((u) => u.api)])).toEqual([
      [200, ['rest']],
      [401, ['rest', 'graphql']],
      [499, ['rest']],
    ]);
  });

  test('names a number by its registry phrase, or by the API label when unregistered', () => {
    expect(numbers.map((n) => n.name)).toEqual(['OK', 'Unauthorized', 'rest 499']);
  });

  test('carries the origin of an unregistered code and the messages of a number', () => {
    expect(numbers[2]!.origin).toBe('From nginx.');
    expect(numbers[1]!.messages).toHaveLength(1);
    expect(numbers[0]!.messages).toHaveLength(0);
  });
});
