// File writers: stream a pure chunk generator to disk through writeFileAtomic, one write per ~64 KB chunk.
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileStamp } from "../read/stamp.js";
import type { ActorGraph } from "../types.js";
import { writeFileAtomic, writeFilesAtomic } from "./atomicWrite.js";
import { chunked, type Piece } from "./chunks.js";
import { edgesCsvChunks, nodesCsvChunks } from "./csv.js";
import { graphDocument, type GraphDocument } from "./document.js";
import { gexfChunks, gexfDocumentPieces, type GexfOptions, type GexfVersion } from "./gexf.js";
import { graphmlChunks } from "./graphml.js";
import { jsonChunks, jsonPieces } from "./json.js";

export type ExportFormat = "gexf" | "graphml" | "csv" | "json";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["gexf", "graphml", "csv", "json"];

const appendAll = (chunks: Iterable<Piece>) => (append: (piece: Piece) => void) => {
  for (const chunk of chunks) append(chunk);
};

export function writeChunks(path: string, chunks: Iterable<string>): void {
  writeFileAtomic(path, appendAll(chunks));
}

/** What `build` writes: graph.json and graph.gexf (1.3), both or neither, so they never disagree. */
export function writeGraphFiles(graph: ActorGraph, dir: string): void {
  writeDocumentFiles(graphDocument(graph), dir);
}

/** `writeGraphFiles` for any document; returns the files' stamps (`fileStamp`), to recognise them later. */
export function writeDocumentFiles(doc: GraphDocument, dir: string): { json: string; gexf: string } {
  const paths = { json: join(dir, "graph.json"), gexf: join(dir, "graph.gexf") };
  writeFilesAtomic([
    { path: paths.json, write: appendAll(chunked(jsonPieces(doc))) },
    { path: paths.gexf, write: appendAll(chunked(gexfDocumentPieces(doc))) },
  ]);
  return { json: fileStamp(statSync(paths.json)), gexf: fileStamp(statSync(paths.gexf)) };
}

export function writeGexfFile(graph: ActorGraph, path: string, options: GexfOptions = {}): void {
  writeChunks(path, gexfChunks(graph, options));
}

export function writeGraphmlFile(graph: ActorGraph, path: string): void {
  writeChunks(path, graphmlChunks(graph));
}

export function writeJsonFile(graph: ActorGraph, path: string): void {
  writeChunks(path, jsonChunks(graph));
}

/** Writes `nodes.csv` and `edges.csv` into `dir`; returns their paths. */
export function writeCsvFiles(graph: ActorGraph, dir: string): string[] {
  const paths = [join(dir, "nodes.csv"), join(dir, "edges.csv")];
  writeChunks(paths[0]!, nodesCsvChunks(graph));
  writeChunks(paths[1]!, edgesCsvChunks(graph));
  return paths;
}

export interface ExportOptions {
  gexfVersion?: GexfVersion;
}

/** Writes `graph` in `format` to `out` (a directory for csv); returns the files written. */
export function exportGraph(graph: ActorGraph, format: ExportFormat, out: string, options: ExportOptions = {}): string[] {
  switch (format) {
    case "gexf":
      writeGexfFile(graph, out, { version: options.gexfVersion });
      return [out];
    case "graphml":
      writeGraphmlFile(graph, out);
      return [out];
    case "json":
      writeJsonFile(graph, out);
      return [out];
    case "csv":
      return writeCsvFiles(graph, out);
  }
}
