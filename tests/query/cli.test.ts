// The CLI as users run it: `node bin/actorgraph.js …` on the built package (npm test builds first).
import { describe, expect, it } from "vitest";
import { FIXTURE, actorgraph } from "../export/helpers.js";

const query = (...args: string[]) => actorgraph("query", ...args, "--graph", FIXTURE);

describe("actorgraph query", () => {
  it("prints neighbours as a table", () => {
    const { code, stdout, stderr } = query("neighbors", "Russia", "--relation", "backs", "--direction", "out");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Actor\s+Kind\s+Direction\s+Relation\s+Weight\s+Confidence\s+Evidence$/);
    expect(lines[1]).toMatch(/^-+  -+/);
    expect(lines.slice(2)).toHaveLength(1);
    expect(lines[2]).toMatch(/^Assad regime\s+government\s+out\s+backs\s+2\s+0\.95\s+Backed by Moscow.*\(\+1 more\)$/);
  });

  it("prints the API result as JSON with --json", () => {
    const { code, stdout } = query("neighbors", "Donald Trump", "--relation", "condemns", "--direction", "out", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { actor: { label: string }; relations: { relation: string; evidence: unknown[] }[] }[];
    expect(result.map((n) => n.actor.label).sort()).toEqual(["Assad regime", "Iran", "Russia"]);
    expect(result.every((n) => n.relations.every((r) => r.relation === "condemns" && r.evidence.length === 1))).toBe(true);
  });

  it("answers find, between, ego and path", () => {
    expect(query("find", "moscow").stdout).toMatch(/^russia\s+Russia\s+state\s+6\s+Moscow; Russian Federation$/m);
    expect(query("between", "Trump", "Syrian government").stdout).toMatch(/Donald Trump\s+condemns\s+Assad regime/);
    const ego = JSON.parse(query("ego", "Iran", "--depth", "1", "--json").stdout) as { actors: { key: string }[]; relations: unknown[] };
    expect(ego.actors.map((a) => a.key).sort()).toEqual(["donald_trump", "iran"]);
    expect(ego.relations).toHaveLength(1);
    const path = query("path", "Ibrahim Kalin", "Iran").stdout;
    expect(path.split("\n").slice(2, 5).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ["Ibrahim Kalin", "spokesman_for", "Turkey"],
      ["Donald Trump", "praises", "Turkey"],
      ["Donald Trump", "condemns", "Iran"],
    ]);
    expect(query("path", "Iran", "Russia", "--direction", "out").stdout).toBe("No path from Iran to Russia.\n");
  });

  it("suggests the closest names for an unknown actor, on one line, exit 1", () => {
    const { code, stdout, stderr } = query("neighbors", "Rusia");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('actorgraph: unknown actor "Rusia". Did you mean: Russia?\n');
    expect(query("find", "Syrian goverment").stderr).toContain("Did you mean: Assad regime?");
  });

  it("rejects bad options and missing graphs with one line", () => {
    expect(query("neighbors", "Russia", "--relation", "backz").stderr).toMatch(/^actorgraph: unknown relation "backz" .*Did you mean: backs\?\n$/);
    expect(query("neighbors", "Russia", "--direction", "up").stderr).toBe('actorgraph: --direction must be out, in or both, got "up"\n');
    expect(query("neighbors", "Russia", "--min-weight", "heavy").code).toBe(1);
    const missing = actorgraph("query", "neighbors", "Russia", "--graph", "nope/graph.json");
    expect(missing).toMatchObject({ code: 1, stderr: 'actorgraph: cannot read graph "nope/graph.json": no such file\n' });
  });

  it("keeps hostile names from reaching the terminal as control sequences", () => {
    const { stdout } = query("find", "<img src=x onerror=alert(1)>");
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    expect(stdout).toContain("tab and newline");
  });
});
