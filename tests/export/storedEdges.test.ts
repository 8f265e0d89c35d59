import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chunked } from "../../src/export/chunks.js";
import { graphDocument, type GraphDocument } from "../../src/export/document.js";
import { storedEdges } from "../../src/export/storedEdges.js";
import { fingerprint, writeDocumentFiles, writeGraphFiles } from "../../src/export/write.js";
import { articlesToGraph } from "../../src/pipeline.js";
import { tempDir } from "../helpers/cli.js";

const graph = articlesToGraph([{ name: "a.txt", text: "Russia attacked Ukraine. Hungary condemned Russia & Iran <sic>. Iran backed Hezbollah." }], { layoutIterations: 10 });

describe("reusing an earlier write's edges", () => {
  const dir = tempDir();
  writeGraphFiles(graph, dir);
  const [json, gexf] = ["graph.json", "graph.gexf"].map((name) => readFileSync(join(dir, name)));

  it("finds each edge's line and element, and writes the same files from them", () => {
    const edges = storedEdges(json, gexf, graph.size)!;
    expect(edges.map((e) => JSON.parse(Buffer.from(e.json).toString()).key)).toEqual(graph.edges());
    expect(Buffer.from(edges[0].gexf).toString()).toMatch(/^ {6}<edge id="[^"]+"[^]*<\/edge>\n$/);
    const fresh = graphDocument(graph);
    const reused: GraphDocument = { ...fresh, edges: [...fresh.edges].map(({ attributes: _a, ...row }, i) => ({ ...row, stored: edges[i] })) };
    const again = tempDir();
    expect(writeDocumentFiles(reused, again)).toEqual({ json: fingerprint(json), gexf: fingerprint(gexf) });
    expect(readFileSync(join(again, "graph.json"))).toEqual(json);
    expect(readFileSync(join(again, "graph.gexf"))).toEqual(gexf);
  });

  it("refuses files that do not hold that many edges", () => {
    expect(storedEdges(json, gexf, graph.size - 1)).toBeUndefined();
    expect(storedEdges(json.subarray(0, json.length - 200), gexf, graph.size)).toBeUndefined();
    expect(storedEdges(json, Buffer.from("<gexf/>"), graph.size)).toBeUndefined();
  });

  it("passes bytes through chunking after the text before them", () => {
    const bytes = new Uint8Array([1, 2]);
    expect([...chunked(["a", "b", bytes, "c"], 10)]).toEqual(["ab", bytes, "c"]);
  });
});
