import { articlesToGraph } from "../../src/pipeline.js";
import type { ActorGraph } from "../../src/types.js";
import { EVENT_RELATIONS } from "../../src/vocabulary/relations.js";

/** "source relation target" for every edge, by label: what a reader of the graph sees. */
export function triples(graph: ActorGraph, relations?: string[]): string[] {
  const out: string[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (!relations || relations.includes(a.relation)) out.push(`${graph.getNodeAttribute(s, "label")} ${a.relation} ${graph.getNodeAttribute(t, "label")}`);
  });
  return out.sort();
}

/** Extracts one short text and lists its event triples. */
export function extract(text: string): string[] {
  return triples(articlesToGraph([{ name: "t.txt", text }], { layoutIterations: 0 }), [...EVENT_RELATIONS]);
}
