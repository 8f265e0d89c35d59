import { describe, expect, it } from "vitest";
import { layoutInput } from "../../src/graph/tallyDocument.js";
import { tallyDocuments } from "../../src/graph/buildGraph.js";
import { layoutPlacements } from "../../src/layout/applyLayout.js";
import { layoutKey, memoisedLayout } from "../../src/layout/memo.js";
import { articlesToGraph, dictionaryMatcher, extractArticle } from "../../src/pipeline.js";

const articles = [
  { name: "a.txt", text: "Russia attacked Ukraine. Hungary condemned Russia. Turkey mediated between Russia and Ukraine." },
  { name: "b.txt", text: "Iran backed Hezbollah. Israel attacked Hezbollah. Russia attacked Ukraine again." },
];

describe("laying out what the layout reads", () => {
  const graph = articlesToGraph(articles, { layoutIterations: 40 });
  const { keys, edges } = layoutInput(tallyDocuments(articles.map((a) => extractArticle(a, dictionaryMatcher()))));

  it("places nodes exactly where the whole graph's layout puts them", () => {
    expect(keys).toEqual(graph.nodes());
    expect(layoutPlacements(keys, edges, 40)).toEqual(graph.mapNodes((_key, a) => ({ x: a.x, y: a.y, size: a.size })));
  });

  it("reuses a memo only for the same input", () => {
    const memo = { key: layoutKey(keys, edges, 40), placements: keys.map(() => ({ x: 1, y: 2, size: 3 })) };
    expect(memoisedLayout(keys, edges, 40, memo)).toBe(memo);
    const heavier = edges.map(([s, t, w], i): [number, number, number] => [s, t, i === 0 ? w + 1 : w]);
    expect(memoisedLayout(keys, heavier, 40, memo).placements).not.toEqual(memo.placements);
    expect(memoisedLayout(keys, edges, 41, memo).key).not.toBe(memo.key);
  });
});
