import { describe, expect, it } from "vitest";
import { buildGraph, tallyDocuments } from "../../src/graph/buildGraph.js";
import { addDocument } from "../../src/graph/tally.js";
import { toJson } from "../../src/export/json.js";
import { dictionaryMatcher, extractArticle } from "../../src/pipeline.js";

const docs = [
  { name: "c.txt", text: "Russia attacked Ukraine. President Vladimir Putin praised the army.", date: "2024-01-03" },
  { name: "a.txt", text: "The Kremlin attacked Ukraine. Hungary condemned Russia.", date: "2024-01-01" },
  { name: "b.txt", text: "Moscow attacked Kyiv again. Iran backed Hezbollah." },
].map((a) => extractArticle(a, dictionaryMatcher()));

describe("the tally", () => {
  it("gives the same graph whatever order the documents come in", () => {
    const first = toJson(buildGraph(docs));
    for (const order of [[1, 0, 2], [2, 1, 0], [0, 2, 1]]) expect(toJson(buildGraph(order.map((i) => docs[i])))).toBe(first);
  });

  it("restores a stored relation's confidences and evidence when a new document adds to it, and only then", () => {
    const tally = tallyDocuments(docs.slice(0, 2));
    const restored: string[] = [];
    const stored = new Map([...tally.relations].map(([key, t]) => [key, { confidences: t.confidences!, evidence: t.evidence! }]));
    for (const t of tally.relations.values()) delete t.evidence, delete t.confidences;
    tally.restore = (key) => (restored.push(key), stored.get(key)!);
    addDocument(tally, docs[2]);
    expect(restored).toEqual(["russia|attacks|ukraine"]);
    const t = tally.relations.get("russia|attacks|ukraine")!;
    expect([t.sentences, t.evidence!.length, t.confidences!.map((group) => group[0])]).toEqual([3, 3, ["c.txt", "a.txt", "b.txt"]]);
  });
});
