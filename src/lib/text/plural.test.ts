import { expect, test } from 'vitest';
import { counted } from './plural';

test('counted: singular for one, plural otherwise', () => {
  expect(counted(1, 'code')).toBe('1 code');
  expect(counted(0, 'code')).toBe('0 codes');
  expect(counted(24, 'code')).toBe('24 codes');
});
