import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../test/fixtures.js";
import { DEFAULT_FILTERS } from "./state.js";
import type { FilterState } from "./types.js";
import { computeVisibility, summarize, toggled } from "./utils.js";

const graph = fixtureGraph();
const filters = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe("computeVisibility", () => {
  it("shows everything by default", () => {
    const v = computeVisibility(graph, DEFAULT_FILTERS, null);
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
  });

  it("hides a relation type but keeps its actors", () => {
    const v = computeVisibility(graph, filters({ hiddenRelations: new Set(["attacks"]) }), null);
    expect([...v.edges].some((e) => graph.getEdgeAttribute(e, "relation") === "attacks")).toBe(false);
    expect(v.edges.size).toBe(graph.size - 4);
    expect(v.nodes.has("hts")).toBe(true);
  });

  it("hides a kind together with its relations", () => {
    const v = computeVisibility(graph, filters({ hiddenKinds: new Set(["person"]) }), null);
    expect(v.nodes.has("donald_trump")).toBe(false);
    expect([...v.edges].some((e) => graph.source(e) === "donald_trump")).toBe(false);
  });

  it("applies the minimum weight", () => {
    const v = computeVisibility(graph, filters({ minWeight: 2 }), null);
    expect([...v.edges].every((e) => graph.getEdgeAttribute(e, "weight") >= 2)).toBe(true);
    expect(v.edges.size).toBe(2);
  });

  it("cuts down to the selected actor and its neighbours", () => {
    const v = computeVisibility(graph, filters({ neighbourhoodOnly: true }), "turkey");
    expect([...v.nodes].sort()).toEqual(["assad_regime", "donald_trump", "ibrahim_kalin", "russia", "turkey"]);
    // Relations among the neighbours stay (Trump condemns Russia).
    expect(v.edges.has("donald_trump->russia:condemns")).toBe(true);
    expect(v.edges.has("russia->idlib:attacks")).toBe(false);
  });

  it("ignores neighbourhood-only without a visible selection", () => {
    expect(computeVisibility(graph, filters({ neighbourhoodOnly: true }), null).nodes.size).toBe(graph.order);
    const hidden = filters({ neighbourhoodOnly: true, hiddenKinds: new Set(["state"]) });
    expect(computeVisibility(graph, hidden, "turkey").nodes.size).toBe(graph.order - 3);
  });
});

describe("summarize", () => {
  it("counts relation types and kinds present", () => {
    const s = summarize(graph);
    expect(s.relations.get("attacks")).toBe(4);
    expect(s.kinds.get("person")).toBe(4);
    expect(s.relations.has("member_of")).toBe(false);
    expect(s.maxWeight).toBe(3);
  });
});

describe("toggled", () => {
  it("returns a new set", () => {
    const a = new Set(["x"]);
    expect([...toggled(a, "y", true)]).toEqual(["x", "y"]);
    expect([...toggled(a, "x", false)]).toEqual([]);
    expect([...a]).toEqual(["x"]);
  });
});
