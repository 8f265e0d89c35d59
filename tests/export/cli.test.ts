import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, actorgraph, GRAPHML_SCHEMA, gexfGrammar, jing, python, tempDir } from "./helpers.js";

describe("actorgraph export", () => {
  it.each(["1.3", "1.2draft"] as const)("writes GEXF %s that validates", (version) => {
    const out = join(tempDir(), "graph.gexf");
    const run = actorgraph("export", FIXTURE, "--format", "gexf", "--gexf-version", version, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`Wrote ${out}: 9 actors, 10 relations\n`);
    expect(jing(gexfGrammar(version), out).output).toBe("");
  });

  it("defaults to GEXF 1.3 and reads a .gexf input too", () => {
    const dir = tempDir();
    expect(actorgraph("export", FIXTURE, "-q", "--out", join(dir, "a.gexf")).stdout).toBe("");
    expect(readFileSync(join(dir, "a.gexf"), "utf8")).toContain('version="1.3"');
    expect(actorgraph("export", join(dir, "a.gexf"), "-q", "--gexf-version", "1.2draft", "--out", join(dir, "b.gexf")).code).toBe(0);
    expect(jing(gexfGrammar("1.2draft"), join(dir, "b.gexf")).output).toBe("");
  });

  it("writes GraphML, JSON and CSV", () => {
    const dir = tempDir();
    expect(actorgraph("export", FIXTURE, "-q", "--format", "graphml", "--out", join(dir, "g.graphml")).code).toBe(0);
    expect(jing(GRAPHML_SCHEMA, join(dir, "g.graphml")).output).toBe("");
    expect(actorgraph("export", FIXTURE, "-q", "--format", "json", "--out", join(dir, "g.json")).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "g.json"), "utf8")).nodes).toHaveLength(9);
    const csv = actorgraph("export", FIXTURE, "--format", "csv", "--out", join(dir, "csv"));
    expect(csv.stdout).toBe(`Wrote ${join(dir, "csv", "nodes.csv")} and ${join(dir, "csv", "edges.csv")}: 9 actors, 10 relations\n`);
    const rows = python<unknown[]>("import csv,json,sys\nprint(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='')))))", [join(dir, "csv", "edges.csv")]);
    expect(rows).toHaveLength(10);
  });

  it("rejects bad arguments with one line and exit 1, writing nothing", () => {
    const dir = tempDir();
    const out = join(dir, "x.gexf");
    expect(actorgraph("export", FIXTURE, "--format", "dot", "--out", out)).toMatchObject({
      code: 1,
      stderr: 'actorgraph: unknown format "dot" (expected gexf, graphml, csv, json)\n',
    });
    expect(actorgraph("export", FIXTURE, "--gexf-version", "1.1", "--out", out).stderr).toBe(
      'actorgraph: unknown GEXF version "1.1" (expected 1.3 or 1.2draft)\n',
    );
    expect(actorgraph("export", join(dir, "missing.json"), "--out", out).stderr).toMatch(/^actorgraph: cannot read graph .*: no such file\n$/);
    expect(actorgraph("export", FIXTURE, "--format", "csv", "--out", FIXTURE).stderr).toMatch(/^actorgraph: cannot write ".*small\.json": E[A-Z]+\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
