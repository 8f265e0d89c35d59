// GEXF 1.3 / 1.2draft writer as a pure chunk generator (no Node imports: the browser viewer uses it).
// Written here rather than with graphology-gexf's writer, whose output fails the official grammars
// (see README, "GEXF"); graphology-gexf's parser reads this output back unchanged.
import type { ActorAttributes, ActorGraph, GraphAttributes, RelationAttributes } from "../types.js";
import { chunked, joinChunks, type Piece } from "./chunks.js";
import { parseColor, type Rgba } from "./color.js";
import { graphDocument, type EdgeRow, type GraphDocument } from "./document.js";
import { ACTOR_FIELDS, RELATION_FIELDS, formatField, type Field } from "./fields.js";
import { XML_DECLARATION, escapeAttr, escapeText } from "./xml.js";

export type GexfVersion = "1.3" | "1.2draft";
export const GEXF_VERSIONS: readonly GexfVersion[] = ["1.3", "1.2draft"];

export interface GexfOptions {
  /** Defaults to 1.3. NetworkX reads only 1.2draft. */
  version?: GexfVersion;
}

interface Dialect {
  version: GexfVersion;
  gexfNs: string;
  vizNs: string;
  versionAttr: string;
  /** 1.2draft requires z on viz:position and allows `mode`; 1.3 drops both requirements. */
  legacy: boolean;
}

const DIALECTS: Record<GexfVersion, Dialect> = {
  "1.3": {
    version: "1.3",
    gexfNs: "http://gexf.net/1.3",
    vizNs: "http://gexf.net/1.3/viz",
    versionAttr: "1.3",
    legacy: false,
  },
  "1.2draft": {
    version: "1.2draft",
    gexfNs: "http://www.gexf.net/1.2draft",
    vizNs: "http://www.gexf.net/1.2draft/viz",
    versionAttr: "1.2",
    legacy: true,
  },
};

/** Streams the graph as GEXF in ~64 KB chunks; same graph, same bytes. */
export function* gexfChunks(graph: ActorGraph, options: GexfOptions = {}): Generator<string> {
  const version = options.version ?? "1.3";
  const dialect = DIALECTS[version];
  if (!dialect) throw new Error(`unknown GEXF version "${version}" (expected 1.3 or 1.2draft)`);
  yield* chunked(gexfPieces(graphDocument(graph), dialect)) as Generator<string>; // a graph has no stored bytes
}

/** A document as GEXF 1.3, where stored edges are GEXF 1.3 elements. */
export function gexfDocumentPieces(doc: GraphDocument): Generator<Piece> {
  return gexfPieces(doc, DIALECTS["1.3"]);
}

/** The whole document as one string, for small graphs and the browser. */
export function toGexf(graph: ActorGraph, options: GexfOptions = {}): string {
  return joinChunks(gexfChunks(graph, options));
}

