import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/score.js";
import { normalizeName } from "../../src/query/names.js";
import type { GoldDocument } from "../../src/eval/types.js";
import type { ActorGraph } from "../../src/types.js";

function graphOf(edges: [string, string, string][]): ActorGraph {
  const graph = new Graph({ multi: true, type: "directed" }) as ActorGraph;
  const node = (label: string) => {
    if (!graph.hasNode(label)) graph.addNode(label, { label, kind: "state", aliases: [label], mentions: 1, documents: 1, x: 0, y: 0, size: 1, color: "#000" });
  };
  for (const [s, relation, t] of edges) {
    node(s);
    node(t);
    graph.addDirectedEdge(s, t, { relation: relation as "backs", weight: 1, confidence: 1, evidence: [{ doc: "a.txt", start: 0, end: 1, text: "x", trigger: "x" }], color: "#000", size: 1 });
  }
  return graph;
}

const gold: GoldDocument = {
  doc: "a.txt",
  actors: [
    { id: "ru", type: "state", names: ["Russia", "Moscow"] },
    { id: "sy", type: "government", names: ["the Syrian regime"] },
    { id: "ir", type: "state", names: ["Iran"] },
    { id: "tr", type: "state", names: ["Turkey"], required: false },
  ],
  relations: [
    { source: "ru", type: "backs", target: "sy" },
    { source: ["ru", "ir"], type: "attacks", target: "tr" },
    { source: "tr", type: "condemns", target: "ru", required: false },
  ],
};

describe("evaluate", () => {
  it("normalises names: case, punctuation and a leading 'the' are ignored", () => {
    expect(normalizeName("The Syrian Regime")).toBe(normalizeName("syrian-regime"));
  });

  it("counts matches, lists, optional relations and false positives", () => {
    const report = evaluate(graphOf([["Moscow", "backs", "Syrian regime"], ["Iran", "attacks", "Turkey"], ["Turkey", "condemns", "Russia"], ["Iran", "backs", "Turkey"]]), [gold]);
    expect(report.byRelation.backs).toMatchObject({ tp: 1, fp: 1, found: 1, required: 1 });
    expect(report.byRelation.attacks).toMatchObject({ tp: 1, fp: 0, found: 1, required: 1 });
    // The optional condemnation is neither a hit nor a false positive.
    expect(report.byRelation.condemns).toMatchObject({ tp: 0, fp: 0, required: 0 });
    expect(report.micro.precision).toBeCloseTo(2 / 3);
    expect(report.micro.recall).toBe(1);
  });

  it("misses required relations nobody predicted", () => {
    const report = evaluate(graphOf([["Iran", "attacks", "Turkey"]]), [gold]);
    expect(report.micro.recall).toBe(0.5);
    expect(report.documents[0].misses).toEqual(["ru backs sy"]);
  });
});
