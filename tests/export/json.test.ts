import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/export/json.js";
import { writeJsonFile } from "../../src/export/write.js";
import { loadGraph } from "../../src/load/loadGraph.js";
import { fixture, tempDir } from "./helpers.js";

describe("JSON", () => {
  it("writes graphology's serialisation, which loadGraph reads back into an equal graph", () => {
    const graph = fixture();
    const path = join(tempDir(), "graph.json");
    writeJsonFile(graph, path);
    const loaded = loadGraph(path);
    expect(loaded.export()).toEqual(graph.export());
    expect(toJson(loaded)).toBe(toJson(graph));
  });

  it("is valid JSON even for an empty graph", () => {
    const empty = fixture().nullCopy();
    expect(JSON.parse(toJson(empty))).toMatchObject({ nodes: [], edges: [] });
  });
});
