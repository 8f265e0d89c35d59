// GraphML writer as a pure chunk generator. GraphML has no list type, so lists are JSON strings;
// position, size and colour are plain data keys (x, y, size, color), the names Gephi and yEd map.
// Ids that are not NMTOKENs are escaped (see nmtoken); the actor key is also kept as data `key`.
import type { ActorAttributes, ActorGraph, GraphAttributes, RelationAttributes } from "../types.js";
import { chunked, joinChunks } from "./chunks.js";
import { ACTOR_FIELDS, RELATION_FIELDS, edgeIdFor, formatField, type Field, type FieldType } from "./fields.js";
import { XML_DECLARATION, escapeText } from "./xml.js";

type GraphmlType = "string" | "int" | "double";
const GRAPHML_TYPES: Record<FieldType, GraphmlType> = {
  string: "string",
  liststring: "string",
  integer: "int",
  double: "double",
};

interface Key<T> extends Field<T> {
  /** Key ids are prefixed per domain because nodes and edges share names (color, size). */
  id: string;
}

const keysFor = <T>(prefix: string, fields: readonly Field<T>[]): Key<T>[] =>
  fields.map((f) => ({ ...f, id: `${prefix}_${f.name}` }));

const NODE_KEYS: Key<ActorAttributes & { key: string }>[] = keysFor<ActorAttributes & { key: string }>("n", [
  { name: "key", type: "string", get: (a) => a.key },
  { name: "label", type: "string", get: (a) => a.label },
  ...ACTOR_FIELDS,
  { name: "x", type: "double", get: (a) => a.x },
  { name: "y", type: "double", get: (a) => a.y },
  { name: "size", type: "double", get: (a) => a.size },
  { name: "color", type: "string", get: (a) => a.color },
]);

const EDGE_KEYS: Key<RelationAttributes>[] = keysFor("e", [
  { name: "weight", type: "double", get: (r) => r.weight },
  ...RELATION_FIELDS,
  { name: "size", type: "double", get: (r) => r.size },
  { name: "color", type: "string", get: (r) => r.color },
]);

const GRAPH_KEYS: Key<Partial<GraphAttributes>>[] = keysFor("g", [
  { name: "name", type: "string", get: (g) => g.name },
  { name: "creator", type: "string", get: (g) => g.creator },
  { name: "description", type: "string", get: (g) => g.description },
  { name: "documents", type: "liststring", get: (g) => g.documents },
  { name: "date", type: "string", get: (g) => g.date },
]);

export function* graphmlChunks(graph: ActorGraph): Generator<string> {
  yield* chunked(graphmlPieces(graph));
}

export function toGraphml(graph: ActorGraph): string {
  return joinChunks(graphmlChunks(graph));
}

function* graphmlPieces(graph: ActorGraph): Generator<string> {
  yield XML_DECLARATION;
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield keyDeclarations("graph", GRAPH_KEYS) + keyDeclarations("node", NODE_KEYS) + keyDeclarations("edge", EDGE_KEYS);
  const edgeDefault = graph.type === "undirected" ? "undirected" : "directed";
  yield `  <graph id="G" edgedefault="${edgeDefault}">\n`;
  yield dataElements(GRAPH_KEYS, graph.getAttributes(), "    ");
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${nmtoken(node)}">\n${dataElements(NODE_KEYS, { key: node, ...attributes }, "      ")}    </node>\n`;
  }
  let index = 0;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const id = nmtoken(edgeIdFor(graph, edge, index++));
    const directed = undirected !== (edgeDefault === "undirected") ? ` directed="${!undirected}"` : "";
    yield `    <edge id="${id}" source="${nmtoken(source)}" target="${nmtoken(target)}"${directed}>\n`;
    yield `${dataElements(EDGE_KEYS, attributes, "      ")}    </edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

/**
 * GraphML ids are XML NMTOKENs (no spaces, quotes, `|`…). Keys made of ASCII letters, digits,
 * `.`, `_` and `-` stay as they are; any other character becomes `:<hex code point>:`, which is
 * reversible and cannot collide because `:` itself is always escaped.
 */
export function nmtoken(key: string): string {
  if (/^[A-Za-z0-9._-]+$/.test(key)) return key;
  if (key === "") return ":";
  let out = "";
  for (const char of key) out += /[A-Za-z0-9._-]/.test(char) ? char : `:${char.codePointAt(0)!.toString(16)}:`;
  return out;
}

function keyDeclarations<T>(domain: string, keys: readonly Key<T>[]): string {
  let out = "";
  for (const key of keys) {
    out += `  <key id="${key.id}" for="${domain}" attr.name="${key.name}" attr.type="${GRAPHML_TYPES[key.type]}"/>\n`;
  }
  return out;
}

function dataElements<T>(keys: readonly Key<T>[], attributes: T, indent: string): string {
  let out = "";
  for (const key of keys) {
    const value = formatField(key.type, key.get(attributes));
    if (value !== undefined) out += `${indent}<data key="${key.id}">${escapeText(value)}</data>\n`;
  }
  return out;
}
