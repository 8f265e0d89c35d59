import Graph from "graphology";
import { KIND_COLORS, RELATION_COLORS } from "../../../src/style/palette.js";
import type {
  ActorAttributes,
  ActorGraph,
  ActorKind,
  Evidence,
  GraphAttributes,
  RelationAttributes,
  RelationType,
} from "../../../src/types.js";
import { RELATION_TYPES } from "../../../src/vocabulary/relations.js";
import { parseGexf } from "./gexf.js";
import { GraphLoadError, type LoadedGraph } from "./types.js";

export const ACTOR_KINDS = Object.keys(KIND_COLORS) as ActorKind[];

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
const num = (value: unknown): number | undefined => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};

export function newActorGraph(attributes: Partial<GraphAttributes> = {}): ActorGraph {
  const graph: ActorGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.replaceAttributes({ name: "", creator: "", description: "", documents: [], ...attributes });
  return graph;
}

/** Reads a graph file's text: graphology JSON (what `actorgraph build` writes) or GEXF. */
export function parseGraphText(text: string, name: string): LoadedGraph {
  const trimmed = text.trim();
  if (trimmed === "") throw new GraphLoadError("The graph file is empty", `${name} contains no data.`);
  if (trimmed.startsWith("<") || /\.gexf$/i.test(name)) return fromGexf(trimmed, name);
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    throw new GraphLoadError("The graph file is not valid JSON", `${name}: ${(error as Error).message}`);
  }
  return fromSerialized(data, name);
}

function fromGexf(text: string, name: string): LoadedGraph {
  let parsed: Graph;
  try {
    const xml = new DOMParser().parseFromString(text, "application/xml");
    const problem = xml.getElementsByTagName("parsererror")[0];
    if (problem) throw new GraphLoadError("The GEXF file is not valid XML", `${name}: ${(problem.textContent ?? "").trim().split("\n")[0]}`);
    parsed = parseGexf(Graph, xml);
  } catch (error) {
    if (error instanceof GraphLoadError) throw error;
    throw new GraphLoadError("The GEXF file could not be read", `${name}: ${(error as Error).message}`);
  }
  return fromSerialized(parsed.export(), name);
}

/** Builds an actor graph from graphology's serialized form, repairing what it can and reporting the rest. */
export function fromSerialized(data: unknown, name: string): LoadedGraph {
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new GraphLoadError(
      "This is not an actor graph",
      `${name} has no "nodes" list. Expected the graph.json written by "actorgraph build" (graphology JSON) or a GEXF file.`,
    );
  }
  const edges = Array.isArray(data.edges) ? data.edges : [];
  const attributes = isObject(data.attributes) ? data.attributes : {};
  const graph = newActorGraph({
    name: str(attributes.name) ?? "",
    creator: str(attributes.creator) ?? "",
    description: str(attributes.description) ?? "",
    documents: stringList(attributes.documents),
    ...(str(attributes.date) ? { date: str(attributes.date) } : {}),
  });
  const warnings: string[] = [];
  let badNodes = 0;
  let unknownKinds = 0;
  for (const item of data.nodes) {
    const key = isObject(item) ? str(item.key) : undefined;
    if (key === undefined || graph.hasNode(key)) {
      badNodes++;
      continue;
    }
    const node = normalizeNode(key, isObject(item) && isObject(item.attributes) ? item.attributes : {});
    if (!node.knownKind) unknownKinds++;
    graph.addNode(key, node.attributes);
  }
  let badEdges = 0;
  const unknownRelations = new Set<string>();
  edges.forEach((item: unknown, index: number) => {
    if (!isObject(item)) return void badEdges++;
    const source = str(item.source);
    const target = str(item.target);
    const attrs = isObject(item.attributes) ? item.attributes : {};
    const relation = str(attrs.relation) ?? str(attrs.label);
    if (source === undefined || target === undefined || !graph.hasNode(source) || !graph.hasNode(target)) return void badEdges++;
    if (!relation || !(RELATION_TYPES as readonly string[]).includes(relation)) {
      unknownRelations.add(relation ?? "(none)");
      return;
    }
    const key = str(item.key) ?? `${source}->${target}:${relation}#${index}`;
    if (graph.hasEdge(key)) return void badEdges++;
    graph.addDirectedEdgeWithKey(key, source, target, normalizeEdge(attrs, relation as RelationType));
  });
  if (badNodes) warnings.push(`${badNodes} actor(s) without a usable key were skipped.`);
  if (unknownKinds) warnings.push(`${unknownKinds} actor(s) had no known kind and are shown as organizations.`);
  if (badEdges) warnings.push(`${badEdges} relation(s) with missing or unknown ends were skipped.`);
  if (unknownRelations.size) warnings.push(`Relations of unknown type were skipped: ${[...unknownRelations].join(", ")}.`);
  placeMissingPositions(graph);
  applyCentralitySizes(graph);
  return { graph, warnings };
}

