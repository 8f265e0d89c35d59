import { describe, expect, it } from "vitest";
import type { BuildState } from "../../src/corpus/buildState.js";
import { addDocuments, addedSources, namesOf, personRenames } from "../../src/corpus/incremental.js";
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
});