function* gexfPieces(doc: GraphDocument, dialect: Dialect): Generator<Piece> {
  yield XML_DECLARATION;
  yield `<gexf xmlns="${dialect.gexfNs}" xmlns:viz="${dialect.vizNs}" version="${dialect.versionAttr}">\n`;
  yield meta(doc.attributes);
  const edgeDefault = doc.options.type === "undirected" ? "undirected" : "directed";
  yield `  <graph defaultedgetype="${edgeDefault}" idtype="string"${dialect.legacy ? ' mode="static"' : ""}>\n`;
  yield declarations("node", ACTOR_FIELDS, dialect);
  yield declarations("edge", RELATION_FIELDS, dialect);

  const colors = new ColorCache(dialect);
  yield `    <nodes count="${doc.order}">\n`;
  for (const { node, attributes } of doc.nodes) yield nodeElement(node, attributes, dialect, colors);
  yield `    </nodes>\n`;

  yield `    <edges count="${doc.size}">\n`;
  for (const row of doc.edges) {
    const type = row.undirected !== (edgeDefault === "undirected") ? ` type="${row.undirected ? "undirected" : "directed"}"` : "";
    yield row.stored ? row.stored.gexf : edgeElement(row, type, colors);
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}

function meta(attributes: Partial<GraphAttributes>): string {
  const date = xsdDate(attributes.date);
  let out = `  <meta${date ? ` lastmodifieddate="${date}"` : ""}>\n`;
  if (attributes.creator) out += `    <creator>${escapeText(attributes.creator)}</creator>\n`;
  // GEXF has no slot for source documents; keywords is the free-text field tools show and keep.
  if (attributes.documents?.length) out += `    <keywords>${escapeText(encodeKeywords(attributes.documents))}</keywords>\n`;
  if (attributes.description) out += `    <description>${escapeText(attributes.description)}</description>\n`;
  return `${out}  </meta>\n`;
}

/** `lastmodifieddate` is an xsd:date: keep the day of an ISO date or timestamp, drop anything else. */
export function xsdDate(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = year > 0 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/**
 * Document names as a comma-separated list when that is unambiguous (the readable case),
 * otherwise as a JSON array.
 */
export function encodeKeywords(documents: readonly string[]): string {
  const plain = documents.every((d) => d !== "" && !/[,"[\]]/.test(d) && d.trim() === d);
  return plain ? documents.join(", ") : JSON.stringify(documents);
}

export function decodeKeywords(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON: read it as a plain list
    }
  }
  return trimmed === "" ? [] : trimmed.split(/\s*,\s*/);
}

function declarations<T>(kind: "node" | "edge", fields: readonly Field<T>[], dialect: Dialect): string {
  let out = `    <attributes class="${kind}"${dialect.legacy ? ' mode="static"' : ""}>\n`;
  for (const field of fields) {
    out += `      <attribute id="${field.name}" title="${field.name}" type="${field.type}"/>\n`;
  }
  return `${out}    </attributes>\n`;
}

function attvalues<T>(fields: readonly Field<T>[], attributes: T): string {
  let out = "";
  for (const field of fields) {
    const value = formatField(field.type, field.get(attributes));
    if (value !== undefined) out += `          <attvalue for="${field.name}" value="${escapeAttr(value)}"/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : "";
}

function nodeElement(key: string, a: ActorAttributes, dialect: Dialect, colors: ColorCache): string {
  const label = a.label !== undefined && a.label !== null ? ` label="${escapeAttr(String(a.label))}"` : "";
  let out = `      <node id="${escapeAttr(key)}"${label}>\n${attvalues(ACTOR_FIELDS, a)}`;
  out += colors.element(a.color);
  if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
    out += `        <viz:position x="${a.x}" y="${a.y}"${dialect.legacy ? ' z="0"' : ""}/>\n`;
  }
  if (isNonNegative(a.size)) out += `        <viz:size value="${a.size}"/>\n`;
  return `${out}      </node>\n`;
}

function edgeElement({ id, source, target, attributes }: EdgeRow, type: string, colors: ColorCache): string {
  const r: RelationAttributes = attributes!;
  const weight = Number.isFinite(r.weight) ? ` weight="${r.weight}"` : "";
  // The relation doubles as the edge label so Gephi shows it without configuration.
  const label = r.relation ? ` label="${escapeAttr(String(r.relation))}"` : "";
  let out = `      <edge id="${escapeAttr(id)}" source="${escapeAttr(source)}" target="${escapeAttr(target)}"${type}${label}${weight}>\n`;
  out += attvalues(RELATION_FIELDS, r);
  out += colors.element(r.color);
  if (isNonNegative(r.size)) out += `        <viz:thickness value="${r.size}"/>\n`;
  return `${out}      </edge>\n`;
}

function isNonNegative(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Palettes reuse a handful of colours, so each distinct string is parsed and formatted once. */
class ColorCache {
  private readonly cache = new Map<string, string>();
  constructor(private readonly dialect: Dialect) {}

  element(color: string | undefined): string {
    if (typeof color !== "string") return "";
    let out = this.cache.get(color);
    if (out === undefined) {
      out = vizColor(color, parseColor(color), this.dialect);
      this.cache.set(color, out);
    }
    return out;
  }
}

function vizColor(text: string, rgba: Rgba | undefined, dialect: Dialect): string {
  if (!rgba) return ""; // not a colour a GEXF reader could use
  // 1.3 allows hex, which graphology reads back verbatim; 1.2draft only has channels.
  if (!dialect.legacy && /^#[0-9a-f]{6}$/i.test(text)) return `        <viz:color hex="${text}"/>\n`;
  const alpha = rgba.a === undefined ? "" : ` a="${rgba.a}"`;
  return `        <viz:color r="${rgba.r}" g="${rgba.g}" b="${rgba.b}"${alpha}/>\n`;
}
