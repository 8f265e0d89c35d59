// Walking an actor's edges with the shared filters (relation, direction, minimum weight).
import type { ActorGraph, RelationAttributes } from "../types.js";
import type { Direction, Relation, TraversalOptions } from "./types.js";
import { UserError } from "../cli/errors.js";

export function relationOf(graph: ActorGraph, key: string): Relation {
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    ...graph.getEdgeAttributes(key),
  };
}

const DIRECTIONS: readonly Direction[] = ["out", "in", "both"];

/** A predicate over edge attributes built from the options, validated once. */
export function edgeFilter(options: TraversalOptions): (a: RelationAttributes) => boolean {
  const direction = options.direction ?? "both";
  if (!DIRECTIONS.includes(direction)) throw new UserError(`direction must be out, in or both, got "${direction}"`);
  const relations = options.relation === undefined ? undefined : new Set<string>([options.relation].flat());
  const minWeight = options.minWeight ?? -Infinity;
  return (a) => (!relations || relations.has(a.relation)) && a.weight >= minWeight;
}

/**
 * Calls `visit` once per edge of `node` that points the requested way (undirected edges always do)
 * and passes the filters, with the actor at the other end.
 */
export function forEachIncident(
  graph: ActorGraph,
  node: string,
  options: TraversalOptions,
  visit: (edge: string, other: string) => void,
): void {
  const direction = options.direction ?? "both";
  const accept = edgeFilter(options);
  const seen = new Set<string>(); // a self-loop is both out and in
  const step = (edge: string, a: RelationAttributes, source: string, target: string) => {
    if (seen.has(edge) || !accept(a)) return;
    seen.add(edge);
    visit(edge, source === node ? target : source);
  };
  if (direction !== "in") graph.forEachOutEdge(node, step);
  if (direction !== "out") graph.forEachInEdge(node, step);
  graph.forEachUndirectedEdge(node, step);
}

export const byWeightThenName = (a: Relation, b: Relation): number =>
  b.weight - a.weight || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
