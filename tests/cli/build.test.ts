import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";

describe("actorgraph build", () => {
  it("writes graph.json and graph.gexf and ends with a one-line summary", () => {
    const out = tempDir();
    const run = runCli(["build", "graph-data/articles", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toMatch(/1 document, \d+ actors, \d+ relations \(.*attacks \d+.*\), [\d.]+ s/);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const russia = graph.nodes.find((n: { key: string }) => n.key === "russia");
    expect(russia.attributes).toMatchObject({ label: "Russia", kind: "state" });
    expect(russia.attributes.aliases).toContain("Moscow");
    const edge = graph.edges.find((e: { attributes: { relation: string } }) => e.attributes.relation === "backs");
    expect(edge.attributes.evidence[0]).toMatchObject({ doc: "idlib.txt", trigger: expect.any(String) });
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toContain("<gexf");
  });

  it("gives byte-identical output for the same input", () => {
    const [a, b] = [tempDir(), tempDir()];
    expect(runCli(["build", "tests/fixtures/articles", "--out", a, "-q"]).status).toBe(0);
    expect(runCli(["build", "tests/fixtures/articles", "--out", b, "-q"]).status).toBe(0);
    for (const file of ["graph.json", "graph.gexf"]) expect(readFileSync(join(a, file))).toEqual(readFileSync(join(b, file)));
  });

  it("graph-data holds the graph its articles build (what the viewer opens before `npm start` rebuilds it)", () => {
    const out = tempDir();
    expect(runCli(["build", "graph-data/articles", "--out", out, "--no-cache", "-q"]).status).toBe(0);
    for (const file of ["graph.json", "graph.gexf"]) expect(readFileSync(join(out, file)), `graph-data/${file} is stale: run \`npm run graph\``).toEqual(readFileSync(join("graph-data", file)));
  });

  it("reads .md and .html articles and a user dictionary", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.html"), "<html><script>var x=1</script><p>The Blue Lions attacked Ruritania on Monday.</p></html>");
    writeFileSync(join(dir, "b.md"), "# Talks\n\n**Ruritania** condemned the *Blue Lions*.");
    writeFileSync(join(dir, "dict.json"), JSON.stringify([{ id: "blue_lions", label: "Blue Lions", kind: "armed_group" }, { id: "ruritania", label: "Ruritania", kind: "state" }]));
    const out = tempDir();
    const run = runCli(["build", join(dir, "a.html"), join(dir, "b.md"), "--dictionary", join(dir, "dict.json"), "--out", out]);
    expect(run.stderr).toBe("");
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const edges = graph.edges.map((e: { source: string; target: string; attributes: { relation: string } }) => `${e.source} ${e.attributes.relation} ${e.target}`);
    expect(edges).toEqual(expect.arrayContaining(["blue_lions attacks ruritania", "ruritania condemns blue_lions"]));
  });

  it("explains every option in --help", () => {
    const run = runCli(["build", "--help"]);
    expect(run.status).toBe(0);
    for (const option of ["--out", "--dictionary", "--iterations", "--quiet", "--jobs", "--strict", "--no-cache"]) expect(run.stdout).toContain(option);
  });

  describe("bad input: one clear line on stderr, a non-zero exit, earlier output kept", () => {
    const cases: [string, (dir: string) => string, RegExp][] = [
      ["a missing path", (dir) => join(dir, "nope.txt"), /no such file or folder/],
      ["a folder with no articles", (dir) => (mkdirSync(join(dir, "empty")), join(dir, "empty")), /no articles/],
    ];
    for (const [name, make, message] of cases) {
      it(name, () => {
        const out = tempDir();
        expect(runCli(["build", "graph-data/articles", "--out", out, "-q"]).status).toBe(0);
        const before = readFileSync(join(out, "graph.json"));
        const run = runCli(["build", make(tempDir()), "--out", out]);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(readFileSync(join(out, "graph.json"))).toEqual(before);
      });
    }
  });

  describe("a bad document in a corpus: reported (file and reason) and skipped; with --strict the build fails", () => {
    const cases: [string, (dir: string) => string, RegExp][] = [
      ["an empty file", (dir) => (writeFileSync(join(dir, "e.txt"), "  \n"), join(dir, "e.txt")), /e\.txt: empty file/],
      ["a binary file", (dir) => (writeFileSync(join(dir, "b.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), join(dir, "b.txt")), /b\.txt: binary file/],
      ["invalid UTF-8", (dir) => (writeFileSync(join(dir, "u.txt"), Buffer.from([0x52, 0x75, 0xff, 0xfe, 0x73])), join(dir, "u.txt")), /u\.txt: not valid UTF-8/],
      ["a malformed JSON Lines record", (dir) => (writeFileSync(join(dir, "f.jsonl"), '{"id": "x", "text": \n'), join(dir, "f.jsonl")), /f\.jsonl:1: not valid JSON/],
    ];
    for (const [name, make, message] of cases) {
      it(`${name}: skipped, and the build completes`, () => {
        const out = tempDir();
        const run = runCli(["build", "graph-data/articles", make(tempDir()), "--out", out]);
        expect(run.status).toBe(0);
        expect(run.stderr).toMatch(new RegExp(`^actorgraph: skipped .*${message.source}`));
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stdout).toMatch(/: 1 document, \d+ actors, .* s \(1 skipped\)\n$/);
        expect(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")).attributes.documents).toEqual(["idlib.txt"]);
      });

      it(`${name}: with --strict, the build fails and keeps the earlier graph`, () => {
        const out = tempDir();
        expect(runCli(["build", "graph-data/articles", "--out", out, "-q"]).status).toBe(0);
        const before = readFileSync(join(out, "graph.json"));
        const run = runCli(["build", "graph-data/articles", make(tempDir()), "--out", out, "--strict"]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(readFileSync(join(out, "graph.json"))).toEqual(before);
      });
    }

    it("when no document at all can be read, the build fails and keeps the earlier graph", () => {
      const out = tempDir();
      expect(runCli(["build", "graph-data/articles", "--out", out, "-q"]).status).toBe(0);
      const before = readFileSync(join(out, "graph.json"));
      const dir = tempDir();
      writeFileSync(join(dir, "e.txt"), "");
      const run = runCli(["build", join(dir, "e.txt"), "--out", out]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^actorgraph: skipped .*e\.txt: empty file\nactorgraph: no article could be read \(1 skipped\)\n$/);
      expect(readFileSync(join(out, "graph.json"))).toEqual(before);
    });
  });

  it("reports an output folder it cannot write as one line, and an invalid pattern likewise", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "not a folder");
    const unwritable = runCli(["build", "graph-data/articles", "--out", join(dir, "file", "sub")]);
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toMatch(/^actorgraph: cannot write to .*: ENOTDIR\n$/);
    const pattern = runCli(["build", "tests/fixtures/[z-a]*.txt", "--out", tempDir()]);
    expect(pattern.status).toBe(1);
    expect(pattern.stderr).toMatch(/^actorgraph: invalid pattern: /);
  });
});
