// nodes.csv / edges.csv as pure chunk generators (RFC 4180 quoting, UTF-8, LF line ends).
// Headers use the column names Gephi's spreadsheet import recognises (Id, Label, Source, Target,
// Type, Weight); every header is a plain identifier so Neo4j's LOAD CSV can use `row.name`.
import type { ActorAttributes, ActorGraph, RelationAttributes } from "../types.js";
import { chunked } from "./chunks.js";
import { ACTOR_FIELDS, RELATION_FIELDS, edgeIdFor, formatField, type Field, type FieldValue } from "./fields.js";
import { stripInvalidXmlChars } from "./xml.js";

/** Lists in CSV are joined with `|`: Cypher splits them with the built-in `split(row.aliases, '|')`. */
export const CSV_LIST_SEPARATOR = "|";

const NODE_EXTRA: readonly Field<ActorAttributes>[] = [
  { name: "x", type: "double", get: (a) => a.x },
  { name: "y", type: "double", get: (a) => a.y },
  { name: "size", type: "double", get: (a) => a.size },
  { name: "color", type: "string", get: (a) => a.color },
];
const EDGE_EXTRA: readonly Field<RelationAttributes>[] = [
  { name: "size", type: "double", get: (r) => r.size },
  { name: "color", type: "string", get: (r) => r.color },
];

export const NODE_CSV_HEADER: readonly string[] = ["Id", "Label", ...[...ACTOR_FIELDS, ...NODE_EXTRA].map((f) => f.name)];
export const EDGE_CSV_HEADER: readonly string[] = [
  "Source",
  "Target",
  "Type",
  "Id",
  "Label",
  "Weight",
  ...[...RELATION_FIELDS, ...EDGE_EXTRA].map((f) => f.name),
];

export function* nodesCsvChunks(graph: ActorGraph): Generator<string> {
  yield* chunked(nodeRows(graph));
}

export function* edgesCsvChunks(graph: ActorGraph): Generator<string> {
  yield* chunked(edgeRows(graph));
}

function* nodeRows(graph: ActorGraph): Generator<string> {
  const fields = [...ACTOR_FIELDS, ...NODE_EXTRA];
  yield row(NODE_CSV_HEADER);
  for (const { node, attributes } of graph.nodeEntries()) {
    yield row([node, attributes.label, ...fields.map((f) => cell(f.type, f.get(attributes)))]);
  }
}

function* edgeRows(graph: ActorGraph): Generator<string> {
  const fields = [...RELATION_FIELDS, ...EDGE_EXTRA];
  yield row(EDGE_CSV_HEADER);
  let index = 0;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const id = edgeIdFor(graph, edge, index++);
    const head = [source, target, undirected ? "Undirected" : "Directed", id, attributes.relation];
    const weight = cell("double", attributes.weight);
    yield row([...head, weight, ...fields.map((f) => cell(f.type, f.get(attributes)))]);
  }
}

function cell(type: Field<unknown>["type"], value: FieldValue): string | undefined {
  if (type === "liststring") {
    return Array.isArray(value) ? value.map(String).join(CSV_LIST_SEPARATOR) : undefined;
  }
  return formatField(type, value);
}

function row(cells: readonly (string | undefined)[]): string {
  return `${cells.map(quote).join(",")}\n`;
}

/** Quotes a cell only when it needs it, doubling inner quotes (RFC 4180). */
export function quote(value: string | undefined): string {
  if (value === undefined || value === null) return "";
  const text = stripInvalidXmlChars(String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
