import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { degreeCentrality } from "graphology-metrics/centrality/degree.js";
import type { AbstractGraph } from "graphology-types";

const MIN_SIZE = 4;
const MAX_SIZE = 18;

/** What the layout reads and writes: positions and sizes of nodes, weights and sizes of edges. */
export type LayoutGraph = AbstractGraph<{ x: number; y: number; size: number }, { weight: number; size: number }>;

/** A node's place and size. */
export interface Placement {
  x: number;
  y: number;
  size: number;
}

/** A position from the key alone, so the layout's start (and so its end) never depends on chance. */
function seededPosition(key: string, index: number, count: number): { x: number; y: number } {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  const angle = (2 * Math.PI * index) / Math.max(1, count);
  const radius = 100 * (0.5 + (hash % 1000) / 2000);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** An edge's drawn width from its weight. */
export const edgeSize = (weight: number): number => round(1 + Math.log2(weight));

/** Places nodes with ForceAtlas2 from a seeded start, sizes them by degree centrality and edges by weight. */
export function applyLayout(graph: LayoutGraph, iterations = 300): void {
  const count = graph.order;
  graph.nodes().forEach((key, index) => graph.mergeNodeAttributes(key, seededPosition(key, index, count)));
  if (count > 1 && iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: count > 500 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  const centrality = count > 1 ? degreeCentrality(graph) : {};
  const max = Math.max(0, ...Object.values(centrality));
  graph.forEachNode((key, attributes) => {
    const share = max > 0 ? (centrality[key] ?? 0) / max : 0;
    graph.mergeNodeAttributes(key, {
      x: round(attributes.x),
      y: round(attributes.y),
      size: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(share)),
    });
  });
  graph.forEachEdge((key, attributes) => {
    graph.setEdgeAttribute(key, "size", edgeSize(attributes.weight));
  });
}

/** The edges the layout reads: source and target as indices into the node keys, and weight. */
export type LayoutEdge = [source: number, target: number, weight: number];

/**
 * The placements `applyLayout` gives a graph with these nodes (in this order) and edges, computed on a
 * graph that holds nothing else: a rebuild lays out without building the whole graph.
 */
export function layoutPlacements(keys: string[], edges: LayoutEdge[], iterations = 300): Placement[] {
  const graph: LayoutGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (const key of keys) graph.addNode(key, { x: 0, y: 0, size: 1 });
  for (const [source, target, weight] of edges) graph.addDirectedEdge(keys[source], keys[target], { weight, size: 1 });
  applyLayout(graph, iterations);
  return keys.map((key) => {
    const { x, y, size } = graph.getNodeAttributes(key);
    return { x, y, size };
  });
}
