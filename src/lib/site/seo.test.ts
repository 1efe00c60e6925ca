import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from './seo';

describe('pageTitle', () => {
  it('appends the site name', () => {
    expect(pageTitle('429 Too Many Requests', 'Docs')).toBe('429 Too Many Requests · Docs');
  });
  it('gives the home page the site name alone', () => {
    expect(pageTitle('', 'Docs')).toBe('Docs');
    expect(pageTitle('Docs', 'Docs')).toBe('Docs');
  });
  it('drops the site name when the whole would be too long', () => {
    const long = 'x'.repeat(MAX_TITLE_LENGTH - 5);
    expect(pageTitle(long, 'Docs site')).toBe(long);
  });
});
