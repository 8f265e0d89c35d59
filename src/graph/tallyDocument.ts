// Browser-safe: a tally, laid out, as the document the JSON and GEXF writers read.
import type { GraphDocument, StoredEdge } from "../export/document.js";
import { edgeIdFor } from "../export/fields.js";
import { edgeSize, layoutEdges, nodeSizes, type LayoutEdge, type Placement, type Position, type WeightedEdge } from "../layout/applyLayout.js";
import type { GraphAttributes } from "../types.js";
import { graphAttributes } from "./buildGraph.js";
import { actorAttributes, actorKeys, relationAttributes, relationKeys, relationWeight, type GraphTally } from "./tally.js";

/** What the layout reads of a tally: actor keys in graph order, and the springs between them. */
export function layoutInput(tally: GraphTally): { keys: string[]; springs: LayoutEdge[] } {
  const keys = actorKeys(tally);
  const index = new Map(keys.map((key, i) => [key, i]));
  const edges = relationKeys(tally).map((key): WeightedEdge => {
    const t = tally.relations.get(key)!;
    return [index.get(t.source)!, index.get(t.target)!, relationWeight(t)];
  });
  return { keys, springs: layoutEdges(keys.length, edges) };
}

/** The layout's positions with each actor's size (from its relations in and out), in actor key order. */
export function placements(tally: GraphTally, positions: Position[]): Placement[] {
  const keys = actorKeys(tally);
  const degrees = new Map(keys.map((key) => [key, 0]));
  for (const key of relationKeys(tally)) {
    const t = tally.relations.get(key)!;
    degrees.set(t.source, degrees.get(t.source)! + 1);
    degrees.set(t.target, degrees.get(t.target)! + 1);
  }
  const sizes = nodeSizes(keys.map((key) => degrees.get(key)!));
  return keys.map((key, i) => ({ ...positions[i], size: sizes[i] }));
}

/** Edge ids in graph order, as the writers give them. */
export function edgeIds(keys: string[]): string[] {
  const has = new Set(keys);
  return keys.map((key, i) => edgeIdFor({ hasEdge: (id: string) => has.has(id) }, key, i));
}

/**
 * The tally as the writers' document, with the layout's placements (in actor key order). A relation
 * whose evidence is not loaded has not changed since its bytes were stored, and they are reused.
 */
export function tallyDocument(tally: GraphTally, placements: Placement[], stored: Map<string, StoredEdge>, meta: Partial<GraphAttributes> = {}): GraphDocument {
  const nodeKeys = actorKeys(tally);
  const edgeKeys = relationKeys(tally);
  const ids = edgeIds(edgeKeys);
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: graphAttributes(tally, meta),
    order: nodeKeys.length,
    size: edgeKeys.length,
    nodes: nodeKeys.map((node, i) => ({ node, attributes: { ...actorAttributes(tally.actors.get(node)!), ...placements[i] } })),
    edges: edgeKeys.map((key, i) => {
      const t = tally.relations.get(key)!;
      const row = { id: ids[i], source: t.source, target: t.target, undirected: false };
      if (!t.evidence) return { ...row, stored: stored.get(key)! };
      const attributes = relationAttributes(t);
      return { ...row, attributes: { ...attributes, size: edgeSize(attributes.weight) } };
    }),
  };
}
