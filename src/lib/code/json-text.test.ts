import { describe, expect, test } from 'vitest';
import { formatJson, jsonProblem } from './json-text';

describe('formatJson', () => {
  test('lays out one member a line, two spaces a level', () => {
    expect(formatJson('{"errors": [{"message": "JWT is expired"}]}')).toBe(
      ['{', '  "errors": [', '    {', '      "message": "JWT is expired"', '    }', '  ]', '}'].join('\n'),
    );
  });

  test('keeps every value as written: numbers, escapes, brackets and colons inside strings', () => {
    expect(formatJson('{"price":12.50,"big":12345678901234567890,"a":"x\\", [y]: {z}"}')).toBe(
      ['{', '  "price": 12.50,', '  "big": 12345678901234567890,', '  "a": "x\\", [y]: {z}"', '}'].join('\n'),
    );
  });

  test('leaves empty objects and arrays on their line', () => {
    expect(formatJson('{"meta": {}, "list": [ ]}')).toBe('{\n  "meta": {},\n  "list": []\n}');
  });

  test('throws on text that is not JSON', () => {
    expect(() => formatJson('{"a": 1,}')).toThrow(SyntaxError);
    expect(jsonProblem('{"a": 1,}')).toMatch(/JSON/);
    expect(jsonProblem('[1]')).toBeUndefined();
  });
});
