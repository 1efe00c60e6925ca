import { describe, expect, test } from 'vitest';
import { markCurrentLinks, renderOnce } from './render-once';

describe('renderOnce', () => {
  test('renders a name once, however many pages ask for it at the same time', async () => {
    let renders = 0;
    const render = async () => `<nav>${++renders}</nav>`;
    const pages = await Promise.all([1, 2, 3].map(() => renderOnce('test-nav', render)));
    expect(pages).toEqual(['<nav>1</nav>', '<nav>1</nav>', '<nav>1</nav>']);
    expect(await renderOnce('test-other', render)).toBe('<nav>2</nav>');
  });
});

describe('markCurrentLinks', () => {
  const nav = '<a href="/rest/" class="nav-link">REST</a><a href="/rest/429/" class="chip">429</a>';

  test('marks the links to the page, with or without its trailing slash', () => {
    expect(markCurrentLinks(nav, '/rest/429/')).toBe(
      '<a href="/rest/" class="nav-link">REST</a><a href="/rest/429/" aria-current="page" class="chip">429</a>',
    );
    expect(markCurrentLinks(nav, '/rest')).toBe(
      '<a href="/rest/" aria-current="page" class="nav-link">REST</a><a href="/rest/429/" class="chip">429</a>',
    );
  });

  test('marks nothing on a page the markup does not link to', () => {
    expect(markCurrentLinks(nav, '/rest/42/')).toBe(nav);
  });
});
