// The flat, typed view of actors and relations that every tabular or XML export shares,
// so GEXF, GraphML and CSV agree on names, types and meaning. Pure.
import type { ActorAttributes, Evidence, RelationAttributes } from "../types.js";
import { stripInvalidXmlChars } from "./xml.js";

export type FieldType = "string" | "integer" | "double" | "liststring";
export type FieldValue = string | number | readonly string[] | undefined;

export interface Field<T> {
  name: string;
  type: FieldType;
  get(attributes: T): FieldValue;
}

/** Node data beyond label and visual attributes (which each format places natively). */
export const ACTOR_FIELDS: readonly Field<ActorAttributes>[] = [
  { name: "kind", type: "string", get: (a) => a.kind },
  { name: "aliases", type: "liststring", get: (a) => a.aliases ?? [] },
  { name: "mentions", type: "integer", get: (a) => a.mentions },
  { name: "documents", type: "integer", get: (a) => a.documents },
  { name: "role", type: "string", get: (a) => a.role },
  { name: "affiliation", type: "string", get: (a) => a.affiliation },
];

const first = (r: RelationAttributes): Evidence | undefined => r.evidence?.[0];

/**
 * Edge data beyond weight and visual attributes. Evidence is flattened to its count plus the
 * first sentence with its provenance: enough to read or cite it, and to rebuild that item on load.
 */
export const RELATION_FIELDS: readonly Field<RelationAttributes>[] = [
  { name: "relation", type: "string", get: (r) => r.relation },
  { name: "confidence", type: "double", get: (r) => r.confidence },
  { name: "evidenceCount", type: "integer", get: (r) => r.evidence?.length ?? 0 },
  { name: "evidence", type: "string", get: (r) => first(r)?.text },
  { name: "evidenceDoc", type: "string", get: (r) => first(r)?.doc },
  { name: "evidenceTrigger", type: "string", get: (r) => first(r)?.trigger },
  { name: "evidenceStart", type: "integer", get: (r) => first(r)?.start },
  { name: "evidenceEnd", type: "integer", get: (r) => first(r)?.end },
  { name: "evidenceDate", type: "string", get: (r) => first(r)?.date },
  { name: "firstSeen", type: "string", get: (r) => r.firstSeen },
  { name: "lastSeen", type: "string", get: (r) => r.lastSeen },
];

/**
 * Formats a field value as text, or undefined when it should be left out
 * (missing, or a number that the declared type cannot hold).
 */
export function formatField(type: FieldType, value: FieldValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (type) {
    case "liststring":
      return encodeList(Array.isArray(value) ? value : [String(value)]);
    case "integer":
      return typeof value === "number" && Number.isFinite(value) ? String(Math.round(value)) : undefined;
    case "double":
      return typeof value === "number" ? String(value) : undefined;
    default:
      return String(value);
  }
}

/**
 * Lists are written as a JSON array of strings, e.g. `["Assad regime","Damascus"]`:
 * graphology-gexf (and Gephi) read the bracketed, double-quoted form as a list whatever the
 * items contain, and tools that see a plain string (NetworkX) can `json.loads` it.
 */
export function encodeList(items: readonly string[]): string {
  // Strip before encoding: JSON would turn a control character into a `\u0001` escape that
  // list readers other than JSON.parse do not understand.
  return JSON.stringify(items.map((item) => stripInvalidXmlChars(String(item))));
}

/** Reads a list written by `encodeList`, tolerating the older `a|b` form. */
export function decodeList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // fall through to the pipe form
    }
  }
  return trimmed.split("|").map((s) => s.trim());
}

/**
 * Edge ids for exports. graphology's generated keys (`geid_<random>_<n>`) change between runs,
 * so they are replaced by positional ids to keep output byte-deterministic.
 */
export function edgeIdFor(graph: { hasEdge(key: string): boolean }, key: string, index: number): string {
  if (!key.startsWith("geid_")) return key;
  let id = `e${index}`;
  while (graph.hasEdge(id)) id += "_";
  return id;
}
