import { describe, expect, it } from "vitest";
import { computeVisibility } from "../filters/utils.js";
import { DEFAULT_FILTERS } from "../filters/state.js";
import { fixtureGraph } from "../test/fixtures.js";
import { FOCUS_LABEL_LIMIT, changedItems, complement, computeFocus, computeRenderSets, diffSets, edgeCurvature, neighbourhood, reduceEdge, reduceNode } from "./utils.js";

const graph = fixtureGraph();
const visibility = computeVisibility(graph, DEFAULT_FILTERS, null);

describe("focus", () => {
  it("is the hovered actor's neighbourhood, else the selection's", () => {
    const hovered = computeFocus(graph, visibility, { type: "node", id: "iran" }, "turkey");
    expect([...hovered!.nodes].sort()).toEqual(["assad_regime", "donald_trump", "ibrahim_kalin", "russia", "turkey"]);
    const selected = computeFocus(graph, visibility, { type: "node", id: "iran" }, null);
    expect([...selected!.nodes].sort()).toEqual(["donald_trump", "iran"]);
    expect(computeFocus(graph, visibility, null, null)).toBeNull();
  });

  it("is a relation's two ends when a relation is selected", () => {
    const focus = computeFocus(graph, visibility, { type: "edge", id: "russia->assad_regime:backs" }, null);
    expect([...focus!.nodes].sort()).toEqual(["assad_regime", "russia"]);
    expect([...focus!.edges]).toEqual(["russia->assad_regime:backs"]);
  });

  it("ignores relations that are filtered out and hidden actors", () => {
    const noAttacks = computeVisibility(graph, { ...DEFAULT_FILTERS, hiddenRelations: new Set(["attacks"]) }, null);
    expect(neighbourhood(graph, "hts", noAttacks.edges).nodes.has("russia")).toBe(false);
    const noStates = computeVisibility(graph, { ...DEFAULT_FILTERS, hiddenKinds: new Set(["state"]) }, null);
    expect(computeFocus(graph, noStates, { type: "node", id: "russia" }, null)).toBeNull();
  });

  it("forces labels only for small neighbourhoods", () => {
    expect(FOCUS_LABEL_LIMIT).toBeGreaterThan(5);
    expect(neighbourhood(graph, "russia", visibility.edges).labelled.size).toBe(neighbourhood(graph, "russia", visibility.edges).nodes.size);
  });
});

describe("render sets", () => {
  it("marks the selection, what is new, and dims when something is highlighted", () => {
    const focus = computeFocus(graph, visibility, { type: "node", id: "russia" }, null);
    const sets = computeRenderSets({
      hiddenNodes: new Set(),
      hiddenEdges: new Set(),
      focus,
      selection: { type: "node", id: "russia" },
      freshNodes: new Set(["afp"]),
      freshEdges: new Set(),
    });
    expect(sets.dimmed).toBe(true);
    expect([...sets.selectedNodes]).toEqual(["russia"]);
    expect(sets.labelledNodes.has("afp")).toBe(true);
    expect(sets.focusEdges.has("russia->assad_regime:backs")).toBe(true);
  });

  it("diffs sets so that only changed items are touched", () => {
    const a = new Set(["x", "y"]);
    expect(diffSets(a, a)).toEqual({ added: [], removed: [] });
    expect(diffSets(a, new Set(["y", "z"]))).toEqual({ added: ["z"], removed: ["x"] });
    expect([...complement(["a", "b", "c"], new Set(["b"]))]).toEqual(["a", "c"]);
  });
});

describe("reducers", () => {
  const base = computeRenderSets({ hiddenNodes: new Set(), hiddenEdges: new Set(), focus: null, selection: null, freshNodes: new Set(), freshEdges: new Set() });

  it("hide what the filters hide and highlight the focus", () => {
    const focus = computeFocus(graph, visibility, { type: "node", id: "iran" }, null);
    const sets = { ...base, hiddenNodes: new Set(["afp"]), focusNodes: focus!.nodes, labelledNodes: focus!.labelled, selectedNodes: new Set(["iran"]) };
    expect(reduceNode(sets, "afp", graph.getNodeAttributes("afp"))).toMatchObject({ hidden: true, highlighted: false, forceLabel: false });
    expect(reduceNode(sets, "iran", graph.getNodeAttributes("iran"))).toMatchObject({ hidden: false, highlighted: true, selected: true, label: "Iran" });
    // The rest of the neighbourhood is drawn by the focus layer, not by sigma: hovering repaints nothing.
    expect(reduceNode(sets, "donald_trump", graph.getNodeAttributes("donald_trump"))).toMatchObject({ highlighted: false, forceLabel: false, selected: false });
    expect(reduceNode({ ...sets, freshNodes: new Set(["russia"]) }, "russia", graph.getNodeAttributes("russia"))).toMatchObject({ fresh: true, forceLabel: true });
  });

  it("curve relations that share a pair of actors, straight otherwise", () => {
    const straight = reduceEdge(base, "e", { ...graph.getEdgeAttributes("russia->assad_regime:backs"), parallelIndex: null, parallelMaxIndex: null });
    expect(straight).toMatchObject({ type: "straight", hidden: false, label: null });
    const curved = reduceEdge(base, "e", { ...graph.getEdgeAttributes("russia->hts:attacks"), parallelIndex: 1, parallelMaxIndex: 1 });
    expect(curved.type).toBe("curved");
    expect(curved.curvature).toBeGreaterThan(0);
    expect(edgeCurvature(-1, 1)).toBeCloseTo(-edgeCurvature(1, 1)!);
    expect(edgeCurvature(2, 2)!).toBeGreaterThan(edgeCurvature(1, 1)!);
    expect(edgeCurvature(null, null)).toBeNull();
  });

  it("list only the items sigma must repaint", () => {
    const focus = computeFocus(graph, visibility, { type: "node", id: "iran" }, null)!;
    const hovered = { ...base, focusNodes: focus.nodes, labelledNodes: focus.labelled, dimmed: true };
    expect(changedItems(base, hovered)).toEqual({ hiddenChanged: false, nodes: [], edges: [] });
    const selected = { ...hovered, selectedNodes: new Set(["iran"]), selectedEdges: new Set(["donald_trump->iran:condemns"]) };
    expect(changedItems(hovered, selected)).toEqual({ hiddenChanged: false, nodes: ["iran"], edges: ["donald_trump->iran:condemns"] });
    expect(changedItems(hovered, { ...hovered, hiddenNodes: new Set(["afp"]) }).hiddenChanged).toBe(true);
  });
});
