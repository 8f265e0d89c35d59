// Loads an actor graph from graph.json (graphology serialisation), a .gexf file, a serialised
// object or an existing graph. Every input problem becomes one UserError line.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import { UserError } from "../cli/errors.js";
import { parseColor, toHex } from "../export/color.js";
import { decodeList } from "../export/fields.js";
import { decodeKeywords } from "../export/gexf.js";
import { KIND_COLORS } from "../style/palette.js";
import type { ActorAttributes, ActorGraph, ActorKind, Evidence, GraphAttributes, RelationAttributes } from "../types.js";

/** graphology's serialisation format, as written by graph.export() and `actorgraph export --format json`. */
export interface SerializedActorGraph {
  options?: { type?: "directed" | "undirected" | "mixed"; multi?: boolean; allowSelfLoops?: boolean };
  attributes?: Partial<GraphAttributes>;
  nodes: { key: string; attributes?: Partial<ActorAttributes> }[];
  edges?: { key?: string; source: string; target: string; attributes?: Partial<RelationAttributes>; undirected?: boolean }[];
}

export type GraphSource = string | SerializedActorGraph | ActorGraph;

type Loose = Record<string, unknown>;

/**
 * Returns an ActorGraph from a file path (`.gexf`, otherwise graph.json), a serialised graph or a graph.
 * Loaded graphs are multigraphs: several relations may join the same pair of actors.
 * GEXF keeps only the first evidence sentence of each relation (see README), so prefer graph.json.
 */
export function loadGraph(source: GraphSource): ActorGraph {
  if (typeof source === "string") return loadFile(source);
  if (isGraph(source)) return source;
  return fromSerialized(source, "graph");
}

function isGraph(value: unknown): value is ActorGraph {
  return typeof value === "object" && value !== null && typeof (value as Loose).nodeEntries === "function";
}

function loadFile(path: string): ActorGraph {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (code ?? "unreadable");
    throw new UserError(`cannot read graph "${path}": ${reason}`);
  }
  if (extname(path).toLowerCase() === ".gexf" || text.trimStart().startsWith("<")) return fromGexf(text, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`"${path}" is not valid JSON: ${firstLine(error)}`);
  }
  return fromSerialized(data, `"${path}"`);
}

function fromSerialized(data: unknown, origin: string): ActorGraph {
  if (typeof data !== "object" || data === null || !Array.isArray((data as Loose).nodes)) {
    throw new UserError(`${origin} is not a graph: expected an object with a "nodes" array`);
  }
  const serialized = data as SerializedActorGraph;
  let graph: ActorGraph;
  try {
    graph = newGraph(serialized.options?.type ?? "directed", serialized.options?.allowSelfLoops ?? true);
    graph.import({ ...serialized, options: undefined } as never);
  } catch (error) {
    throw new UserError(`${origin} is not a valid graph: ${firstLine(error)}`);
  }
  // Fill in or fix the contract's fields; attributes beyond the contract pass through untouched.
  graph.replaceAttributes({ ...graph.getAttributes(), ...graphAttributes(loose(graph.getAttributes()), "graph") });
  graph.updateEachNodeAttributes((key, a) => ({ ...a, ...actorAttributes(key, loose(a)) }));
  graph.updateEachEdgeAttributes((_key, a) => ({ ...a, ...relationAttributes(loose(a)) }));
  return graph;
}

function fromGexf(xml: string, path: string): ActorGraph {
  let parsed: ReturnType<typeof gexf.parse>;
  try {
    parsed = quietly(() => gexf.parse(MultiGraph as never, xml, { allowUndeclaredAttributes: true }));
  } catch (error) {
    throw new UserError(`"${path}" is not a readable GEXF file: ${firstLine(error)}`);
  }
  const graph = newGraph(parsed.type === "undirected" ? "undirected" : parsed.type === "mixed" ? "mixed" : "directed");
  const meta = parsed.getAttributes() as Loose;
  graph.replaceAttributes(
    graphAttributes(
      {
        ...meta,
        documents: typeof meta.keywords === "string" ? decodeKeywords(meta.keywords) : [],
        date: meta.lastModifiedDate,
      },
      basename(path, extname(path)),
    ),
  );
  parsed.forEachNode((key, a) => graph.addNode(key, actorAttributes(key, { ...a, color: gexfColor(a.color) })));
  parsed.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const attributes = relationAttributes({
      ...a,
      color: gexfColor(a.color),
      size: a.size ?? a.thickness,
      evidence: gexfEvidence(a),
    });
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return graph;
}

