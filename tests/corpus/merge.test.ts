import { describe, expect, it } from "vitest";
import { mergeAcrossDocuments } from "../../src/corpus/merge.js";
import type { DocumentExtraction } from "../../src/extract/document.js";
import { articlesToGraph } from "../../src/pipeline.js";

describe("actors across documents", () => {
  it("are one node whatever name, alias or seat of power each document uses", () => {
    const graph = articlesToGraph(
      [
        { name: "a.txt", text: "Russia attacked Ukraine on Monday.", date: "2024-01-03" },
        { name: "b.txt", text: "Moscow attacked Kyiv again.", date: "2024-01-01" },
        { name: "c.txt", text: "The Russian Federation attacked Ukraine.", date: "2024-01-02" },
      ],
      { layoutIterations: 0 },
    );
    expect(graph.nodes().sort()).toEqual(["russia", "ukraine"]);
    expect(graph.getNodeAttributes("russia")).toMatchObject({ label: "Russia", documents: 3, aliases: ["Moscow", "Russia", "Russian Federation"] });
    const edge = graph.getEdgeAttributes("russia|attacks|ukraine");
    expect(edge.evidence.map((e) => e.doc)).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect([edge.firstSeen, edge.lastSeen]).toEqual(["2024-01-01", "2024-01-03"]);
  });

  const doc = (name: string, actors: [string, string][], relations: [string, string][] = []): DocumentExtraction => ({
    doc: name,
    actors: actors.map(([key, label]) => ({ key, label, kind: "person", aliases: [label], mentions: 1 })),
    relations: relations.map(([source, target]) => ({ source, target, relation: "condemns", confidence: 0.8, evidence: { doc: name, start: 0, end: 1, text: "x", trigger: "condemned" } })),
  });

  it("join a one-word name to the corpus's one full name ending in it, as within a document", () => {
    const merged = mergeAcrossDocuments([
      doc("a", [["donald_trump", "Donald Trump"]]),
      doc("b", [["trump", "Trump"], ["al_jolani", "al-Jolani"]], [["trump", "al_jolani"]]),
      doc("c", [["abu_mohammed_al_jolani", "Abu Mohammed al-Jolani"]]),
    ]);
    expect(merged[1].actors.map((a) => [a.key, a.label, a.aliases])).toEqual([
      ["donald_trump", "Donald Trump", ["Trump"]],
      ["abu_mohammed_al_jolani", "Abu Mohammed al-Jolani", ["al-Jolani"]],
    ]);
    expect(merged[1].relations.map((r) => `${r.source} ${r.target}`)).toEqual(["donald_trump abu_mohammed_al_jolani"]);
  });

  it("leave a name alone when two full names end in it, and do not depend on document order", () => {
    const docs = [doc("a", [["joe_biden", "Joe Biden"]]), doc("b", [["hunter_biden", "Hunter Biden"]]), doc("c", [["biden", "Biden"]])];
    expect(mergeAcrossDocuments(docs)).toBe(docs);
    const two = [doc("a", [["donald_trump", "Donald Trump"]]), doc("b", [["trump", "Trump"], ["donald_trump", "Donald Trump"]])];
    const forward = mergeAcrossDocuments(two);
    const backward = mergeAcrossDocuments([...two].reverse()).reverse();
    expect(forward).toEqual(backward);
    expect(forward[1].actors).toEqual([{ key: "donald_trump", label: "Donald Trump", kind: "person", aliases: ["Donald Trump", "Trump"], mentions: 2 }]);
  });
});
