/**
 * Turns a troubleshooting flow page into a step-by-step guide: one node at a time, the answers so
 * far as a trail, Back and Start over. The current node lives in the URL hash, so the browser's
 * back button, reloads and shared links all work; without this script the page is a list of linked
 * sections.
 */
import { nextTrail, type FlowGraph } from '~/lib/content/flows';

export function startFlowGuide(root = document.querySelector<HTMLElement>('[data-flow]')): void {
  const controls = root?.querySelector<HTMLElement>('[data-flow-controls]');
  const trailList = root?.querySelector<HTMLOListElement>('[data-flow-trail]');
  const back = root?.querySelector<HTMLButtonElement>('[data-flow-back]');
  const restart = root?.querySelector<HTMLButtonElement>('[data-flow-restart]');
  if (!root || !controls || !trailList || !back || !restart || !root.dataset.start) return;

  const nodes = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-flow-node]')].map((el) => [el.dataset.flowNode!, el]),
  );
  const answersOf = (el: HTMLElement) => [...el.querySelectorAll<HTMLAnchorElement>('a[data-answer]')];
  const graph: FlowGraph = { start: root.dataset.start, next: {} };
  for (const [id, el] of nodes)
    graph.next[id] = answersOf(el).map((a) => decodeURIComponent(a.hash.slice(1)));

  let trail: string[] = [];
  let current = graph.start;

  /** The node a hash points into: a node itself or an element inside one (a step anchor). */
  const nodeForHash = (): string | undefined => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return graph.start;
    const el = document.getElementById(id);
    return el && root.contains(el)
      ? el.closest<HTMLElement>('[data-flow-node]')?.dataset.flowNode
      : undefined;
  };

  const renderTrail = () => {
    trailList.replaceChildren(
      ...trail.slice(0, -1).map((id, i) => {
        const el = nodes.get(id)!;
        const answer = answersOf(el).find((a) => decodeURIComponent(a.hash.slice(1)) === trail[i + 1]);
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${id}`;
        link.className = 'underline underline-offset-2 hover:text-ink';
        link.textContent = `${el.querySelector('h2')?.textContent?.trim() ?? id} ${answer?.firstChild?.textContent?.trim() ?? ''}`;
        item.append(link, document.createTextNode(' ›'));
        return item;
      }),
    );
  };

  const show = (moveFocus: boolean) => {
    const target = nodeForHash();
    if (target === undefined) return; // a hash outside the flow (skip link, top): leave the step as is
    current = target;
    trail = nextTrail(graph, trail, current);
    for (const [id, el] of nodes) el.hidden = id !== current;
    renderTrail();
    back.disabled = trail.length < 2;
    if (moveFocus) nodes.get(current)?.querySelector<HTMLElement>('h2')?.focus();
  };

  root.classList.add('is-guided');
  controls.hidden = false;
  back.addEventListener('click', () => {
    const previous = trail.at(-2);
    if (previous) location.hash = previous;
  });
  restart.addEventListener('click', () => {
    trail = [];
    location.hash = graph.start;
    if (current === graph.start) show(true);
  });
  window.addEventListener('hashchange', () => show(true));
  show(false);
}
