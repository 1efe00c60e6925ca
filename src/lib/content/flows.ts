/**
 * Graph checks for troubleshooting flows: every answer leads to a node, every node is reachable,
 * questions offer a real choice, resolutions say what to do, and no path loops.
 */
import type { FlowData, FlowNode, QuestionNode } from '~/schemas/flow';

export interface FlowProblem {
  field: string;
  message: string;
}

export const isQuestion = (node: FlowNode): node is QuestionNode => 'question' in node;

export function findFlowProblems(flow: Pick<FlowData, 'start' | 'nodes'>): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const ids = Object.keys(flow.nodes);

  if (!(flow.start in flow.nodes)) {
    problems.push({
      field: 'start',
      message: `no node "${flow.start}" (nodes: ${ids.join(', ') || 'none'})`,
    });
  }
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (isQuestion(node)) {
      if (node.answers.length < 2) {
        problems.push({
          field: `nodes.${id}.answers`,
          message: `a question needs at least two answers, found ${node.answers.length}`,
        });
      }
      node.answers.forEach((answer, i) => {
        if (!(answer.next in flow.nodes)) {
          problems.push({
            field: `nodes.${id}.answers[${i}].next`,
            message: `leads to missing node "${answer.next}"`,
          });
        }
      });
    } else if (node.steps.length === 0) {
      problems.push({ field: `nodes.${id}.steps`, message: 'a resolution needs at least one step' });
    }
  }
  if (problems.length > 0) return problems;

  // Depth-first walk from the start: finds loops (an edge back to a node on the current path) and
  // leaves every node it reaches marked.
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, path: string[]): void => {
    state.set(id, 'open');
    const node = flow.nodes[id]!;
    if (isQuestion(node)) {
      node.answers.forEach((answer, i) => {
        const seen = state.get(answer.next);
        if (seen === 'open') {
          problems.push({
            field: `nodes.${id}.answers[${i}].next`,
            message: `makes a loop: ${[...path, id, answer.next].join(' → ')}`,
          });
        } else if (!seen) walk(answer.next, [...path, id]);
      });
    }
    state.set(id, 'done');
  };
  walk(flow.start, []);

  for (const id of ids) {
    if (!state.has(id))
      problems.push({ field: `nodes.${id}`, message: `no path from "${flow.start}" reaches this node` });
  }
  return problems;
}

/** Ids of the nodes in reading order: breadth-first from the start, so earlier steps come first. */
export function nodeOrder(flow: Pick<FlowData, 'start' | 'nodes'>): string[] {
  const order: string[] = [];
  const queue = [flow.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (order.includes(id) || !(id in flow.nodes)) continue;
    order.push(id);
    const node = flow.nodes[id]!;
    if (isQuestion(node)) queue.push(...node.answers.map((a) => a.next));
  }
  return order;
}

/** The bare graph the step-by-step guide needs: which node each answer leads to. */
export interface FlowGraph {
  start: string;
  next: Record<string, string[]>;
}

export function graphOf(flow: Pick<FlowData, 'start' | 'nodes'>): FlowGraph {
  const next: Record<string, string[]> = {};
  for (const [id, node] of Object.entries(flow.nodes))
    next[id] = isQuestion(node) ? node.answers.map((a) => a.next) : [];
  return { start: flow.start, next };
}

/** The shortest way from the start to a node (both included), or undefined when none exists. */
export function shortestPath(graph: FlowGraph, target: string): string[] | undefined {
  const cameFrom = new Map<string, string | null>([[graph.start, null]]);
  const queue = [graph.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === target) {
      const path: string[] = [];
      for (let at: string | null | undefined = id; at != null; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.next[id] ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * The trail of nodes after the reader lands on `target` (an answer, the back button, a shared
 * link): one step further when it follows from the last node, cut back when it is already on the
 * trail, else the shortest path from the start. An unknown target restarts at the start.
 */
export function nextTrail(graph: FlowGraph, trail: string[], target: string): string[] {
  const last = trail.at(-1);
  if (last !== undefined && graph.next[last]?.includes(target)) return [...trail, target];
  const onTrail = trail.indexOf(target);
  if (onTrail !== -1) return trail.slice(0, onTrail + 1);
  return shortestPath(graph, target) ?? [graph.start];
}
