// A deterministic synthetic actor graph of any size, for streaming and speed tests.
import Graph from "graphology";
import { KIND_COLORS, RELATION_COLORS } from "../../src/style/palette.js";
import type { ActorAttributes, ActorGraph, ActorKind, GraphAttributes, RelationAttributes, RelationType } from "../../src/types.js";

/** mulberry32: a tiny seeded PRNG, so every run builds the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = Object.keys(KIND_COLORS) as ActorKind[];
const RELATIONS = Object.keys(RELATION_COLORS) as RelationType[];

export function syntheticGraph(actors: number, relations: number, seed = 1): ActorGraph {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const GraphClass = Graph as unknown as new (options: object) => ActorGraph;
  const graph = new GraphClass({ type: "directed", multi: true });
  graph.replaceAttributes({ name: "synthetic", creator: "test", description: "synthetic", documents: ["a.txt"], date: "2020-01-01" } satisfies GraphAttributes);
  for (let i = 0; i < actors; i++) {
    const kind = pick(KINDS);
    graph.addNode(`actor_${i}`, {
      label: `Actor ${i} & Co`,
      kind,
      aliases: [`A${i}`, `"Alias" ${i}`],
      mentions: 1 + Math.floor(next() * 50),
      documents: 1,
      x: (next() - 0.5) * 1000,
      y: (next() - 0.5) * 1000,
      size: 1 + next() * 20,
      color: KIND_COLORS[kind],
    } satisfies ActorAttributes);
  }
  for (let i = 0; i < relations; i++) {
    const relation = pick(RELATIONS);
    graph.addDirectedEdgeWithKey(`rel_${i}`, `actor_${Math.floor(next() * actors)}`, `actor_${Math.floor(next() * actors)}`, {
      relation,
      weight: 1 + Math.floor(next() * 5),
      confidence: Math.round(next() * 1000) / 1000,
      evidence: [{ doc: "a.txt", start: i, end: i + 60, text: `Sentence ${i} says <who> did "what" to whom.`, trigger: "did" }],
      color: RELATION_COLORS[relation],
      size: 1,
    } satisfies RelationAttributes);
  }
  return graph;
}
