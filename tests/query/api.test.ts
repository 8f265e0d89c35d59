import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/cli/errors.js";
import { toGexf } from "../../src/export/gexf.js";
import { loadGraph } from "../../src/load/loadGraph.js";
import {
  UnknownActorError,
  egoGraph,
  findActor,
  neighbors,
  normalizeName,
  relationsBetween,
  shortestPath,
  suggestActors,
} from "../../src/query/index.js";
import { FIXTURE, fixture, tempDir } from "../export/helpers.js";

const graph = fixture();
const labels = (list: { actor: { label: string } }[]) => list.map((n) => n.actor.label).sort();

describe("findActor", () => {
  it("finds by key, label or alias, ignoring case, accents and punctuation", () => {
    expect(findActor(graph, "russia")?.label).toBe("Russia");
    expect(findActor(graph, "RUSSIA")?.key).toBe("russia");
    expect(findActor(graph, "Moscow")?.key).toBe("russia");
    expect(findActor(graph, "syrian government")?.key).toBe("assad_regime");
    expect(findActor(graph, "the Assad Regime")?.key).toBe("assad_regime");
    expect(findActor(graph, "Hayat Tahrir al Sham")?.key).toBe("hts");
    expect(findActor(graph, "Türkey")?.key).toBe("turkey");
    expect(findActor(graph, "<img src=x onerror=alert(1)>")?.kind).toBe("media");
    expect(findActor(graph, "Atlantis")).toBeUndefined();
    expect(findActor(graph, "   ")).toBeUndefined();
  });

  it("prefers a label match over an alias match", () => {
    const g = graph.copy();
    g.addNode("syria", { label: "Syria", kind: "state", aliases: [], mentions: 0, documents: 0, x: 0, y: 0, size: 1, color: "#0072B2" });
    g.mergeNodeAttributes("assad_regime", { aliases: ["Syria"] });
    expect(findActor(g, "syria")?.key).toBe("syria");
  });

  it("normalises names the way the gold matcher does", () => {
    expect(normalizeName("The U.N.")).toBe("un");
    expect(normalizeName("al-Assad")).toBe(normalizeName("Al Assad"));
    expect(normalizeName("assad_regime")).toBe("assad regime");
  });
});

describe("neighbors", () => {
  it("Russia backs the Assad regime", () => {
    const result = neighbors(graph, "Russia", { relation: "backs", direction: "out" });
    expect(labels(result)).toEqual(["Assad regime"]);
    const [backs] = result[0]!.relations;
    expect(backs).toMatchObject({ source: "russia", target: "assad_regime", relation: "backs", weight: 2 });
    expect(backs!.evidence).toHaveLength(2);
    expect(backs!.evidence[0]!.text).toMatch(/^Backed by Moscow/);
  });

  it("Trump's out-neighbours under condemns are Russia, Iran and the Assad regime", () => {
    expect(labels(neighbors(graph, "Donald Trump", { relation: "condemns", direction: "out" }))).toEqual(["Assad regime", "Iran", "Russia"]);
    expect(labels(neighbors(graph, "trump", { relation: ["condemns"], direction: "out" }))).toEqual(["Assad regime", "Iran", "Russia"]);
  });

  it("follows the requested direction", () => {
    expect(labels(neighbors(graph, "Russia", { direction: "in" }))).toEqual(["<img src=x onerror=alert(1)>", "Donald Trump", "Hayat Tahrir al-Sham", "Turkey"]);
    expect(labels(neighbors(graph, "Russia", { direction: "out" }))).toEqual(["Assad regime"]);
    expect(neighbors(graph, "Russia")).toHaveLength(5);
  });

  it("groups parallel relations under one neighbour and sorts by total weight", () => {
    const result = neighbors(graph, "Donald Trump", { direction: "out" });
    expect(result[0]!.actor.key).toBe("assad_regime");
    expect(result[0]!.relations.map((r) => r.relation)).toEqual(["condemns", "threatens"]);
    expect(result[0]!.weight).toBe(2);
  });

  it("filters by minimum weight", () => {
    expect(labels(neighbors(graph, "Russia", { minWeight: 1 }))).not.toContain("<img src=x onerror=alert(1)>");
    expect(labels(neighbors(graph, "Russia", { minWeight: 2 }))).toEqual(["Assad regime"]);
  });

  it("suggests the closest names for an unknown actor", () => {
    expect(() => neighbors(graph, "Rusia")).toThrow(UnknownActorError);
    expect(() => neighbors(graph, "Rusia")).toThrow('unknown actor "Rusia". Did you mean: Russia?');
    expect(suggestActors(graph, "Assad")[0]).toBe("Bashar Al-Assad");
    expect(suggestActors(graph, "Tehrn")).toEqual(["Iran"]);
    expect(() => neighbors(graph, "Zzyzx")).toThrow(/unknown actor "Zzyzx": no actor has that name/);
    let thrown: unknown;
    try {
      neighbors(graph, "Rusia");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UnknownActorError).suggestions).toEqual(["Russia"]);
  });
});

