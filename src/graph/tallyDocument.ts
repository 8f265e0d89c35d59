// Browser-safe: a tally, laid out, as the document the JSON and GEXF writers read.
import type { GraphDocument, StoredEdge } from "../export/document.js";
import { edgeIdFor } from "../export/fields.js";
import { edgeSize, layoutEdges, nodeSizes, type LayoutEdge, type Placement, type Position, type WeightedEdge } from "../layout/applyLayout.js";
import type { GraphAttributes } from "../types.js";
import { graphAttributes } from "./buildGraph.js";
import { actorAttributes, actorKeys, relationAttributes, relationKeys, relationWeight, type GraphTally } from "./tally.js";

/**
 * What the layout reads of a tally: actor keys in graph order and the springs between them; and each
 * actor's degree (relations in and out), which sizes it.
 */
export function layoutInput(tally: GraphTally): { keys: string[]; springs: LayoutEdge[]; degrees: number[] } {
  const keys = actorKeys(tally);
  const index = new Map(keys.map((key, i) => [key, i]));
  const degrees = keys.map(() => 0);
  const edges = relationKeys(tally).map((key): WeightedEdge => {
    const t = tally.relations.get(key)!;
    const [source, target] = [index.get(t.source)!, index.get(t.target)!];
    degrees[source]++;
    degrees[target]++;
    return [source, target, relationWeight(t)];
  });
  return { keys, springs: layoutEdges(keys.length, edges), degrees };
}

/** The layout's positions with each actor's size from its degree, in actor key order. */
export function placements(positions: Position[], degrees: number[]): Placement[] {
  const sizes = nodeSizes(degrees);
  return positions.map((position, i) => ({ ...position, size: sizes[i] }));
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
