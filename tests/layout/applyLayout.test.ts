import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutInput, placements } from "../../src/graph/tallyDocument.js";
import { tallyDocuments } from "../../src/graph/buildGraph.js";
import { forceInput, layoutEdges, layoutPositions, nodeSizes, springStrength } from "../../src/layout/applyLayout.js";
import { layoutKey, memoisedLayout } from "../../src/layout/memo.js";
import { articlesToGraph, dictionaryMatcher, extractArticle } from "../../src/pipeline.js";
import { tempDir } from "../helpers/cli.js";
import { buildCorpus } from "../helpers/corpus.js";

const articles = [
  { name: "a.txt", text: "Russia attacked Ukraine. Hungary condemned Russia. Turkey mediated between Russia and Ukraine." },
  { name: "b.txt", text: "Iran backed Hezbollah. Israel attacked Hezbollah. Russia attacked Ukraine again." },
];

describe("laying out what the layout reads", () => {
  const graph = articlesToGraph(articles, { layoutIterations: 40 });
  const tally = tallyDocuments(articles.map((a) => extractArticle(a, dictionaryMatcher())));
  const { keys, springs, degrees } = layoutInput(tally);

  it("places nodes exactly where the whole graph's layout puts them", () => {
    expect(keys).toEqual(graph.nodes());
    expect(placements(layoutPositions(keys, springs, 40), degrees)).toEqual(graph.mapNodes((_key, a) => ({ x: a.x, y: a.y, size: a.size })));
  });

  it("reuses a memo only for the same input", () => {
    const input = forceInput(keys, springs);
    const memo = { key: layoutKey(input.keys, input.springs, 40), positions: input.keys.map(() => ({ x: 1, y: 2 })) };
    expect(memoisedLayout(keys, springs, 40, memo).memo).toBe(memo);
    const stronger = springs.map(([a, b, s], i): [number, number, number] => [a, b, i === 0 ? s * 2 : s]);
    expect(memoisedLayout(keys, stronger, 40, memo).memo.positions).not.toEqual(memo.positions);
    expect(memoisedLayout(keys, springs, 41, memo).memo.key).not.toBe(memo.key);
  });

  it("gives the same positions from a memo as without one", () => {
    const { memo } = memoisedLayout(keys, springs, 40);
    expect(memoisedLayout(keys, springs, 40, memo).positions).toEqual(layoutPositions(keys, springs, 40));
  });
});

describe("actors with no relation", () => {
  const keys = ["a", "b", "c", "d", "lone1", "lone2", "lone3"];
  const springs: [number, number, number][] = [[0, 1, 1], [1, 2, 2], [2, 3, 1], [0, 3, 1]];

  it("go on a ring just around the rest, not wherever the repulsion threw them", () => {
    const positions = layoutPositions(keys, springs, 300);
    const core = positions.slice(0, 4);
    const [cx, cy] = [core.reduce((s, p) => s + p.x, 0) / 4, core.reduce((s, p) => s + p.y, 0) / 4];
    const reach = Math.max(...core.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    for (const p of positions.slice(4)) expect(Math.hypot(p.x - cx, p.y - cy)).toBeCloseTo(1.15 * reach, 1);
    // Spread round the ring, each in its own place.
    expect(new Set(positions.slice(4).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(3);
  });

  it("neither push the connected actors about nor make the layout run again", () => {
    const alone = layoutPositions(keys.slice(0, 4), springs, 300);
    expect(layoutPositions(keys, springs, 300).slice(0, 4)).toEqual(alone);
    // One more unconnected actor, listed first: the others' indices shift, ForceAtlas2's input does not.
    const more = ["lone0", ...keys];
    const shifted = springs.map(([a, b, s]): [number, number, number] => [a + 1, b + 1, s]);
    const { memo } = memoisedLayout(keys, springs, 300);
    const again = memoisedLayout(more, shifted, 300, memo);
    expect(again.memo).toBe(memo);
    expect(again.positions.slice(1, 5)).toEqual(alone);
  });

  it("are spread out when no actor is connected", () => {
    const positions = layoutPositions(["a", "b", "c"], [], 300);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });
});

describe("node sizes", () => {
  it("grow with degree, for graphs of any size", () => {
    const degrees = Array.from({ length: 300_000 }, (_, i) => (i === 7 ? 9 : 1));
    const sizes = nodeSizes(degrees);
    expect(sizes[7]).toBe(18);
    expect(sizes[0]).toBeGreaterThan(4);
    expect(sizes[0]).toBeLessThan(sizes[7]!);
  });
});

describe("springs", () => {
  it("round a pair's total weight down to 1, 2, 3, 4, 6, 8, 12, 16…", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 23, 24, 100].map(springStrength)).toEqual([1, 2, 3, 4, 4, 6, 6, 8, 8, 12, 16, 24, 96]);
  });

  it("join every relation between two actors, either way round, into one spring; none from an actor to itself", () => {
    expect(layoutEdges(3, [[2, 0, 1], [0, 2, 2], [0, 2, 1], [1, 0, 1], [1, 1, 5]])).toEqual([[0, 1, 1], [0, 2, 4]]);
  });

  it("keep every actor in place while new articles only strengthen a relation within its step", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    const write = (name: string, text: string) => writeFileSync(join(dir, "in", name), text);
    write("other.txt", "Iran backed Hezbollah. Israel attacked Hezbollah. Turkey condemned Israel.");
    for (const n of [1, 2, 3, 4]) write(`war-${n}.txt`, "Russia attacked Ukraine.");
    const positions = () => {
      buildCorpus([join(dir, "in"), "--out", join(dir, "out"), "-q"]);
      return JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")).nodes.map((n: { attributes: { x: number; y: number } }) => [n.attributes.x, n.attributes.y]);
    };
    const four = positions();
    write("war-5.txt", "Russia attacked Ukraine.");
    expect(positions()).toEqual(four);
    write("war-6.txt", "Russia attacked Ukraine.");
    expect(positions()).not.toEqual(four);
  });
});
