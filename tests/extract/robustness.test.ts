import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articlesToGraph } from "../../src/pipeline.js";
import { decodeArticle } from "../../src/read/corpus.js";
import type { ActorGraph } from "../../src/types.js";
import { RELATION_TYPES } from "../../src/vocabulary/relations.js";

const NEWS_WORDS = ["Russia", "attacked", "the", "Kremlin", "Hamas", "condemned", "Israel", ",", ".", "“", "backed", "by", "Iran", "did", "not", "HTS", "chief", "Abu", "al-", "regime", "its", "allies", "'s", "<b>", "&amp;", "\u0000", "\u202e", "🙂", "\n\n", "President", "said"];

function wellFormed(graph: ActorGraph, text: string): void {
  graph.forEachNode((_key, a) => {
    expect(typeof a.label).toBe("string");
    expect(Array.isArray(a.aliases)).toBe(true);
    expect(Number.isFinite(a.x) && Number.isFinite(a.y) && Number.isFinite(a.size)).toBe(true);
  });
  graph.forEachEdge((_key, a, source, target) => {
    expect(source).not.toBe(target);
    expect(RELATION_TYPES).toContain(a.relation);
    expect(a.weight).toBe(a.evidence.length);
    for (const e of a.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
}

const run = (text: string) => {
  const graph = articlesToGraph([{ name: "fuzz.txt", text }], { layoutIterations: 5 });
  wellFormed(graph, text);
};

describe("the extractor never throws, never hangs and returns a well-formed graph", () => {
  it("on random unicode and control characters", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), run), { numRuns: 1500 });
  });

  it("on news-like word salad, HTML fragments and sentences without punctuation", () => {
    const salad = fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 120 }).map((words) => words.join(" "));
    fc.assert(fc.property(salad, run), { numRuns: 1500 });
  });

  it("on a 100,000-character token and a 1 MB sentence without punctuation", () => {
    run("x".repeat(100_000));
    run("Russia attacked Ukraine and ".repeat(40_000));
  });

  it("on long runs of punctuation, in linear time", () => {
    run(".".repeat(100_000));
    run(`${"!?".repeat(40_000)}${")".repeat(40_000)} Russia attacked Ukraine.`);
  });

  it("on words that name built-in object properties", () => {
    // Word lists are Maps: "the constructor" once found Object.prototype.constructor and crashed coreference.
    const text = "The constructor said the group attacked Idlib. Russia condemned the toString and the __proto__ Ministry. The hasOwnProperty valueOf Council met.";
    run(text);
    const graph = articlesToGraph([{ name: "props.txt", text }], { layoutIterations: 0 });
    expect(graph.filterNodes((_key, a) => /constructor|toString|proto|hasOwnProperty|valueOf/.test(a.label))).toEqual([]);
  });
  it("reads hostile HTML and Markdown in linear time", () => {
    for (const html of ["<a ".repeat(100_000), "<!--".repeat(100_000), "<script>".repeat(50_000), "<p>Russia attacked Ukraine.</p><script>x"]) {
      const article = decodeArticle("page.html", new TextEncoder().encode(`<p>Kyiv.</p>${html}`));
      run(article.text);
    }
    run(decodeArticle("note.md", new TextEncoder().encode(`# Title\n\n${"[x](".repeat(100_000)}`)).text);
  });
});
