import type { ActorGraph } from "../types.js";
import { UserError } from "../cli/errors.js";
import { edgeFilter, forEachIncident, relationOf } from "./edges.js";
import { actorOf, resolveActor } from "./names.js";
import type { ActorRef, Path, Relation, TraversalOptions } from "./types.js";

/** Breadth-first distances from `start`, stopping at `maxDepth` or when `goal` is reached. */
function breadthFirst(
  graph: ActorGraph,
  start: string,
  options: TraversalOptions,
  maxDepth: number,
  goal?: string,
): Map<string, { depth: number; parent?: string }> {
  const reached = new Map<string, { depth: number; parent?: string }>([[start, { depth: 0 }]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length && !(goal && reached.has(goal)); depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachIncident(graph, node, options, (_edge, other) => {
        if (reached.has(other)) return;
        reached.set(other, { depth, parent: node });
        next.push(other);
      });
    }
    frontier = next;
  }
  return reached;
}

/**
 * The actors within `depth` steps of `actor` (following relations that pass the filters,
 * in any direction by default) and every such relation among them, as a new graph.
 */
export function egoGraph(graph: ActorGraph, actor: ActorRef, depth = 1, options: TraversalOptions = {}): ActorGraph {
  if (!Number.isInteger(depth) || depth < 0) throw new UserError(`depth must be a whole number of steps, got ${depth}`);
  const center = resolveActor(graph, actor);
  const members = breadthFirst(graph, center, options, depth);
  const accept = edgeFilter(options);
  const ego = graph.nullCopy();
  ego.replaceAttributes({ ...graph.getAttributes() });
  for (const key of members.keys()) ego.addNode(key, { ...graph.getNodeAttributes(key) });
  // Walk edges in the source graph's order so the subgraph is deterministic.
  graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
    if (!members.has(source) || !members.has(target) || !accept(a)) return;
    if (undirected) ego.addUndirectedEdgeWithKey(edge, source, target, { ...a });
    else ego.addDirectedEdgeWithKey(edge, source, target, { ...a });
  });
  return ego;
}

/**
 * A shortest chain of relations from `a` to `b` (any direction by default), using the heaviest
 * relation for each step; null when none exists.
 */
export function shortestPath(graph: ActorGraph, a: ActorRef, b: ActorRef, options: TraversalOptions = {}): Path | null {
  const from = resolveActor(graph, a);
  const to = resolveActor(graph, b);
  const reached = breadthFirst(graph, from, options, Infinity, to);
  if (!reached.has(to)) return null;
  const keys = [to];
  for (let node = reached.get(to)!.parent; node !== undefined; node = reached.get(node)!.parent) keys.unshift(node);
  const relations: Relation[] = [];
  for (let i = 1; i < keys.length; i++) relations.push(heaviestStep(graph, keys[i - 1]!, keys[i]!, options));
  return { actors: keys.map((key) => actorOf(graph, key)), relations };
}

function heaviestStep(graph: ActorGraph, from: string, to: string, options: TraversalOptions): Relation {
  let best: Relation | undefined;
  forEachIncident(graph, from, options, (edge, other) => {
    if (other !== to) return;
    const relation = relationOf(graph, edge);
    if (!best || relation.weight > best.weight) best = relation;
  });
  return best!;
}
