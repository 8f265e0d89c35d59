import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import { ringIsolated } from "./ring.js";

const MIN_SIZE = 4;
const MAX_SIZE = 18;

/** What the layout reads and writes: positions and sizes of nodes, weights and sizes of edges. */
export type LayoutGraph = AbstractGraph<{ x: number; y: number; size: number }, { weight: number; size: number }>;

export interface Position {
  x: number;
  y: number;
}

/** A node's place and size. */
export interface Placement extends Position {
  size: number;
}

/** A relation as the layout sees it: source and target as indices into the node keys, and weight. */
export type WeightedEdge = [source: number, target: number, weight: number];

/** What the layout pulls on: one spring per pair of actors (indices, the lower first) with its strength. */
export type LayoutEdge = [a: number, b: number, strength: number];

/** A position from the key alone, so the layout's start (and so its end) never depends on chance. */
function seededPosition(key: string, index: number, count: number): Position {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  const angle = (2 * Math.PI * index) / Math.max(1, count);
  const radius = 100 * (0.5 + (hash % 1000) / 2000);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** An edge's drawn width from its weight. */
export const edgeSize = (weight: number): number => round(1 + Math.log2(weight));

/**
 * A pair's total weight rounded down to 1, 2, 3, 4, 6, 8, 12, 16…: within a factor of 1.5 of the total,
 * so a spring keeps its strength while a few more articles add to a relation that is already there, and
 * the picture an analyst knows stays where it was.
 */
export function springStrength(total: number): number {
  if (total < 2) return 1;
  const power = 2 ** Math.floor(Math.log2(total));
  return total >= 1.5 * power ? 1.5 * power : power;
}

/**
 * The springs the relations make: every relation between two actors, either way round, adds its weight
 * to one spring, whose strength is `springStrength` of the sum. Sorted by pair, so the layout's sums
 * run in one order.
 */
export function layoutEdges(count: number, edges: Iterable<WeightedEdge>): LayoutEdge[] {
  const totals = new Map<number, number>();
  for (const [source, target, weight] of edges) {
    if (source === target) continue;
    const pair = Math.min(source, target) * count + Math.max(source, target);
    totals.set(pair, (totals.get(pair) ?? 0) + weight);
  }
  return [...totals.keys()].sort((a, b) => a - b).map((pair): LayoutEdge => [Math.floor(pair / count), pair % count, springStrength(totals.get(pair)!)]);
}

/** What ForceAtlas2 runs over: the actors some spring joins (`nodes`, indices into all keys) and those springs between them. */
export interface ForceInput {
  nodes: number[];
  keys: string[];
  springs: LayoutEdge[];
}

/**
 * The connected part of the layout's input. Actors with no relation stay out of it: they end on a ring
 * anyway, their repulsion would only push the others about, and an actor named once more neither moves
 * the picture nor makes the layout run again.
 */
export function forceInput(keys: string[], springs: LayoutEdge[]): ForceInput {
  const at = new Map<number, number>();
  for (const [a, b] of springs) at.set(a, 0).set(b, 0);
  const nodes = [...at.keys()].sort((x, y) => x - y);
  nodes.forEach((node, i) => at.set(node, i));
  return { nodes, keys: nodes.map((node) => keys[node]!), springs: springs.map(([a, b, strength]): LayoutEdge => [at.get(a)!, at.get(b)!, strength]) };
}

/** ForceAtlas2 from a seeded start over the springs alone: positions in the order of `input.keys`. */
export function forcePositions({ keys, springs }: ForceInput, iterations = 300): Position[] {
  const graph = new Graph<Position & { size: number }, { weight: number }>({ type: "undirected", multi: false, allowSelfLoops: false });
  keys.forEach((key, index) => graph.addNode(key, { ...seededPosition(key, index, keys.length), size: 1 }));
  for (const [a, b, strength] of springs) graph.addUndirectedEdge(keys[a], keys[b], { weight: strength });
  if (keys.length > 1 && iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: keys.length > 500 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  return keys.map((key) => {
    const { x, y } = graph.getNodeAttributes(key);
    return { x: round(x), y: round(y) };
  });
}

/** Every actor's position: the connected ones' from ForceAtlas2, the rest on a ring around them (seeded when nothing is connected). */
export function withIsolated(keys: string[], input: ForceInput, forced: Position[]): Position[] {
  const positions = keys.map((key, index) => seededPosition(key, index, keys.length));
  const isolated = keys.map(() => true);
  input.nodes.forEach((node, i) => {
    positions[node] = { ...forced[i]! };
    isolated[node] = false;
  });
  ringIsolated(positions, isolated);
  return positions.map(({ x, y }) => ({ x: round(x), y: round(y) }));
}

/** The layout of every actor: ForceAtlas2 over the connected ones, a ring for the rest. */
export function layoutPositions(keys: string[], springs: LayoutEdge[], iterations = 300): Position[] {
  const input = forceInput(keys, springs);
  return withIsolated(keys, input, forcePositions(input, iterations));
}

/** Node sizes from degrees (relations in and out): the best connected actor is drawn largest. */
export function nodeSizes(degrees: number[]): number[] {
  const max = degrees.reduce((most, degree) => Math.max(most, degree), 0);
  return degrees.map((degree) => round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(max > 0 && degrees.length > 1 ? degree / max : 0)));
}

/** Places nodes with ForceAtlas2 (`layoutPositions`), sizes them by degree and edges by weight. */
export function applyLayout(graph: LayoutGraph, iterations = 300): void {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const edges = graph.mapEdges((_edge, attributes, source, target): WeightedEdge => [index.get(source)!, index.get(target)!, attributes.weight]);
  const positions = layoutPositions(keys, layoutEdges(keys.length, edges), iterations);
  const sizes = nodeSizes(keys.map((key) => graph.degree(key)));
  keys.forEach((key, i) => graph.mergeNodeAttributes(key, { ...positions[i], size: sizes[i] }));
  graph.forEachEdge((key, attributes) => {
    graph.setEdgeAttribute(key, "size", edgeSize(attributes.weight));
  });
}