describe("relationsBetween", () => {
  it("returns relations in both directions, heaviest first", () => {
    expect(relationsBetween(graph, "Assad regime", "Trump").map((r) => r.relation)).toEqual(["condemns", "threatens"]);
    expect(relationsBetween(graph, "Russia", "HTS").map((r) => [r.source, r.relation, r.target])).toEqual([["hts", "attacks", "russia"]]);
    expect(relationsBetween(graph, "Iran", "Turkey")).toEqual([]);
  });
});

describe("egoGraph", () => {
  it("keeps the actors within depth steps and the relations among them", () => {
    const ego = egoGraph(graph, "Iran", 1);
    expect(ego.nodes().sort()).toEqual(["donald_trump", "iran"]);
    expect(ego.edges()).toEqual(["trump-condemns-iran"]);
    expect(egoGraph(graph, "Iran", 0).order).toBe(1);
    const two = egoGraph(graph, "Iran", 2);
    expect(two.nodes().sort()).toEqual(["assad_regime", "donald_trump", "iran", "russia", "turkey"]);
    // Every relation among members, including Russia backs the Assad regime.
    expect(two.hasEdge("russia-backs-assad")).toBe(true);
    expect(two.getAttributes()).toEqual(graph.getAttributes());
  });

  it("can follow only some relations", () => {
    const ego = egoGraph(graph, "Russia", 1, { relation: "backs" });
    expect(ego.nodes().sort()).toEqual(["assad_regime", "russia"]);
  });

  it("rejects a negative depth", () => {
    expect(() => egoGraph(graph, "Iran", -1)).toThrow(UserError);
  });
});

describe("shortestPath", () => {
  it("finds a shortest chain of relations, in any direction by default", () => {
    const path = shortestPath(graph, "Ibrahim Kalin", "Iran")!;
    expect(path.actors.map((a) => a.label)).toEqual(["Ibrahim Kalin", "Turkey", "Donald Trump", "Iran"]);
    expect(path.relations.map((r) => r.relation)).toEqual(["spokesman_for", "praises", "condemns"]);
  });

  it("respects direction and returns null when there is no path", () => {
    expect(shortestPath(graph, "Iran", "Russia", { direction: "out" })).toBeNull();
    expect(shortestPath(graph, "Russia", "Russia")).toEqual({ actors: [findActor(graph, "russia")], relations: [] });
  });
});

describe("loadGraph", () => {
  it("accepts a path, a serialised object or a graph", () => {
    const data = graph.export();
    expect(loadGraph(data as never).order).toBe(graph.order);
    expect(loadGraph(graph)).toBe(graph);
    expect(loadGraph(FIXTURE).size).toBe(graph.size);
  });

  it("answers the same queries from a GEXF file", () => {
    for (const version of ["1.3", "1.2draft"] as const) {
      const file = join(tempDir(), "graph.gexf");
      writeFileSync(file, toGexf(graph, { version }));
      const fromGexf = loadGraph(file);
      expect(labels(neighbors(fromGexf, "Trump", { relation: "condemns", direction: "out" }))).toEqual(["Assad regime", "Iran", "Russia"]);
    }
  });

  it("turns a missing or malformed input into one clear line", () => {
    const dir = tempDir();
    const bad = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const cases: [string, RegExp][] = [
      [join(dir, "missing.json"), /^cannot read graph ".*missing\.json": no such file$/],
      [dir, /: it is a directory$/],
      [bad("broken.json", "{ nodes: "), /^".*broken\.json" is not valid JSON: /],
      [bad("list.json", "[1, 2]"), /is not a graph: expected an object with a "nodes" array$/],
      [bad("dangling.json", JSON.stringify({ nodes: [{ key: "a" }], edges: [{ source: "a", target: "b" }] })), /is not a valid graph: /],
      [bad("broken.gexf", "<gexf><nodes>"), /is not a readable GEXF file: /],
    ];
    for (const [input, message] of cases) {
      let thrown: unknown;
      try {
        loadGraph(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, input).toBeInstanceOf(UserError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain("\n");
    }
  });

  it("fills missing attributes so queries never meet undefined", () => {
    const loaded = loadGraph({ nodes: [{ key: "a" }, { key: "b", attributes: { label: "B" } }], edges: [{ source: "a", target: "b", attributes: { relation: "backs" } }] });
    expect(loaded.getNodeAttributes("a")).toMatchObject({ label: "a", aliases: [], mentions: 0 });
    expect(neighbors(loaded, "b")[0]!.relations[0]).toMatchObject({ relation: "backs", weight: 1, evidence: [] });
  });
});