function normalizeNode(key: string, raw: Raw): { attributes: ActorAttributes; knownKind: boolean } {
  const kindValue = str(raw.kind);
  const knownKind = !!kindValue && (ACTOR_KINDS as string[]).includes(kindValue);
  const kind = (knownKind ? kindValue : "organization") as ActorKind;
  const label = str(raw.label)?.trim() || key;
  const attributes: ActorAttributes = {
    label,
    kind,
    aliases: stringList(raw.aliases),
    mentions: num(raw.mentions) ?? 0,
    documents: num(raw.documents) ?? 0,
    x: num(raw.x) ?? Number.NaN,
    y: num(raw.y) ?? Number.NaN,
    size: num(raw.size) ?? 1,
    color: KIND_COLORS[kind],
  };
  const role = str(raw.role);
  const affiliation = str(raw.affiliation);
  if (role) attributes.role = role;
  if (affiliation) attributes.affiliation = affiliation;
  return { attributes, knownKind };
}

function normalizeEdge(raw: Raw, relation: RelationType): RelationAttributes {
  const evidence = evidenceList(raw.evidence);
  // GEXF exports flatten evidence to its first sentence plus provenance fields.
  if (evidence.length === 0 && typeof raw.evidence === "string" && raw.evidence.trim()) {
    const flat: Evidence = {
      doc: str(raw.evidenceDoc) ?? "",
      start: num(raw.evidenceStart) ?? 0,
      end: num(raw.evidenceEnd) ?? 0,
      text: raw.evidence,
      trigger: str(raw.evidenceTrigger) ?? "",
    };
    const date = str(raw.evidenceDate);
    if (date) flat.date = date;
    evidence.push(flat);
  }
  const attributes: RelationAttributes = {
    relation,
    weight: num(raw.weight) ?? Math.max(1, num(raw.evidenceCount) ?? evidence.length),
    confidence: num(raw.confidence) ?? 1,
    evidence,
    color: RELATION_COLORS[relation],
    size: 1,
  };
  const firstSeen = str(raw.firstSeen);
  const lastSeen = str(raw.lastSeen);
  if (firstSeen) attributes.firstSeen = firstSeen;
  if (lastSeen) attributes.lastSeen = lastSeen;
  attributes.size = edgeThickness(attributes.weight);
  return attributes;
}

/** GEXF files carry lists as JSON or as "a|b" strings; JSON files carry real arrays. */
function parseListValue(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string" || value.trim() === "") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Not JSON: fall through to the separator form.
  }
  return value.split("|");
}

function stringList(value: unknown): string[] {
  return parseListValue(value)
    .map((item) => str(item)?.trim())
    .filter((item): item is string => !!item);
}

function evidenceList(value: unknown): Evidence[] {
  const out: Evidence[] = [];
  const items = typeof value === "string" && !value.trim().startsWith("[") ? [] : parseListValue(value);
  for (const item of items) {
    if (!isObject(item)) continue;
    const text = str(item.text);
    if (!text) continue;
    const evidence: Evidence = {
      doc: str(item.doc) ?? "",
      start: num(item.start) ?? 0,
      end: num(item.end) ?? 0,
      text,
      trigger: str(item.trigger) ?? "",
    };
    const date = str(item.date);
    if (date) evidence.date = date;
    out.push(evidence);
  }
  return out;
}

/** Edge thickness grows slowly with weight so that one heavy relation does not hide the rest. */
export function edgeThickness(weight: number): number {
  return Math.min(7, 1.6 + 1.5 * Math.log2(Math.max(1, weight)));
}

/** Actors without committed positions go on a deterministic sunflower spiral, so reloads look the same. */
export function placeMissingPositions(graph: ActorGraph): void {
  const missing = graph.filterNodes((_, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y));
  if (missing.length === 0) return;
  const placed = graph.order - missing.length;
  const golden = Math.PI * (3 - Math.sqrt(5));
  missing.forEach((node, i) => {
    const r = 10 * Math.sqrt(i + placed + 1);
    graph.mergeNodeAttributes(node, { x: r * Math.cos((i + placed) * golden), y: r * Math.sin((i + placed) * golden) });
  });
}

/** Node size by weighted degree centrality (sum of relation weights, both directions), on a square-root scale. */
export function applyCentralitySizes(graph: ActorGraph, minSize = 3, maxSize = 16): void {
  const degree = new Map<string, number>();
  graph.forEachNode((node) => degree.set(node, 0));
  graph.forEachEdge((_, a, source, target) => {
    degree.set(source, (degree.get(source) ?? 0) + a.weight);
    degree.set(target, (degree.get(target) ?? 0) + a.weight);
  });
  let max = 1;
  for (const value of degree.values()) if (value > max) max = value;
  graph.forEachNode((node) => {
    const share = Math.sqrt((degree.get(node) ?? 0) / max);
    graph.setNodeAttribute(node, "size", Math.round((minSize + share * (maxSize - minSize)) * 100) / 100);
  });
}
