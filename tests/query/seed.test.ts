// Acceptance tests on the real seed graph, graph-data/graph.json (built by `npm run graph`).
// Deliberately no skip: if the graph is missing, loadGraph throws and every test here fails.
// Enable by renaming this file to seed.test.ts.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.js";
import { toGraphml } from "../../src/export/graphml.js";
import { loadGraph } from "../../src/load/loadGraph.js";
import { findActor, neighbors } from "../../src/query/index.js";
import type { ActorGraph } from "../../src/types.js";
import { GRAPHML_SCHEMA, ROOT, actorgraph, gexfGrammar, jing, python, tempDir } from "../export/helpers.js";

const SEED = resolve(ROOT, "graph-data/graph.json");
const SEED_GEXF = resolve(ROOT, "graph-data/graph.gexf");

const seed = (): ActorGraph => loadGraph(SEED);

/** The Assad government goes by several labels; any of them identifies it. */
function assadRegime(graph: ActorGraph): string {
  const actor = findActor(graph, "assad_regime") ?? findActor(graph, "Assad regime") ?? findActor(graph, "Syrian government");
  expect(actor, "the seed graph has the Assad regime").toBeDefined();
  return actor!.key;
}

describe("seed graph: queries", () => {
  it("Russia backs the Assad regime", () => {
    const graph = seed();
    const backed = neighbors(graph, "Russia", { relation: "backs", direction: "out" });
    const assad = backed.find((n) => n.actor.key === assadRegime(graph));
    expect(assad, "Russia -backs-> Assad regime").toBeDefined();
    expect(assad!.relations[0]!.evidence.length).toBeGreaterThan(0);
  });

  it("Trump's out-neighbours under condemns are Russia, Iran and the Assad regime", () => {
    const graph = seed();
    const condemned = neighbors(graph, "Donald Trump", { relation: "condemns", direction: "out" }).map((n) => n.actor.key);
    expect(condemned.sort()).toEqual([assadRegime(graph), findActor(graph, "Iran")!.key, findActor(graph, "Russia")!.key].sort());
  });

  it("answers from the command line on the default graph, as a table and as JSON", () => {
    const table = actorgraph("query", "neighbors", "Russia", "--relation", "backs", "--direction", "out");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Actor\s+Kind\s+Direction\s+Relation/);
    const json = JSON.parse(actorgraph("query", "neighbors", "Donald Trump", "--relation", "condemns", "--direction", "out", "--json").stdout) as {
      actor: { key: string };
    }[];
    expect(json).toHaveLength(3);
    const unknown = actorgraph("query", "neighbors", "Rusia");
    expect(unknown).toMatchObject({ code: 1, stderr: 'actorgraph: unknown actor "Rusia". Did you mean: Russia?\n' });
  });
});

describe("seed graph: exports", () => {
  it("the build's graph.gexf validates as GEXF 1.3", () => {
    expect(jing(gexfGrammar("1.3"), SEED_GEXF).output).toBe("");
  });

  it.each(["1.3", "1.2draft"] as const)("GEXF %s validates and round-trips through graphology", (version) => {
    const graph = seed();
    const file = join(tempDir(), "seed.gexf");
    writeFileSync(file, toGexf(graph, { version }));
    expect(jing(gexfGrammar(version), file).output).toBe("");
    const back = loadGraph(file);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => expect(back.getNodeAttributes(key)).toMatchObject({ label: a.label, kind: a.kind, aliases: a.aliases, x: a.x, y: a.y }));
    graph.forEachEdge((key, a) => expect(back.getEdgeAttributes(key)).toMatchObject({ relation: a.relation, weight: a.weight, confidence: a.confidence }));
  });

  it("NetworkX reads the 1.2draft export with every node, edge and position", () => {
    const graph = seed();
    const file = join(tempDir(), "seed.gexf");
    writeFileSync(file, toGexf(graph, { version: "1.2draft" }));
    const read = python<{ nodes: number; edges: number; positioned: number }>(
      "import json,sys,networkx as nx\nG=nx.read_gexf(sys.argv[1])\n" +
        "print(json.dumps({'nodes':G.number_of_nodes(),'edges':G.number_of_edges(),'positioned':sum('position' in d.get('viz',{}) for _,d in G.nodes(data=True))}))",
      [file],
    );
    expect(read).toEqual({ nodes: graph.order, edges: graph.size, positioned: graph.order });
  });

  it("GraphML validates", () => {
    const file = join(tempDir(), "seed.graphml");
    writeFileSync(file, toGraphml(seed()));
    expect(jing(GRAPHML_SCHEMA, file).output).toBe("");
  });
});
