// The previous build, packed in one file (`<out>/.cache/build.json`): which source files it read, what it
// kept of their documents (a tally without evidence) and its layout. With the graph.json and graph.gexf
// it wrote, which hold every edge's evidence and bytes, that is all a rebuild needs to add documents.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StoredEdge } from "../export/document.js";
import { storedEdges } from "../export/storedEdges.js";
import { fingerprint, type Fingerprint } from "../export/write.js";
import { relationKeys, type ActorTally, type GraphTally } from "../graph/tally.js";
import type { LayoutMemo } from "../layout/memo.js";
import type { Problem } from "../read/corpus.js";
import type { FeedMark } from "../read/jsonl.js";
import type { RelationType } from "../types.js";

const FORMAT = 3;

export interface BuildState {
  /** The extractor and dictionary the documents were extracted with (`cacheSalt`). */
  salt: string;
  /** Each source file read, by path, with its stamp. */
  sources: Record<string, string>;
  /** Where each feed was read to, by path, so that lines appended since can be read alone. */
  feeds: Record<string, FeedMark>;
  problems: Problem[];
  /** The persons named (key, label) and every key named, before merging across documents. */
  persons: [string, string][];
  keys: string[];
  tally: GraphTally;
  /** The layout, once computed. */
  layout?: LayoutMemo;
}

interface Packed extends Omit<BuildState, "tally"> {
  format: number;
  documents: string[];
  date?: string;
  actors: [string, ActorTally][];
  /** Key, source, target, relation and confidences with each document as its index in `documents`. */
  relations: [string, string, string, RelationType, number[][]][];
  outputs: { json: Fingerprint; gexf: Fingerprint };
}

export const statePath = (cacheRoot: string) => join(cacheRoot, "build.json");

/**
 * Saves the state beside the outputs it describes. A cache that cannot be written only costs time next
 * build. A tally with relations the graph leaves out is not saved: a new actor could bring them back.
 */
export function saveBuildState(cacheRoot: string, state: BuildState, outputs: Packed["outputs"]): void {
  const { tally, ...rest } = state;
  const keys = relationKeys(tally);
  if (keys.length !== tally.relations.size) return dropBuildState(cacheRoot);
  const index = new Map(tally.documents.map((doc, i) => [doc, i]));
  const packed: Packed = {
    format: FORMAT,
    ...rest,
    documents: tally.documents,
    ...(tally.date ? { date: tally.date } : {}),
    actors: [...tally.actors],
    // In graph order, the order of their bytes in the outputs; evidence is in graph.json.
    relations: keys.map((key) => {
      const t = tally.relations.get(key)!;
      return [key, t.source, t.target, t.relation, t.confidences.map(([doc, ...c]) => [index.get(doc)!, ...c])];
    }),
    outputs,
  };
  const file = statePath(cacheRoot);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheRoot, { recursive: true });
    writeFileSync(tmp, JSON.stringify(packed));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** Forgets the state, before outputs it does not describe replace the ones it does. */
export function dropBuildState(cacheRoot: string): void {
  rmSync(statePath(cacheRoot), { force: true });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The previous build's state and its edges' stored bytes, when it was made with the same extractor and
 * dictionary and the outputs in `out` are still the ones it wrote; otherwise undefined (a full build).
 * A missing, torn or foreign file is never an error.
 */
export function loadBuildState(cacheRoot: string, out: string, salt: string): { state: BuildState; stored: Map<string, StoredEdge> } | undefined {
  try {
    const packed = JSON.parse(readFileSync(statePath(cacheRoot), "utf8")) as Packed;
    if (!isObject(packed) || packed.format !== FORMAT || packed.salt !== salt) return undefined;
    const { documents, date, actors, relations, outputs, format: _format, ...rest } = packed;
    if (![documents, actors, relations, rest.problems, rest.persons, rest.keys].every(Array.isArray) || !isObject(rest.sources) || !isObject(rest.feeds)) return undefined;
    const json = readFileSync(join(out, "graph.json"));
    const gexf = readFileSync(join(out, "graph.gexf"));
    const same = (a: Fingerprint, b: Fingerprint) => isObject(a) && a.bytes === b.bytes && a.crc === b.crc;
    if (!same(outputs?.json, fingerprint(json)) || !same(outputs?.gexf, fingerprint(gexf))) return undefined;
    const keys = relations.map(([key]) => key);
    const edges = storedEdges(json, gexf, keys.length);
    if (!edges) return undefined;
    const stored = new Map(keys.map((key, i) => [key, edges[i]]));
    const tally: GraphTally = {
      documents,
      ...(date ? { date } : {}),
      actors: new Map(actors),
      relations: new Map(
        relations.map(([key, source, target, relation, confidences]) => [
          key,
          { source, target, relation, confidences: confidences.map(([doc, ...c]) => [documents[doc], ...c] as [string, ...number[]]) },
        ]),
      ),
      loadEvidence: (key) => JSON.parse(new TextDecoder().decode(stored.get(key)!.json)).attributes.evidence,
    };
    return { state: { ...rest, tally }, stored };
  } catch {
    return undefined;
  }
}
