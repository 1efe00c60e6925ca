import { describe, expect, test } from 'vitest';
import type { StatusCode } from './model';
import { allNumbers, buildNumbers, undocumentedNumbers } from './numbers';

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

describe('undocumentedNumbers', () => {
  const numbers = undocumentedNumbers({ codes: [use('rest', 401), use('rest', 499), use('graphql', 502)] });
  const codes = numbers.map((n) => n.code);

  test('lists the registered codes no API lists, lowest first', () => {
    expect(codes).toContain(100);
    expect(codes).toContain(504);
    expect(codes).not.toContain(401);
    expect(codes).not.toContain(502);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  test('leaves out unregistered codes and the registry\'s reserved "(Unused)" entries', () => {
    expect(codes).not.toContain(499);
    expect(codes).not.toContain(306);
    expect(codes).not.toContain(418);
  });

  test('names each by its registry phrase and gives it no uses', () => {
    const gatewayTimeout = numbers.find((n) => n.code === 504)!;
    expect(gatewayTimeout).toMatchObject({
      name: 'Gateway Timeout',
      statusClass: '5xx',
      uses: [],
      messages: [],
    });
    expect(gatewayTimeout.standard?.reference).toBe('RFC 9110, Section 15.6.5');
  });
});

test('allNumbers: the listed and the unlisted, each once, lowest first', () => {
  const codes = allNumbers({ codes: [use('rest', 401), use('rest', 499)], graphqlErrors: [] }).map(
    (n) => n.code,
  );
  expect(codes).toContain(401);
  expect(codes).toContain(499);
  expect(codes).toContain(502);
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes).toEqual([...codes].sort((a, b) => a - b));
});