/**
 * graphology-gexf's XML parser (xmldom) reports problems with console.warn/console.error and
 * carries on; silence it so the CLI prints one line, and treat a reported error as fatal.
 */
function quietly<T>(parse: () => T): T {
  const { warn, error } = console;
  const errors: string[] = [];
  console.warn = () => undefined;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(" ").replace(/^\[xmldom error\]\s*/, ""));
  try {
    const result = parse();
    if (errors.length) throw new Error(errors[0]);
    return result;
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

function newGraph(type: "directed" | "undirected" | "mixed", allowSelfLoops = true): ActorGraph {
  return new MultiGraph<ActorAttributes, RelationAttributes, GraphAttributes>({ type, allowSelfLoops }) as ActorGraph;
}

/** The first evidence item as the GEXF export flattened it (see src/export/fields.ts). */
function gexfEvidence(a: Loose): Evidence[] {
  if (typeof a.evidence !== "string") return [];
  const item: Evidence = {
    doc: str(a.evidenceDoc) ?? "",
    start: num(a.evidenceStart, 0),
    end: num(a.evidenceEnd, 0),
    text: a.evidence,
    trigger: str(a.evidenceTrigger) ?? "",
  };
  const date = str(a.evidenceDate);
  if (date !== undefined) item.date = date;
  return [item];
}

function graphAttributes(a: Loose, fallbackName: string): GraphAttributes {
  const out: GraphAttributes = {
    name: str(a.name) ?? fallbackName,
    creator: str(a.creator) ?? "",
    description: str(a.description) ?? "",
    documents: Array.isArray(a.documents) ? a.documents.map(String) : [],
  };
  const date = str(a.date);
  if (date !== undefined) out.date = date;
  return out;
}

function actorAttributes(key: string, a: Loose): ActorAttributes {
  const kind = (str(a.kind) ?? "organization") as ActorKind;
  const out: ActorAttributes = {
    label: str(a.label) ?? key,
    kind,
    aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : typeof a.aliases === "string" ? decodeList(a.aliases) : [],
    mentions: num(a.mentions, 0),
    documents: num(a.documents, 0),
    x: num(a.x, 0),
    y: num(a.y, 0),
    size: num(a.size, 1),
    color: color(a.color) ?? KIND_COLORS[kind] ?? "#999999",
  };
  const role = str(a.role);
  if (role !== undefined) out.role = role;
  const affiliation = str(a.affiliation);
  if (affiliation !== undefined) out.affiliation = affiliation;
  return out;
}

function relationAttributes(a: Loose): RelationAttributes {
  const out: RelationAttributes = {
    relation: (str(a.relation) ?? str(a.label) ?? "") as RelationAttributes["relation"],
    weight: num(a.weight, 1),
    confidence: num(a.confidence, 1),
    evidence: Array.isArray(a.evidence) ? (a.evidence as Evidence[]) : [],
    color: color(a.color) ?? "#bbbbbb",
    size: num(a.size, 1),
  };
  const firstSeen = str(a.firstSeen);
  if (firstSeen !== undefined) out.firstSeen = firstSeen;
  const lastSeen = str(a.lastSeen);
  if (lastSeen !== undefined) out.lastSeen = lastSeen;
  return out;
}

function color(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** graphology-gexf reads channel colours as `rgb(r,g,b)`; the palette's form is `#RRGGBB`. */
function gexfColor(value: unknown): unknown {
  if (typeof value !== "string" || !/^rgb\(/i.test(value)) return value;
  const rgba = parseColor(value);
  return rgba ? toHex(rgba) : value;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && !Number.isNaN(value) ? value : fallback;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();
}

/** Input files are untrusted: read every attribute as unknown until checked. */
function loose(value: object): Loose {
  return value as unknown as Loose;
}
