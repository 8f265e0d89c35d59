import type { ActorGraph, ActorKind, RelationType } from "../../../src/types.js";
import type { FilterState, Visibility } from "./types.js";

/**
 * Which actors and relations pass the filters. A relation needs its type shown, enough weight and both
 * actors shown; with "neighbourhood only" the actors are cut down to the selected one and its neighbours
 * through relations that pass.
 */
export function computeVisibility(graph: ActorGraph, filters: FilterState, selectedNode: string | null): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!filters.hiddenKinds.has(a.kind)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (filters.hiddenRelations.has(a.relation) || a.weight < filters.minWeight) return;
    if (nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  if (!filters.neighbourhoodOnly || selectedNode === null || !nodes.has(selectedNode)) return { nodes, edges };

  const ego = new Set<string>([selectedNode]);
  graph.forEachEdge(selectedNode, (edge, _a, source, target) => {
    if (edges.has(edge)) ego.add(source === selectedNode ? target : source);
  });
  const egoEdges = new Set<string>();
  for (const edge of edges) {
    if (ego.has(graph.source(edge)) && ego.has(graph.target(edge))) egoEdges.add(edge);
  }
  return { nodes: ego, edges: egoEdges };
}

export interface GraphSummary {
  relations: Map<RelationType, number>;
  kinds: Map<ActorKind, number>;
  maxWeight: number;
}

/** What the filter panel offers: the relation types and kinds present, with counts, and the weight range. */
export function summarize(graph: ActorGraph): GraphSummary {
  const relations = new Map<RelationType, number>();
  const kinds = new Map<ActorKind, number>();
  let maxWeight = 1;
  graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_, a) => {
    relations.set(a.relation, (relations.get(a.relation) ?? 0) + 1);
    if (a.weight > maxWeight) maxWeight = a.weight;
  });
  return { relations, kinds, maxWeight };
}

export function toggled<T>(set: ReadonlySet<T>, value: T, hidden: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (hidden) next.add(value);
  else next.delete(value);
  return next;
}
