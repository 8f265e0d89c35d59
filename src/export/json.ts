// graphology's serialisation format (what Graph.import / loadGraph read) as a pure chunk generator:
// one node or edge per line, so large graphs stream and diffs stay readable.
import type { ActorGraph } from "../types.js";
import { chunked, joinChunks } from "./chunks.js";
import { edgeIdFor } from "./fields.js";

export function* jsonChunks(graph: ActorGraph): Generator<string> {
  yield* chunked(jsonPieces(graph));
}

export function toJson(graph: ActorGraph): string {
  return joinChunks(jsonChunks(graph));
}

function* jsonPieces(graph: ActorGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n"options": ${JSON.stringify(options)},\n"attributes": ${JSON.stringify(graph.getAttributes())},\n"nodes": [`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ key: node, attributes })}`;
    first = false;
  }
  yield "\n],\n\"edges\": [";
  first = true;
  let index = 0;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edgeIdFor(graph, edge, index++), source, target, attributes };
    if (undirected && graph.type === "mixed") serialized.undirected = true;
    yield `${first ? "\n" : ",\n"}${JSON.stringify(serialized)}`;
    first = false;
  }
  yield "\n]\n}\n";
}
