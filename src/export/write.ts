// File writers: stream a pure chunk generator to disk through writeFileAtomic, one write per ~64 KB chunk.
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type { ActorGraph } from "../types.js";
import { writeFileAtomic, writeFilesAtomic } from "./atomicWrite.js";
import { chunked } from "./chunks.js";
import { edgesCsvChunks, nodesCsvChunks } from "./csv.js";
import { graphDocument, type GraphDocument } from "./document.js";
import { gexfChunks, gexfDocumentPieces, type GexfOptions, type GexfVersion } from "./gexf.js";
import { graphmlChunks } from "./graphml.js";
import { jsonChunks, jsonPieces } from "./json.js";

export type ExportFormat = "gexf" | "graphml" | "csv" | "json";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["gexf", "graphml", "csv", "json"];

const appendAll = (chunks: Iterable<string | Uint8Array>) => (append: (chunk: string | Uint8Array) => void) => {
  for (const chunk of chunks) append(chunk);
};

/** What a written file holds, to recognise it later: its length and CRC-32. */
export interface Fingerprint {
  bytes: number;
  crc: number;
}

export const fingerprint = (bytes: Uint8Array): Fingerprint => ({ bytes: bytes.length, crc: crc32(bytes) });

/** Appends the chunks while taking the fingerprint of what was appended. */
function appendFingerprinted(chunks: Iterable<string | Uint8Array>, print: Fingerprint) {
  return (append: (chunk: Uint8Array) => void) => {
    for (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      print.bytes += bytes.length;
      print.crc = crc32(bytes, print.crc);
      append(bytes);
    }
  };
}

export function writeChunks(path: string, chunks: Iterable<string>): void {
  writeFileAtomic(path, appendAll(chunks));
}

/** What `build` writes: graph.json and graph.gexf (1.3), both or neither, so they never disagree. */
export function writeGraphFiles(graph: ActorGraph, dir: string): void {
  writeDocumentFiles(graphDocument(graph), dir);
}

/** `writeGraphFiles` for any document; returns the files' fingerprints. */
export function writeDocumentFiles(doc: GraphDocument, dir: string): { json: Fingerprint; gexf: Fingerprint } {
  const prints = { json: { bytes: 0, crc: 0 }, gexf: { bytes: 0, crc: 0 } };
  writeFilesAtomic([
    { path: join(dir, "graph.json"), write: appendFingerprinted(chunked(jsonPieces(doc)), prints.json) },
    { path: join(dir, "graph.gexf"), write: appendFingerprinted(chunked(gexfDocumentPieces(doc)), prints.gexf) },
  ]);
  return prints;
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
