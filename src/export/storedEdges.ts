// Finds each edge's bytes in a graph.json and a GEXF 1.3 file this package wrote, so a rebuild can copy
// the edges that did not change instead of serialising them again. The files are scanned through one
// buffer, never read whole.
import { readSync } from "node:fs";
import type { StoredEdge } from "./document.js";

const JSON_EDGES = Buffer.from('\n"edges": [\n');
const GEXF_EDGE_END = Buffer.from("      </edge>\n");
const GEXF_EDGES_END = Buffer.from("    </edges>\n");
const NEWLINE = Buffer.from("\n");
export const SCAN_BYTES = 1 << 20;

/** Searches an open file through a buffer that holds one part of it at a time. */
export class Scanner {
  private readonly buffer = Buffer.allocUnsafe(SCAN_BYTES);
  private view = this.buffer.subarray(0, 0);
  private start = 0;

  constructor(private readonly fd: number) {}

  /** Where the first `pattern` at or after `from` starts; -1 when there is none. */
  indexOf(pattern: Uint8Array, from: number): number {
    for (;;) {
      if (from < this.start || from + pattern.length > this.start + this.view.length) this.fill(from);
      const at = this.view.indexOf(pattern, from - this.start);
      if (at >= 0) return this.start + at;
      if (this.view.length < SCAN_BYTES) return -1;
      // The next read starts where a pattern cut by this one's end would.
      from = this.start + this.view.length - pattern.length + 1;
    }
  }

  /** The byte at `at`, or undefined past the end. */
  at(at: number): number | undefined {
    if (at < this.start || at >= this.start + this.view.length) this.fill(at);
    return this.view[at - this.start];
  }

  private fill(from: number): void {
    this.start = from;
    this.view = this.buffer.subarray(0, readSync(this.fd, this.buffer, 0, SCAN_BYTES, from));
  }
}

/**
 * The slices of the files' edges, in file order, when both hold `count` edges; else undefined.
 * The files must be as this package wrote them (the caller checks their stamps).
 */
export function storedEdges(jsonFd: number, gexfFd: number, count: number): StoredEdge[] | undefined {
  const json = new Scanner(jsonFd);
  const gexf = new Scanner(gexfFd);
  const edges: StoredEdge[] = [];
  // JSON.stringify escapes line breaks, so each edge is one line; XML attributes escape "<", so "</edge>" ends an element.
  let atJson = json.indexOf(JSON_EDGES, 0);
  let atGexf = gexf.indexOf(Buffer.from(`<edges count="${count}">\n`), 0);
  if (atJson < 0 || atGexf < 0) return undefined;
  atJson += JSON_EDGES.length;
  atGexf = gexf.indexOf(NEWLINE, atGexf) + 1;
  for (let i = 0; i < count; i++) {
    const lineEnd = json.indexOf(NEWLINE, atJson);
    const elementEnd = gexf.indexOf(GEXF_EDGE_END, atGexf);
    if (lineEnd < 0 || elementEnd < 0) return undefined;
    const end = elementEnd + GEXF_EDGE_END.length;
    edges.push({
      json: { fd: jsonFd, start: atJson, end: json.at(lineEnd - 1) === 44 ? lineEnd - 1 : lineEnd },
      gexf: { fd: gexfFd, start: atGexf, end },
    });
    atJson = lineEnd + 1;
    atGexf = end;
  }
  const ended = json.at(atJson) === 93 && gexf.indexOf(GEXF_EDGES_END, atGexf) === atGexf;
  return ended ? edges : undefined;
}
