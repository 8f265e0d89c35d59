// What the JSON and GEXF writers read: a graph, or the same content from somewhere else (a rebuild
// writes from its tally and reuses unchanged edges' bytes from the previous files). Pure.
import type { ActorAttributes, ActorGraph, GraphAttributes, RelationAttributes } from "../types.js";
import type { FileSlice } from "./chunks.js";
import { edgeIdFor } from "./fields.js";

/** One edge to write: its attributes, or the bytes an earlier write gave it in each format. */
export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes?: RelationAttributes;
  stored?: StoredEdge;
}

/** An edge as written before: its graph.json line (no separator) and its GEXF 1.3 `<edge>` element. */
export interface StoredEdge {
  json: FileSlice;
  gexf: FileSlice;
}

export interface GraphDocument {
  options: { type: ActorGraph["type"]; multi: boolean; allowSelfLoops: boolean };
  attributes: Partial<GraphAttributes>;
  order: number;
  size: number;
  nodes: Iterable<{ node: string; attributes: ActorAttributes }>;
  edges: Iterable<EdgeRow>;
}

function* graphEdges(graph: ActorGraph): Generator<EdgeRow> {
  let index = 0;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    yield { id: edgeIdFor(graph, edge, index++), source, target, undirected, attributes };
  }
}

export function graphDocument(graph: ActorGraph): GraphDocument {
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: graph.getAttributes(),
    order: graph.order,
    size: graph.size,
    // Iterable again for each format written.
    nodes: { [Symbol.iterator]: () => graph.nodeEntries() },
    edges: { [Symbol.iterator]: () => graphEdges(graph) },
  };
}
