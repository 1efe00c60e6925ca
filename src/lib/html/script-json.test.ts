import { describe, expect, test } from 'vitest';
import { jsonForScript } from './script-json';

describe('jsonForScript', () => {
  const hostile = { label: 'Too Many </script><img src=x onerror=alert(1)> <!-- x' };

  test('holds no "<", so no text in it can end the script element or open a comment', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toContain('<');
    expect(json).toBe('{"label":"Too Many \\u003c/script>\\u003cimg src=x onerror=alert(1)> \\u003c!-- x"}');
  });

  test('reads back as the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
    expect(JSON.parse(jsonForScript([{ code: 429, url: '/rest/429/' }]))).toEqual([
      { code: 429, url: '/rest/429/' },
    ]);
  });
});
