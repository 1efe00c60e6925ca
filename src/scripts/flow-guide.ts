/**
 * Turns a troubleshooting flow page into a step-by-step guide: one node at a time, the answers so
 * far as a trail, Back and Start over. The current node lives in the URL hash, so the browser's
 * back button, reloads and shared links all work; without this script the page is a list of linked
 * sections.
 */
import { nextTrail, type FlowGraph } from '~/lib/content/flows';

/** The element id a fragment names; undefined when its escapes do not decode (`#%`). */
function fragmentId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}

export function startFlowGuide(root = document.querySelector<HTMLElement>('[data-flow]')): void {
  const controls = root?.querySelector<HTMLElement>('[data-flow-controls]');
  const trailList = root?.querySelector<HTMLOListElement>('[data-flow-trail]');
  const back = root?.querySelector<HTMLButtonElement>('[data-flow-back]');
  const restart = root?.querySelector<HTMLButtonElement>('[data-flow-restart]');
  const note = root?.querySelector<HTMLElement>('[data-flow-note]');
  if (!root || !controls || !trailList || !back || !restart || !note || !root.dataset.start) return;

  const nodes = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-flow-node]')].map((el) => [el.dataset.flowNode!, el]),
  );
  const answersOf = (el: HTMLElement) => [...el.querySelectorAll<HTMLAnchorElement>('a[data-answer]')];
  const graph: FlowGraph = { start: root.dataset.start, next: {} };
  for (const [id, el] of nodes) graph.next[id] = answersOf(el).map((a) => fragmentId(a.hash) ?? '');

  let trail: string[] = [];
  let current = graph.start;

  /**
   * The node a hash points into: a node itself or an element inside one (a step anchor). A fragment
   * that names nothing on the page, or does not decode, opens the first step, with a note saying why.
   */
  const nodeForHash = (): { node?: string; problem?: string } => {
    const id = fragmentId(location.hash);
    if (id === undefined)
      return { node: graph.start, problem: 'is not a valid fragment (a % must start an escape such as %20)' };
    if (!id) return { node: graph.start };
    const el = document.getElementById(id);
    if (!el) return { node: graph.start, problem: 'names no step of this guide' };
    return {
      node: root.contains(el) ? el.closest<HTMLElement>('[data-flow-node]')?.dataset.flowNode : undefined,
    };
  };

  const renderTrail = () => {
    trailList.replaceChildren(
      ...trail.slice(0, -1).map((id, i) => {
        const el = nodes.get(id)!;
        const answer = answersOf(el).find((a) => fragmentId(a.hash) === trail[i + 1]);
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
    const { node: target, problem } = nodeForHash();
    note.textContent = problem
      ? `The address ends in “${location.hash.slice(0, 60)}”, which ${problem}, so the guide starts at its first step.`
      : '';
    note.hidden = !problem;
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
