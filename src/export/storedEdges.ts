// Finds each edge's bytes in a graph.json and a GEXF 1.3 file this package wrote, so a rebuild can copy
// the edges that did not change instead of serialising them again.
import type { StoredEdge } from "./document.js";

const JSON_EDGES = Buffer.from('\n"edges": [\n');
const GEXF_EDGE_END = Buffer.from("      </edge>\n");
const GEXF_EDGES_END = Buffer.from("    </edges>\n");

/**
 * The bytes of the files' edges, in file order, when both hold `count` edges; else undefined.
 * The files must be as this package wrote them (the caller checks their fingerprints).
 */
export function storedEdges(json: Buffer, gexf: Buffer, count: number): StoredEdge[] | undefined {
  const edges: StoredEdge[] = [];
  // JSON.stringify escapes line breaks, so each edge is one line; XML attributes escape "<", so "</edge>" ends an element.
  let atJson = json.indexOf(JSON_EDGES);
  let atGexf = gexf.indexOf(`<edges count="${count}">\n`);
  if (atJson < 0 || atGexf < 0) return undefined;
  atJson += JSON_EDGES.length;
  atGexf = gexf.indexOf("\n", atGexf) + 1;
  for (let i = 0; i < count; i++) {
    const lineEnd = json.indexOf(10, atJson);
    const elementEnd = gexf.indexOf(GEXF_EDGE_END, atGexf);
    if (lineEnd < 0 || elementEnd < 0) return undefined;
    const line = json.subarray(atJson, json[lineEnd - 1] === 44 ? lineEnd - 1 : lineEnd);
    const element = gexf.subarray(atGexf, elementEnd + GEXF_EDGE_END.length);
    edges.push({ json: line, gexf: element });
    atJson = lineEnd + 1;
    atGexf = elementEnd + GEXF_EDGE_END.length;
  }
  const ended = json[atJson] === 93 && gexf.subarray(atGexf, atGexf + GEXF_EDGES_END.length).equals(GEXF_EDGES_END);
  return ended ? edges : undefined;
}
