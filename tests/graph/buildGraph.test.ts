import { describe, expect, it } from "vitest";
import { articlesToGraph } from "../../src/pipeline.js";
import { KIND_COLORS } from "../../src/style/palette.js";

const articles = [
  { name: "b.txt", text: "Russia attacked Ukraine on Monday. Moscow attacked Kyiv again on Tuesday." },
  { name: "a.txt", text: "The Kremlin attacked Ukraine. Hungary condemned Russia." },
];

describe("building the graph", () => {
  const graph = articlesToGraph(articles, { layoutIterations: 50 });

  it("merges actors across documents and names, one edge per (source, relation, target)", () => {
    const attacks = graph.edges().filter((e) => graph.getEdgeAttribute(e, "relation") === "attacks");
    expect(attacks).toHaveLength(1);
    const edge = graph.getEdgeAttributes(attacks[0]);
    expect(edge.weight).toBe(3);
    expect(edge.weight).toBe(edge.evidence.length);
    expect(edge.evidence.map((e) => e.doc)).toEqual(["a.txt", "b.txt", "b.txt"]);
    expect(graph.getNodeAttribute("russia", "aliases")).toEqual(expect.arrayContaining(["Russia", "Moscow", "Kremlin"]));
    expect(graph.getNodeAttribute("russia", "documents")).toBe(2);
  });

  it("keeps several relations between the same two actors apart", () => {
    const more = articlesToGraph([{ name: "c.txt", text: "Russia attacked Ukraine. Russia also condemned Ukraine." }], { layoutIterations: 0 });
    expect(more.edges("russia", "ukraine").map((e) => more.getEdgeAttribute(e, "relation")).sort()).toEqual(["attacks", "condemns"]);
  });

  it("gives evidence offsets that slice the sentence out of the document", () => {
    expect(graph.size).toBeGreaterThan(1);
    graph.forEachEdge((_e, a) => {
      for (const e of a.evidence) {
        const text = articles.find((x) => x.name === e.doc)!.text;
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.text).toContain(e.trigger.split(" ")[0]);
      }
    });
  });

  it("colours nodes by kind and sizes them by centrality", () => {
    expect(graph.getNodeAttribute("russia", "color")).toBe(KIND_COLORS.state);
    expect(graph.getNodeAttribute("russia", "size")).toBeGreaterThan(graph.getNodeAttribute("hungary", "size"));
  });

  it("lays out the same input at the same positions", () => {
    const again = articlesToGraph(articles, { layoutIterations: 50 });
    graph.forEachNode((key, a) => expect([again.getNodeAttribute(key, "x"), again.getNodeAttribute(key, "y")]).toEqual([a.x, a.y]));
    expect(new Set(graph.mapNodes((_k, a) => `${a.x},${a.y}`)).size).toBe(graph.order);
  });
});
