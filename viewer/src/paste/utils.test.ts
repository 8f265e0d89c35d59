import { describe, expect, it } from "vitest";
import { newActorGraph } from "../loading/utils.js";
import { fixtureGraph } from "../test/fixtures.js";
import { articleName, mergeGraph } from "./utils.js";

function extracted() {
  const g = newActorGraph({ documents: ["new.txt"] });
  const node = (key: string, label: string, kind: "state" | "armed_group", aliases: string[] = [label]) =>
    g.addNode(key, { label, kind, aliases, mentions: 1, documents: 1, x: 0, y: 0, size: 5, color: "#000" });
  node("russia", "Russia", "state", ["Russia", "Russian Federation"]);
  node("assad_regime", "Assad regime", "state");
  node("wagner", "Wagner Group", "armed_group");
  const evidence = (text: string, trigger: string) => [{ doc: "new.txt", start: 0, end: text.length, text, trigger }];
  g.addDirectedEdgeWithKey("russia->assad_regime:backs", "russia", "assad_regime", {
    relation: "backs", weight: 1, confidence: 0.7, evidence: evidence("Russia backs Damascus.", "backs"), color: "#000", size: 1,
  });
  g.addDirectedEdgeWithKey("wagner->russia:backs", "wagner", "russia", {
    relation: "backs", weight: 1, confidence: 0.6, evidence: evidence("Wagner backed Moscow.", "backed"), color: "#000", size: 1,
  });
  return g;
}

describe("mergeGraph", () => {
  it("adds new actors and relations and strengthens existing ones", () => {
    const graph = fixtureGraph();
    const report = mergeGraph(graph, extracted());
    expect(report.addedNodes).toEqual(["wagner"]);
    expect(report.addedEdges).toEqual(["wagner->russia:backs"]);
    expect(report.strengthenedEdges).toEqual(["russia->assad_regime:backs"]);
    expect(report.mentionedNodes.sort()).toEqual(["assad_regime", "russia"]);
    const backs = graph.getEdgeAttributes("russia->assad_regime:backs");
    expect(backs.weight).toBe(2);
    expect(backs.evidence.map((e) => e.doc)).toEqual(["idlib.txt", "new.txt"]);
    expect(graph.getNodeAttribute("russia", "aliases")).toContain("Russian Federation");
    expect(graph.getNodeAttribute("russia", "kind")).toBe("state");
    expect(graph.getAttribute("documents")).toEqual(["idlib.txt", "new.txt"]);
  });

  it("does not add the same evidence twice", () => {
    const graph = fixtureGraph();
    mergeGraph(graph, extracted());
    mergeGraph(graph, extracted());
    expect(graph.getEdgeAttribute("russia->assad_regime:backs", "evidence")).toHaveLength(2);
  });

  it("places a new actor next to the actors it relates to, the same way each time", () => {
    const a = fixtureGraph();
    const b = fixtureGraph();
    mergeGraph(a, extracted());
    mergeGraph(b, extracted());
    const wagner = a.getNodeAttributes("wagner");
    const russia = a.getNodeAttributes("russia");
    expect(Math.hypot(wagner.x - russia.x, wagner.y - russia.y)).toBeLessThan(2);
    expect(b.getNodeAttributes("wagner")).toMatchObject({ x: wagner.x, y: wagner.y });
  });

  it("fills an empty graph", () => {
    const graph = newActorGraph();
    const report = mergeGraph(graph, extracted());
    expect(report.addedNodes.sort()).toEqual(["assad_regime", "russia", "wagner"]);
    expect(graph.size).toBe(2);
  });
});

describe("articleName", () => {
  it("uses the title, else the first words", () => {
    expect(articleName("Some long article text that goes on and on", " My title ", 1)).toBe("My title");
    expect(articleName("Some long article text that goes on and on", "", 1)).toBe("Some long article text that goes");
    expect(articleName("  ", "", 3)).toBe("Pasted article 3");
  });
});
