import Graph from "graphology";
import type { DocumentExtraction } from "../extract/document.js";
import type { ActorGraph, GraphAttributes } from "../types.js";
import { byText } from "./order.js";
import { actorAttributes, actorKeys, addDocument, newTally, relationAttributes, relationKeys, type GraphTally } from "./tally.js";

/** The graph's own attributes: its documents in order and the latest date among them. */
export function graphAttributes(tally: GraphTally, meta: Partial<GraphAttributes> = {}): GraphAttributes {
  return {
    name: meta.name ?? "actorgraph",
    creator: meta.creator ?? "actorgraph",
    description: meta.description ?? "Actors and their relations extracted from news articles",
    documents: [...tally.documents].sort(byText),
    ...(tally.date ? { date: tally.date } : {}),
  };
}

/** The tally as a graph: nodes and edges inserted in key order, so the same tally always exports the same bytes. */
export function tallyToGraph(tally: GraphTally, meta: Partial<GraphAttributes> = {}): ActorGraph {
  const graph: ActorGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes(graphAttributes(tally, meta));
  for (const key of actorKeys(tally)) graph.addNode(key, actorAttributes(tally.actors.get(key)!));
  for (const key of relationKeys(tally)) {
    const t = tally.relations.get(key)!;
    graph.addDirectedEdgeWithKey(key, t.source, t.target, relationAttributes(t));
  }
  return graph;
}

/** Every document's extractions in one tally. */
export function tallyDocuments(extractions: DocumentExtraction[]): GraphTally {
  const tally = newTally();
  for (const doc of extractions) addDocument(tally, doc);
  return tally;
}

/**
 * Merges per-document extractions into one typed graph: one node per actor key, one edge per
 * (source, relation, target) carrying every sentence that states it.
 */
export function buildGraph(extractions: DocumentExtraction[], meta: Partial<GraphAttributes> = {}): ActorGraph {
  return tallyToGraph(tallyDocuments(extractions), meta);
}
