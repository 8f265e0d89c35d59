import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { KIND_COLORS, RELATION_COLORS } from "../../../src/style/palette.js";
import { graphToGexf } from "../export/gexf.js";
import { fixtureGraph, fixtureText } from "../test/fixtures.js";
import { GraphLoadError } from "./types.js";
import { applyCentralitySizes, fromSerialized, parseGraphText } from "./utils.js";

const loadError = (fn: () => unknown): GraphLoadError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphLoadError) return error;
    throw error;
  }
  throw new Error("expected a GraphLoadError");
};

describe("parseGraphText", () => {
  it("reads graph.json into a directed multigraph coloured by kind and relation", () => {
    const { graph, warnings } = parseGraphText(fixtureText(), "idlib-fixture.json");
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(13);
    expect(graph.size).toBe(19);
    expect(graph.multi).toBe(true);
    expect(graph.getNodeAttributes("russia")).toMatchObject({ label: "Russia", kind: "state", color: KIND_COLORS.state });
    expect(graph.getNodeAttribute("russia", "aliases")).toContain("Moscow");
    const backs = graph.getEdgeAttributes("russia->assad_regime:backs");
    expect(backs.color).toBe(RELATION_COLORS.backs);
    expect(backs.evidence[0]).toMatchObject({ doc: "idlib.txt", trigger: "Backed by" });
  });

  it("names the problem when the file is not JSON, empty, or not a graph", () => {
    expect(loadError(() => parseGraphText('{"nodes": [', "bad.json")).title).toBe("The graph file is not valid JSON");
    expect(loadError(() => parseGraphText("  \n", "blank.json")).title).toBe("The graph file is empty");
    expect(loadError(() => parseGraphText('{"actors": []}', "odd.json")).title).toBe("This is not an actor graph");
    expect(loadError(() => parseGraphText("[1, 2]", "list.json")).detail).toContain('no "nodes" list');
  });

  it("repairs what it can and reports what it skipped", () => {
    const { graph, warnings } = fromSerialized(
      {
        nodes: [{ key: "a", attributes: { label: "A", kind: "alien" } }, { key: "b" }, { attributes: {} }],
        edges: [
          { source: "a", target: "b", attributes: { relation: "backs" } },
          { source: "a", target: "zzz", attributes: { relation: "backs" } },
          { source: "a", target: "b", attributes: { relation: "hugs" } },
        ],
      },
      "x.json",
    );
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttributes("a").kind).toBe("organization");
    expect(graph.getNodeAttributes("b").label).toBe("b");
    expect(warnings.join(" ")).toMatch(/without a usable key.*known kind.*missing or unknown ends.*hugs/);
  });

  it("places actors without positions deterministically", () => {
    const data = { nodes: [{ key: "a" }, { key: "b" }, { key: "c", attributes: { x: 1, y: 2 } }] };
    const first = fromSerialized(data, "x").graph;
    const second = fromSerialized(data, "x").graph;
    expect(first.getNodeAttributes("a").x).toBeTypeOf("number");
    expect(first.getNodeAttributes("a")).toEqual(second.getNodeAttributes("a"));
    expect(first.getNodeAttributes("c")).toMatchObject({ x: 1, y: 2 });
  });
});

describe("applyCentralitySizes", () => {
  it("makes the most involved actor the biggest", () => {
    const graph = fixtureGraph();
    applyCentralitySizes(graph, 3, 16);
    const sizes = graph.mapNodes((node, a) => [node, a.size] as const).sort((a, b) => b[1] - a[1]);
    expect(sizes[0]?.[1]).toBe(16);
    expect(["russia", "assad_regime", "donald_trump"]).toContain(sizes[0]?.[0]);
    expect(graph.getNodeAttribute("afp", "size")).toBe(3);
  });
});

describe("GEXF", () => {
  beforeAll(() => {
    (globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;
  });

  it("reads back the GEXF that the export button writes", () => {
    const graph = fixtureGraph();
    const back = parseGraphText(graphToGexf(graph), "view.gexf").graph;
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes("russia")).toMatchObject({ label: "Russia", kind: "state" });
    expect(back.getNodeAttribute("russia", "aliases")).toEqual(expect.arrayContaining(["Moscow", "Kremlin"]));
    const backs = back.findOutEdge("russia", (_e, a, _s, t) => t === "assad_regime" && a.relation === "backs");
    expect(backs).toBeDefined();
    expect(back.getEdgeAttribute(backs!, "evidence")[0]).toMatchObject({ doc: "idlib.txt", trigger: "Backed by" });
  });
});
