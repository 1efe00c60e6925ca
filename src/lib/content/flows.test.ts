import { describe, expect, test } from 'vitest';
import type { FlowData } from '~/schemas/flow';
import { findFlowProblems, graphOf, nextTrail, nodeOrder, shortestPath } from './flows';

type Nodes = FlowData['nodes'];
const done = (steps = ['Do it.']) => ({ resolution: 'Done', steps });
const ask = (...next: string[]) => ({
  question: 'Which?',
  answers: next.map((n, i) => ({ label: `A${i}`, next: n })),
});

const problems = (nodes: Nodes, start = 'start') => findFlowProblems({ start, nodes });

describe('findFlowProblems', () => {
  test('accepts a tree whose every path ends in a resolution', () => {
    expect(
      problems({ start: ask('left', 'right'), left: ask('fixed', 'right'), right: done(), fixed: done() }),
    ).toEqual([]);
  });

  test('rejects a start that names no node', () => {
    expect(problems({ first: done() })).toEqual([
      { field: 'start', message: 'no node "start" (nodes: first)' },
    ]);
  });

  test('rejects an answer that leads nowhere, naming the node and answer', () => {
    expect(problems({ start: ask('fixed', 'missing'), fixed: done() })).toEqual([
      { field: 'nodes.start.answers[1].next', message: 'leads to missing node "missing"' },
    ]);
  });

  test('rejects a question with fewer than two answers', () => {
    expect(problems({ start: ask('fixed'), fixed: done() })).toEqual([
      { field: 'nodes.start.answers', message: 'a question needs at least two answers, found 1' },
    ]);
  });

  test('rejects a resolution without steps', () => {
    expect(problems({ start: ask('a', 'b'), a: done([]), b: done() })).toEqual([
      { field: 'nodes.a.steps', message: 'a resolution needs at least one step' },
    ]);
  });

  test('rejects a node that no path reaches', () => {
    expect(problems({ start: ask('a', 'b'), a: done(), b: done(), orphan: done() })).toEqual([
      { field: 'nodes.orphan', message: 'no path from "start" reaches this node' },
    ]);
  });

  test('rejects a cycle and shows the loop', () => {
    expect(problems({ start: ask('middle', 'end'), middle: ask('start', 'end'), end: done() })).toEqual([
      { field: 'nodes.middle.answers[0].next', message: 'makes a loop: start → middle → start' },
    ]);
  });

  test('accepts two answers that meet again at one node (a diamond, not a loop)', () => {
    expect(problems({ start: ask('a', 'b'), a: ask('end', 'end'), b: ask('end', 'a'), end: done() })).toEqual(
      [],
    );
  });
});

describe('nodeOrder', () => {
  test('lists nodes breadth-first from the start, each once', () => {
    const nodes = { start: ask('b', 'a'), a: done(), b: ask('a', 'c'), c: done() };
    expect(nodeOrder({ start: 'start', nodes })).toEqual(['start', 'b', 'a', 'c']);
  });
});

describe('step-by-step trail', () => {
  const graph = graphOf({
    start: 'start',
    nodes: { start: ask('a', 'b'), a: ask('end', 'b'), b: ask('end', 'other'), end: done(), other: done() },
  });

  test('graphOf lists where each answer leads', () => {
    expect(graph.next).toEqual({
      start: ['a', 'b'],
      a: ['end', 'b'],
      b: ['end', 'other'],
      end: [],
      other: [],
    });
  });

  test('shortestPath finds the fewest answers from the start', () => {
    expect(shortestPath(graph, 'other')).toEqual(['start', 'b', 'other']);
    expect(shortestPath(graph, 'start')).toEqual(['start']);
    expect(shortestPath(graph, 'nowhere')).toBeUndefined();
  });

  test('an answer extends the trail, even along a longer path', () => {
    expect(nextTrail(graph, ['start', 'a'], 'b')).toEqual(['start', 'a', 'b']);
  });

  test('going back to a node on the trail cuts the trail there', () => {
    expect(nextTrail(graph, ['start', 'a', 'b', 'other'], 'a')).toEqual(['start', 'a']);
  });

  test('a shared link to a step rebuilds the shortest trail', () => {
    expect(nextTrail(graph, ['start'], 'other')).toEqual(['start', 'b', 'other']);
    expect(nextTrail(graph, [], 'end')).toEqual(['start', 'a', 'end']);
  });

  test('an unknown step starts over', () => {
    expect(nextTrail(graph, ['start', 'a'], '<img src=x>')).toEqual(['start']);
  });
});
