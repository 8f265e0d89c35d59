// Finds each edge's bytes in a graph.json and a GEXF 1.3 file this package wrote, so a rebuild can copy
// the edges that did not change instead of serialising them again. The files are scanned through one
// buffer, never read whole.
import { FileWindow } from "../read/fileWindow.js";
import type { StoredEdge } from "./document.js";

const JSON_EDGES = Buffer.from('\n"edges": [\n');
const GEXF_EDGE_END = Buffer.from("      </edge>\n");
const GEXF_EDGES_END = Buffer.from("    </edges>\n");
const NEWLINE = Buffer.from("\n");

/**
 * The slices of the files' edges, in file order, when both hold `count` edges; else undefined.
 * The files must be as this package wrote them (the caller checks their stamps).
 */
export function storedEdges(jsonFd: number, gexfFd: number, count: number): StoredEdge[] | undefined {
  const json = new FileWindow(jsonFd);
  const gexf = new FileWindow(gexfFd);
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
