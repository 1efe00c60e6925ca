import { describe, expect, test } from 'vitest';
import { renderOnce } from './render-once';

describe('renderOnce', () => {
  test('renders a name once, however many pages ask for it at the same time', async () => {
    let renders = 0;
    const render = async () => `<nav>${++renders}</nav>`;
    const pages = await Promise.all([1, 2, 3].map(() => renderOnce('test-nav', render)));
    expect(pages).toEqual(['<nav>1</nav>', '<nav>1</nav>', '<nav>1</nav>']);
    expect(await renderOnce('test-other', render)).toBe('<nav>2</nav>');
  });
});
