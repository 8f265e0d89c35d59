import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseColor } from "../../src/export/color.js";
import { toGexf } from "../../src/export/gexf.js";
import { toGraphml } from "../../src/export/graphml.js";
import { nmtoken } from "../../src/export/graphml.js";
import { fixture, python, tempDir, xmlSafe } from "./helpers.js";

interface NxGraph {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: [string, Record<string, any>][];
  edges: [string, string, string, Record<string, any>][];
}

// Dumps what NetworkX read, decoding the JSON list in `aliases` (NetworkX gives liststring as text).
const READ = (reader: string) => `
import json, sys, networkx as nx
G = nx.${reader}(sys.argv[1])
def plain(d):
    d = dict(d)
    if isinstance(d.get("aliases"), str): d["aliases"] = json.loads(d["aliases"])
    return d
print(json.dumps({
    "directed": G.is_directed(), "multigraph": G.is_multigraph(), "graph": G.graph,
    "nodes": [[n, plain(d)] for n, d in G.nodes(data=True)],
    "edges": [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)],
}))
`;

describe("NetworkX", () => {
  const graph = fixture();

  it("reads the GEXF 1.2draft export with every node, edge, attribute and position", () => {
    const file = join(tempDir(), "graph.gexf");
    writeFileSync(file, toGexf(graph, { version: "1.2draft" }));
    const G = python<NxGraph>(READ("read_gexf"), [file]);
    expect(G.directed).toBe(true);
    expect(G.multigraph).toBe(true); // Trump both condemns and threatens the Assad regime
    expect(G.nodes.map(([key]) => key)).toEqual(graph.nodes().map((k) => xmlSafe(k)));
    for (const [key, data] of G.nodes) {
      const a = graph.getNodeAttributes(key);
      const rgb = parseColor(a.color)!;
      expect(data).toEqual(
        xmlSafe({
          label: a.label,
          kind: a.kind,
          aliases: a.aliases,
          mentions: a.mentions,
          documents: a.documents,
          ...(a.role ? { role: a.role } : {}),
          ...(a.affiliation ? { affiliation: a.affiliation } : {}),
          viz: {
            color: { r: rgb.r, g: rgb.g, b: rgb.b, a: rgb.a ?? 1 },
            size: a.size,
            position: { x: a.x, y: a.y, z: 0 },
          },
        }),
      );
    }
    expect(G.edges).toHaveLength(graph.size);
    for (const [source, target, id, data] of G.edges) {
      const a = graph.getEdgeAttributes(id);
      expect([graph.source(id), graph.target(id)]).toEqual([source, target]);
      const first = a.evidence[0]!;
      expect(data).toEqual(
        xmlSafe({
          id,
          label: a.relation,
          relation: a.relation,
          weight: a.weight,
          confidence: a.confidence,
          evidenceCount: a.evidence.length,
          evidence: first.text,
          evidenceDoc: first.doc,
          evidenceTrigger: first.trigger,
          evidenceStart: first.start,
          evidenceEnd: first.end,
          ...(first.date ? { evidenceDate: first.date } : {}),
          ...(a.firstSeen ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen } : {}),
        }),
      );
    }
  });

  it("reads the GraphML export with typed attributes and graph metadata", () => {
    const file = join(tempDir(), "graph.graphml");
    writeFileSync(file, toGraphml(graph));
    const G = python<NxGraph>(READ("read_graphml"), [file]);
    expect(G.graph).toMatchObject({ name: "fixture", creator: "actorgraph test fixture", date: "2019-12-26" });
    expect(JSON.parse(G.graph.documents as string)).toEqual(["idlib.txt", "hostile.txt"]);
    expect(G.nodes).toHaveLength(graph.order);
    for (const [id, data] of G.nodes) {
      const a = graph.getNodeAttributes(data.key);
      expect(id).toBe(nmtoken(data.key));
      expect(data).toMatchObject(xmlSafe({ label: a.label, kind: a.kind, aliases: a.aliases, mentions: a.mentions, x: a.x, y: a.y, size: a.size, color: a.color }));
    }
    expect(G.edges).toHaveLength(graph.size);
    const russiaBacks = G.edges.find(([, , id]) => id === "russia-backs-assad")!;
    expect(russiaBacks[3]).toMatchObject({ relation: "backs", weight: 2, confidence: 0.95, evidenceCount: 2, color: "#009E73" });
  });
});
