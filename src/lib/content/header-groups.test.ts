import { describe, expect, test } from 'vitest';
import { headerGroups } from './header-groups';
import type { Header } from './model';

const header = (origin: 'standard' | 'vendor', ...directions: ('request' | 'response')[]) =>
  ({ origin, uses: directions.map((direction) => ({ direction })) }) as Header;

describe('headerGroups', () => {
  test('orders request before response and standard before vendor, skipping empty groups', () => {
    const groups = headerGroups(
      [header('vendor', 'response'), header('standard', 'request', 'response')],
      'Acme',
    );
    expect(groups.map((g) => [g.id, g.title])).toEqual([
      ['request-standard', 'Standard request headers'],
      ['response-standard', 'Standard response headers'],
      ['response-vendor', 'Acme-specific response headers'],
    ]);
  });
});
