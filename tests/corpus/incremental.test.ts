import { describe, expect, it } from "vitest";
import { documentIndex, packConfidences, type BuildState, type PreviousBuild } from "../../src/corpus/buildState.js";
import { addDocuments, addedSources, namesOf, personRenames, reusableEdges } from "../../src/corpus/incremental.js";
import { tallyDocuments } from "../../src/graph/buildGraph.js";
import { dictionaryMatcher, extractArticle } from "../../src/pipeline.js";
import type { CorpusSource } from "../../src/read/corpus.js";

const extract = (name: string, text: string) => extractArticle({ name, text }, dictionaryMatcher());
const old = [extract("a.txt", "Foreign Minister Arlo Venn condemned Russia."), extract("b.txt", "Mr Venn condemned Iran.")];
const stateOf = (docs = old): BuildState => ({ salt: "s", sources: { "/a.txt": "1", "/b.txt": "1" }, feeds: {}, problems: [], ...namesOf(docs), tally: tallyDocuments(docs) });
const source = (path: string, stamp: string): CorpusSource => ({ path, name: path.slice(1), kind: "article", bytes: 1, stamp });

describe("adding documents to a build", () => {
  it("knows what merging does to each person", () => {
    expect(personRenames(namesOf(old).persons)).toEqual(new Map([["venn", "arlo_venn\0Arlo Venn"]]));
  });

  it("takes new source files only when every earlier one is there unchanged", () => {
    const state = stateOf();
    expect(addedSources(state, [source("/a.txt", "1"), source("/b.txt", "1"), source("/c.txt", "1")])?.map((s) => s.path)).toEqual(["/c.txt"]);
    expect(addedSources(state, [source("/a.txt", "1"), source("/b.txt", "2")])).toBeUndefined();
    expect(addedSources(state, [source("/a.txt", "1")])).toBeUndefined();
  });

  it("adds documents merged as a full build merges them", () => {
    const state = stateOf();
    expect(addDocuments(state, [extract("c.txt", "Mr Venn praised Turkey.")])).toBe(true);
    expect(state.tally.relations.has("arlo_venn|praises|turkey")).toBe(true);
  });

  it("refuses documents that change how earlier ones merge, or reuse a name", () => {
    const state = stateOf();
    expect(addDocuments(state, [extract("c.txt", "President Mirela Venn praised Turkey.")])).toBe(false);
    expect(addDocuments(state, [extract("a.txt", "Hungary praised Turkey.")])).toBe(false);
    expect(state.tally.documents).toEqual(["a.txt", "b.txt"]);
  });

  it("refuses documents that add to a saved relation it cannot restore, and changes nothing", () => {
    const state = stateOf([extract("a.txt", "Russia attacked Ukraine. Iran backed Hezbollah.")]);
    // As loaded: both relations saved, their parts left out; only one can be read back.
    for (const t of state.tally.relations.values()) [t.confidences, t.evidence] = [undefined, undefined];
    state.tally.restore = (key) => {
      if (key === "iran|backs|hezbollah") return { confidences: [["a.txt", 0.8]], evidence: [] };
      throw new SyntaxError("Unexpected end of JSON input");
    };
    const before = structuredClone({ ...state, tally: { ...state.tally, restore: undefined } });
    expect(addDocuments(state, [extract("c.txt", "Iran backed Hezbollah. Russia attacked Ukraine.")])).toBe(false);
    expect(state.tally.documents).toEqual(before.tally.documents);
    expect(state.tally.actors).toEqual(before.tally.actors);
    expect(state.tally.relations.get("russia|attacks|ukraine")).toEqual(before.tally.relations.get("russia|attacks|ukraine"));
    expect(state.tally.relations.get("iran|backs|hezbollah")?.sentences).toBe(1);
    expect(state.persons).toEqual(before.persons);
  });

  // A previous build as loaded: confidences saved as text, each edge's bytes a (made-up) slice.
  const previousOf = (docs: ReturnType<typeof extract>[]): PreviousBuild => {
    const state = stateOf(docs);
    const index = documentIndex(state.tally.documents);
    const savedConfidences = new Map([...state.tally.relations].map(([key, t]) => [key, packConfidences(t.confidences!, index)]));
    const stored = new Map([...state.tally.relations.keys()].map((key, i) => [key, { json: { fd: 0, start: i, end: i + 1 }, gexf: { fd: 1, start: i, end: i + 1 } }]));
    return { state: { ...state, savedConfidences }, stored, close: () => {} };
  };

  it("reuses the earlier bytes of relations no changed document states, only those", () => {
    const a = extract("a.txt", "Russia attacked Ukraine. Iran backed Hezbollah.");
    const previous = previousOf([a, extract("b.txt", "Hungary condemned Russia. Russia attacked Ukraine.")]);
    const state = stateOf([a, extract("b.txt", "Hungary condemned Russia.")]);
    const reused = reusableEdges(previous, state, (doc) => doc === "b.txt");
    expect([...reused.keys()]).toEqual(["iran|backs|hezbollah"]);
    expect(reused.get("iran|backs|hezbollah")).toBe(previous.stored.get("iran|backs|hezbollah"));
    expect([...state.tally.relations].filter(([, t]) => !t.evidence).map(([key]) => key)).toEqual(["iran|backs|hezbollah"]);
    // The same documents in another order still state it as before; a document gone changes it.
    expect([...reusableEdges(previous, stateOf([extract("b.txt", "Hungary condemned Russia. Russia attacked Ukraine."), a]), () => false).keys()].sort()).toEqual([...previous.stored.keys()].sort());
    expect([...reusableEdges(previous, stateOf([a]), () => false).keys()]).toEqual(["iran|backs|hezbollah"]);
  });

  it("reuses nothing when merging renames an earlier key otherwise", () => {
    const previous = previousOf(old);
    expect(reusableEdges(previous, stateOf(old), () => false).size).toBeGreaterThan(0);
    expect(reusableEdges(previous, stateOf([...old, extract("c.txt", "President Mirela Venn praised Turkey.")]), (doc) => doc === "c.txt").size).toBe(0);
  });
});
