// graphology's serialisation format (what Graph.import / loadGraph read) as a pure chunk generator:
// one node or edge per line, so large graphs stream and diffs stay readable.
import type { ActorGraph, RelationAttributes } from "../types.js";
import { chunked, joinChunks, type FileSlice, type Piece } from "./chunks.js";
import { graphDocument, type GraphDocument } from "./document.js";

export function* jsonChunks(graph: ActorGraph): Generator<string> {
  yield* chunked(jsonPieces(graphDocument(graph))) as Generator<string>; // a graph has no stored bytes
}

export function toJson(graph: ActorGraph): string {
  return joinChunks(jsonChunks(graph));
}

/** One edge's line (without the separator before it). */
export function jsonEdge(id: string, source: string, target: string, attributes: RelationAttributes, undirected: boolean): string {
  const serialized: Record<string, unknown> = { key: id, source, target, attributes };
  if (undirected) serialized.undirected = true;
  return JSON.stringify(serialized);
}

export function* jsonPieces(doc: GraphDocument): Generator<Piece> {
  yield `{\n"options": ${JSON.stringify(doc.options)},\n"attributes": ${JSON.stringify(doc.attributes)},\n"nodes": [`;
  let first = true;
  for (const { node, attributes } of doc.nodes) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ key: node, attributes })}`;
    first = false;
  }
  yield "\n],\n\"edges\": [";
  first = true;
  let last: FileSlice | undefined;
  for (const { id, source, target, undirected, attributes, stored } of doc.edges) {
    // Between stored lines that were neighbours (",\n" apart), the file's own separator is copied, so
    // `chunked` joins them into one slice.
    if (last && stored?.json.fd === last.fd && stored.json.start === last.end + 2) yield { fd: last.fd, start: last.end, end: stored.json.start };
    else yield first ? "\n" : ",\n";
    first = false;
    last = stored?.json;
    yield stored ? stored.json : jsonEdge(id, source, target, attributes!, undirected && doc.options.type === "mixed");
  }
  yield "\n]\n}\n";
}
