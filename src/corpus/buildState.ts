// The previous build, packed in one file (`<out>/.cache/build.json`): which source files it read, what it
// kept of their documents (a tally without evidence) and its layout. With the graph.json and graph.gexf
// it wrote, which hold every edge's evidence and bytes, that is all a rebuild needs to add documents.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { StoredEdge } from "../export/document.js";
import { storedEdges } from "../export/storedEdges.js";
import { byGroupDocument, relationKeys, type ActorTally, type GraphTally } from "../graph/tally.js";
import type { LayoutMemo } from "../layout/memo.js";
import type { Problem } from "../read/corpus.js";
import type { FeedMark } from "../read/jsonl.js";
import { fileStamp } from "../read/stamp.js";
import type { RelationType } from "../types.js";
import { writeQuietly } from "./cache.js";

const FORMAT = 6;

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
  /** Loaded relations' confidences as saved, by key: a relation not restored since is saved with them again. */
  savedConfidences?: Map<string, string>;
}

interface Packed extends Omit<BuildState, "tally" | "savedConfidences"> {
  format: number;
  documents: string[];
  date?: string;
  actors: [string, ActorTally][];
  /**
   * Key, source, target, relation, sentences, and the confidences with each document as its index in
   * `documents`, as JSON text: parsed only for a relation a new document adds to.
   */
  relations: [string, string, string, RelationType, number, string][];
  /** The stamps of the graph.json and graph.gexf written with it. */
  outputs: { json: string; gexf: string };
}

/** A confidence group with its document given another way (name or index): copied, not spread, as there are many. */
function withDocument<T>(group: (string | number)[], doc: T): [T, ...number[]] {
  const copy = group.slice() as [T, ...number[]];
  copy[0] = doc;
  return copy;
}

/** Each document's index in `documents`. */
export const documentIndex = (documents: string[]) => new Map(documents.map((doc, i) => [doc, i]));

/**
 * Confidence groups as saved: JSON text with each document as its index, the groups in document order
 * (the order the noisy-or takes them in), so the same groups always give the same text.
 */
export function packConfidences(groups: [string, ...number[]][], index: Map<string, number>): string {
  return JSON.stringify([...groups].sort(byGroupDocument).map((group) => withDocument(group, index.get(group[0])!)));
}

/** Saved confidences (JSON text, documents by index) with each document by name. */
export function unpackConfidences(text: string, documents: string[]): [string, ...number[]][] {
  return (JSON.parse(text) as number[][]).map((group) => withDocument(group, documents[group[0]]));
}

export const statePath = (cacheRoot: string) => join(cacheRoot, "build.json");

/**
 * Saves the state beside the outputs it describes. A cache that cannot be written only costs time next
 * build. A tally with relations the graph leaves out is not saved: a new actor could bring them back.
 */
export function saveBuildState(cacheRoot: string, state: BuildState, outputs: Packed["outputs"]): void {
  const { tally, savedConfidences, ...rest } = state;
  const keys = relationKeys(tally);
  if (keys.length !== tally.relations.size) return dropBuildState(cacheRoot);
  let index: Map<string, number> | undefined;
  // Documents are only ever appended, so the indexes saved before still hold.
  const pack = (confidences: [string, ...number[]][]) => packConfidences(confidences, (index ??= documentIndex(tally.documents)));
  const packed: Packed = {
    format: FORMAT,
    ...rest,
    documents: tally.documents,
    ...(tally.date ? { date: tally.date } : {}),
    actors: [...tally.actors],
    // In graph order, the order of their bytes in the outputs; evidence is in graph.json.
    relations: keys.map((key) => {
      const t = tally.relations.get(key)!;
      return [key, t.source, t.target, t.relation, t.sentences, t.confidences ? pack(t.confidences) : savedConfidences!.get(key)!];
    }),
    outputs,
  };
  try {
    mkdirSync(cacheRoot, { recursive: true });
  } catch {
    return;
  }
  writeQuietly(statePath(cacheRoot), JSON.stringify(packed));
}

/** Forgets the state, before outputs it does not describe replace the ones it does. */
export function dropBuildState(cacheRoot: string): void {
  rmSync(statePath(cacheRoot), { force: true });
}

const strings = (list: unknown[]) => list.every((value) => typeof value === "string");

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A previous build: its state, where its edges' bytes are in its outputs, and `close` for those files once written. */
export interface PreviousBuild {
  state: BuildState;
  stored: Map<string, StoredEdge>;
  close(): void;
}

/** The outputs, open, when they still are the files the state describes. */
function openOutputs(out: string, stamps: Packed["outputs"]): { json: number; gexf: number } | undefined {
  const fds: number[] = [];
  try {
    for (const [name, stamp] of [["graph.json", stamps?.json], ["graph.gexf", stamps?.gexf]]) {
      const fd = openSync(join(out, name!), "r");
      fds.push(fd);
      if (fileStamp(fstatSync(fd)) !== stamp) throw new Error("changed since");
    }
    return { json: fds[0], gexf: fds[1] };
  } catch {
    fds.forEach((fd) => closeSync(fd));
    return undefined;
  }
}

/** The text of a slice of an open file. */
function readSlice({ fd, start, end }: StoredEdge["json"]): string {
  const bytes = Buffer.allocUnsafe(end - start);
  if (readSync(fd, bytes, 0, bytes.length, start) !== bytes.length) throw new Error("an earlier output is shorter than it was");
  return bytes.toString("utf8");
}

/**
 * The previous build, when it was made with the same extractor and dictionary and the outputs in `out`
 * are still the ones it wrote (same stamps); otherwise undefined (a full build).
 * A missing, torn or foreign file is never an error.
 */
export function loadBuildState(cacheRoot: string, out: string, salt: string): PreviousBuild | undefined {
  let files: { json: number; gexf: number } | undefined;
  const close = (): undefined => {
    if (files) [files.json, files.gexf].forEach((fd) => closeSync(fd));
    files = undefined;
  };
  try {
    const packed = JSON.parse(readFileSync(statePath(cacheRoot), "utf8")) as Packed;
    if (!isObject(packed) || packed.format !== FORMAT || packed.salt !== salt) return undefined;
    const { documents, date, actors, relations, outputs, format: _format, ...rest } = packed;
    if (![documents, actors, relations, rest.problems, rest.persons, rest.keys].every(Array.isArray) || !isObject(rest.sources) || !isObject(rest.feeds)) return undefined;
    // What adding documents reads before any relation: names, and persons as (key, label) pairs.
    if (!strings(documents) || !strings(rest.keys) || !rest.persons.every((p) => Array.isArray(p) && p.length === 2 && strings(p))) return undefined;
    files = openOutputs(out, outputs);
    const keys = relations.map(([key]) => key);
    const edges = files && storedEdges(files.json, files.gexf, keys.length);
    if (!edges) return close();
    const stored = new Map(keys.map((key, i) => [key, edges[i]]));
    const savedConfidences = new Map(relations.map(([key, , , , , confidences]) => [key, confidences]));
    const tally: GraphTally = {
      documents,
      ...(date ? { date } : {}),
      actors: new Map(actors),
      relations: new Map(relations.map(([key, source, target, relation, sentences]) => [key, { source, target, relation, sentences }])),
      restore: (key) => ({
        confidences: unpackConfidences(savedConfidences.get(key)!, documents),
        evidence: JSON.parse(readSlice(stored.get(key)!.json)).attributes.evidence,
      }),
    };
    return { state: { ...rest, tally, savedConfidences }, stored, close };
  } catch {
    return close();
  }
}
