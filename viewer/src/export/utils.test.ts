import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../filters/state.js";
import { computeVisibility } from "../filters/utils.js";
import { fixtureGraph } from "../test/fixtures.js";
import { graphToGexf } from "./gexf.js";
import { exportFileName, visibleSubgraph } from "./utils.js";

describe("visibleSubgraph", () => {
  it("copies only what is on screen, leaving the original alone", () => {
    const graph = fixtureGraph();
    const visibility = computeVisibility(graph, { ...DEFAULT_FILTERS, hiddenRelations: new Set(["attacks"]), hiddenKinds: new Set(["media"]) }, null);
    const sub = visibleSubgraph(graph, visibility);
    expect(sub.order).toBe(graph.order - 1);
    expect(sub.size).toBe(graph.size - 4);
    expect(sub.someEdge((_e, a) => a.relation === "attacks")).toBe(false);
    sub.setNodeAttribute("russia", "label", "changed");
    expect(graph.getNodeAttribute("russia", "label")).toBe("Russia");
  });

  it("exports as GEXF 1.3 with the visible actors", () => {
    const graph = fixtureGraph();
    const gexf = graphToGexf(visibleSubgraph(graph, computeVisibility(graph, { ...DEFAULT_FILTERS, hiddenKinds: new Set(["person"]) }, null)));
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('label="Russia"');
    expect(gexf).not.toContain("Donald Trump");
  });
});

describe("exportFileName", () => {
  it("is a safe, dated name", () => {
    expect(exportFileName("Idlib (hand-written) <x>", "gexf", new Date("2024-05-01T10:00:00Z"))).toBe("idlib-hand-written-x-view-2024-05-01.gexf");
    expect(exportFileName("", "png", new Date("2024-05-01T10:00:00Z"))).toBe("actorgraph-view-2024-05-01.png");
  });
});
