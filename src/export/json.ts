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
  // Stored lines that were neighbours in their file (",\n" apart) are copied as one slice with the separator.
  let run: FileSlice | undefined;
  for (const { id, source, target, undirected, attributes, stored } of doc.edges) {
    if (run && stored?.json.fd === run.fd && stored.json.start === run.end + 2) {
      run = { fd: run.fd, start: run.start, end: stored.json.end };
      continue;
    }
    if (run) yield run;
    run = undefined;
    yield first ? "\n" : ",\n";
    first = false;
    if (stored) run = stored.json;
    else yield jsonEdge(id, source, target, attributes!, undirected && doc.options.type === "mixed");
  }
  if (run) yield run;
  yield "\n]\n}\n";
}
