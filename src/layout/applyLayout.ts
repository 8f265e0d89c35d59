import forceAtlas2 from "graphology-layout-forceatlas2";
import { degreeCentrality } from "graphology-metrics/centrality/degree.js";
import type { ActorGraph } from "../types.js";

const MIN_SIZE = 4;
const MAX_SIZE = 18;

/** A position from the key alone, so the layout's start (and so its end) never depends on chance. */
function seededPosition(key: string, index: number, count: number): { x: number; y: number } {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  const angle = (2 * Math.PI * index) / Math.max(1, count);
  const radius = 100 * (0.5 + (hash % 1000) / 2000);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Places nodes with ForceAtlas2 from a seeded start, sizes them by degree centrality and edges by weight. */
export function applyLayout(graph: ActorGraph, iterations = 300): void {
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
    graph.setEdgeAttribute(key, "size", round(1 + Math.log2(attributes.weight)));
  });
}
