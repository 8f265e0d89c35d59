import type { ActorGraph } from "../types.js";
import { byWeightThenName, forEachIncident, relationOf } from "./edges.js";
import { actorOf, resolveActor } from "./names.js";
import type { ActorRef, Neighbor, Relation, TraversalOptions } from "./types.js";

/**
 * The actors joined to `actor` by relations that pass the filters, each with those relations
 * and their evidence; heaviest total weight first, then by label.
 */
export function neighbors(graph: ActorGraph, actor: ActorRef, options: TraversalOptions = {}): Neighbor[] {
  const key = resolveActor(graph, actor);
  const found = new Map<string, Relation[]>();
  forEachIncident(graph, key, options, (edge, other) => {
    const list = found.get(other) ?? [];
    list.push(relationOf(graph, edge));
    found.set(other, list);
  });
  const result = [...found].map(([other, relations]) => ({
    actor: actorOf(graph, other),
    relations: relations.sort(byWeightThenName),
    weight: relations.reduce((sum, r) => sum + r.weight, 0),
  }));
  return result.sort((a, b) => b.weight - a.weight || (a.actor.label < b.actor.label ? -1 : a.actor.label > b.actor.label ? 1 : 0));
}

/** Every relation between `a` and `b`, whichever way it points; heaviest first. */
export function relationsBetween(graph: ActorGraph, a: ActorRef, b: ActorRef): Relation[] {
  const from = resolveActor(graph, a);
  const to = resolveActor(graph, b);
  const keys = new Set([...graph.edges(from, to), ...graph.edges(to, from)]);
  return [...keys].map((edge) => relationOf(graph, edge)).sort(byWeightThenName);
}
