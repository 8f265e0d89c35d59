import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/export/atomicWrite.js";
import { chunked, type FileSlice, type Piece } from "../../src/export/chunks.js";
import { gexfDocumentPieces } from "../../src/export/gexf.js";
import { jsonPieces } from "../../src/export/json.js";
import { graphDocument, type GraphDocument } from "../../src/export/document.js";
import { storedEdges } from "../../src/export/storedEdges.js";
import { FileWindow, WINDOW_BYTES } from "../../src/read/fileWindow.js";
import { writeDocumentFiles, writeGraphFiles } from "../../src/export/write.js";
import { articlesToGraph } from "../../src/pipeline.js";
import { fileStamp } from "../../src/read/stamp.js";
import { tempDir } from "../helpers/cli.js";
import { syntheticGraph } from "./synthetic.js";

const graph = articlesToGraph([{ name: "a.txt", text: "Russia attacked Ukraine. Hungary condemned Russia & Iran <sic>. Iran backed Hezbollah." }], { layoutIterations: 10 });

const text = ({ fd, start, end }: FileSlice) => {
  const bytes = Buffer.alloc(end - start);
  readSync(fd, bytes, 0, bytes.length, start);
  return bytes.toString();
};

describe("reusing an earlier write's edges", () => {
  const dir = tempDir();
  writeGraphFiles(graph, dir);
  const paths = ["graph.json", "graph.gexf"].map((name) => join(dir, name));
  const [json, gexf] = paths.map((path) => readFileSync(path));
  const open: number[] = [];
  const fdOf = (bytes: Uint8Array) => {
    const path = join(tempDir(), "file");
    writeFileSync(path, bytes);
    open.push(openSync(path, "r"));
    return open[open.length - 1]!;
  };
  afterAll(() => open.forEach((fd) => closeSync(fd)));

  it("finds each edge's line and element, and writes the same files from them", () => {
    const edges = storedEdges(fdOf(json), fdOf(gexf), graph.size)!;
    expect(edges.map((e) => JSON.parse(text(e.json)).key)).toEqual(graph.edges());
    expect(text(edges[0]!.gexf)).toMatch(/^ {6}<edge id="[^"]+"[^]*<\/edge>\n$/);
    const fresh = graphDocument(graph);
    const reused: GraphDocument = { ...fresh, edges: [...fresh.edges].map(({ attributes: _a, ...row }, i) => ({ ...row, stored: edges[i] })) };
    // Edges that were neighbours are copied as one slice: the JSON lines with the separators between them.
    const slices = (pieces: Iterable<Piece>) => [...chunked(pieces)].filter((p) => typeof p !== "string" && !(p instanceof Uint8Array));
    expect(slices(jsonPieces(reused))).toEqual([{ fd: edges[0]!.json.fd, start: edges[0]!.json.start, end: edges[edges.length - 1]!.json.end }]);
    expect(slices(gexfDocumentPieces(reused))).toEqual([{ fd: edges[0]!.gexf.fd, start: edges[0]!.gexf.start, end: edges[edges.length - 1]!.gexf.end }]);
    const again = tempDir();
    const stamps = writeDocumentFiles(reused, again);
    expect(readFileSync(join(again, "graph.json"))).toEqual(json);
    expect(readFileSync(join(again, "graph.gexf"))).toEqual(gexf);
    expect(stamps).toEqual({ json: fileStamp(statSync(join(again, "graph.json"))), gexf: fileStamp(statSync(join(again, "graph.gexf"))) });
  });

  it("refuses files that do not hold that many edges", () => {
    expect(storedEdges(fdOf(json), fdOf(gexf), graph.size - 1)).toBeUndefined();
    expect(storedEdges(fdOf(json.subarray(0, json.length - 200)), fdOf(gexf), graph.size)).toBeUndefined();
    expect(storedEdges(fdOf(json), fdOf(Buffer.from("<gexf/>")), graph.size)).toBeUndefined();
  });

  it("finds edges in files larger than its read buffer, wherever the reads split them", () => {
    // 8,000 edges of a few hundred bytes: 2.7 MB of JSON and 6.6 MB of GEXF, so patterns and lines straddle reads.
    const big = syntheticGraph(2_000, 8_000);
    const out = tempDir();
    writeGraphFiles(big, out);
    const [bigJson, bigGexf] = ["graph.json", "graph.gexf"].map((name) => readFileSync(join(out, name)));
    expect(bigJson!.length).toBeGreaterThan(2 * WINDOW_BYTES);
    const edges = storedEdges(fdOf(bigJson!), fdOf(bigGexf!), big.size)!;
    expect(edges.map((e) => JSON.parse(text(e.json)).key)).toEqual(big.edges());
    expect(edges.map((e) => bigGexf.toString("utf8", e.gexf.start, e.gexf.end)).join("")).toBe(/<edges count="\d+">\n([^]*)    <\/edges>/.exec(bigGexf.toString())![1]);
  });

  it("finds a pattern that straddles two reads, and none past the end", () => {
    const pattern = Buffer.from("</edge>\n");
    const bytes = Buffer.alloc(2 * WINDOW_BYTES + 100, "x");
    for (const at of [10, WINDOW_BYTES - 3, 2 * WINDOW_BYTES - 1]) pattern.copy(bytes, at);
    const scanner = new FileWindow(fdOf(bytes));
    expect([scanner.indexOf(pattern, 0), scanner.indexOf(pattern, 11), scanner.indexOf(pattern, WINDOW_BYTES), scanner.indexOf(pattern, 2 * WINDOW_BYTES)]).toEqual([10, WINDOW_BYTES - 3, 2 * WINDOW_BYTES - 1, -1]);
    expect([scanner.at(WINDOW_BYTES - 3), scanner.at(bytes.length)]).toEqual([60, undefined]);
  });

  it("passes bytes and file slices through chunking after the text before them", () => {
    const bytes = new Uint8Array([1, 2]);
    const slice = { fd: 3, start: 0, end: 1 };
    expect([...chunked(["a", "b", bytes, "c", slice, "d"], 10)]).toEqual(["ab", bytes, "c", slice, "d"]);
    // Slices that follow each other in their file become one; others stay apart.
    const next = { fd: 3, start: 1, end: 5 };
    const elsewhere = { fd: 3, start: 9, end: 12 };
    expect([...chunked(["a", slice, next, elsewhere, "b"], 10)]).toEqual(["a", { fd: 3, start: 0, end: 5 }, elsewhere, "b"]);
  });

  it("copies file slices of any size and place between text, through one buffer", () => {
    // 3 MB of numbered lines, copied in slices of 1 byte to 1.5 MB, forwards and back.
    const source = Buffer.from(Array.from({ length: 300_000 }, (_, i) => `${String(i).padStart(9, "0")}\n`).join(""));
    const fd = fdOf(source);
    const slices = [
      [0, 1],
      [5, 1_500_005],
      [1_048_570, 1_048_590],
      [2_999_990, 3_000_000],
      [10, 20],
      [1_500_000, 3_000_000],
    ];
    const path = join(tempDir(), "copy");
    writeFileAtomic(path, (append) => slices.forEach(([start, end], i) => (append(`<${i}>`), append({ fd, start: start!, end: end! }))));
    expect(readFileSync(path).toString()).toBe(slices.map(([start, end], i) => `<${i}>${source.toString("utf8", start, end)}`).join(""));
  });
});
