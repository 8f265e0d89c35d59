import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGraphFiles } from "../../src/export/write.js";
import { articlesToGraph } from "../../src/pipeline.js";
import { readArticles } from "../../src/read/readArticles.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { buildCorpus as build, fixtureCorpus as corpus, outputFiles as files } from "../helpers/corpus.js";

describe("corpus builds", () => {
  it("give byte-identical output with one worker or two, from the cache or without it", () => {
    const input = corpus();
    const [one, two, noCache] = [tempDir(), tempDir(), tempDir()];
    build([input, "--out", one, "-j", "1"]);
    build([input, "--out", two, "-j", "2"]);
    const cached = build([input, "--out", two, "-j", "2"]);
    expect(cached.stdout).toMatch(/\(1 skipped, 174 from cache\)/);
    build([input, "--out", noCache, "-j", "2", "--no-cache"]);
    expect(files(two)).toEqual(files(one));
    expect(files(noCache)).toEqual(files(one));
  });

  it("write the same bytes as the library's articlesToGraph, which the viewer and eval use", () => {
    // The command line builds from a tally and lays out only keys and weights; the library builds a graph.
    const out = tempDir();
    build(["tests/fixtures/articles", "--out", out, "-q"]);
    const library = tempDir();
    writeGraphFiles(articlesToGraph(readArticles(["tests/fixtures/articles"]), { layoutIterations: 50 }), library);
    expect(files(out)).toEqual(files(library));
  });

  it("extract only the added document when one is added, and match a full build", () => {
    const input = corpus();
    const [out, fresh] = [tempDir(), tempDir()];
    build([input, "--out", out, "-q"]);
    writeFileSync(join(input, "text", "added.txt"), "Date: 2024-03-01\n\nHamas praised Iran. Israel attacked Hezbollah.");
    expect(build([input, "--out", out]).stdout).toMatch(/: 175 documents, .*\(1 skipped, 174 from cache\)/);
    build([input, "--out", fresh, "--no-cache"]);
    expect(files(out)).toEqual(files(fresh));
  });

  it("extract again when the dictionary changes", () => {
    const input = corpus();
    const out = tempDir();
    build([input, "--out", out, "-q"]);
    const dictionary = join(tempDir(), "dict.json");
    writeFileSync(dictionary, JSON.stringify([{ id: "ruritania", label: "Ruritania", kind: "state" }]));
    expect(build([input, "--out", out, "-d", dictionary]).stdout).not.toMatch(/from cache/);
    expect(build([input, "--out", out, "-d", dictionary]).stdout).toMatch(/174 from cache/);
  });

  it("keep dates on evidence and give relations their first and last day", () => {
    const out = tempDir();
    build([corpus(), "--out", out, "-q"]);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const russia = graph.nodes.find((n: { key: string }) => n.key === "russia");
    expect(russia.attributes.aliases).toEqual(expect.arrayContaining(["Russia", "Moscow", "Kremlin", "Russian Federation"]));
    expect(russia.attributes.documents).toBeGreaterThanOrEqual(3);
    const attacks = graph.edges.find((e: { key: string }) => e.key === "russia|attacks|ukraine");
    const fromFeed = attacks.attributes.evidence.filter((e: { doc: string }) => e.doc.startsWith("feed-"));
    expect(fromFeed.map((e: { doc: string; date: string }) => [e.doc, e.date])).toEqual([["feed-2", "2024-02-03"]]);
    expect(attacks.attributes.firstSeen <= "2024-02-03" && attacks.attributes.lastSeen >= "2024-02-03").toBe(true);
  });

  it("read quoted glob patterns", () => {
    const input = corpus();
    const out = tempDir();
    const run = build([join(input, "**", "*.jsonl"), join(input, "text", "more", "*.txt"), "--out", out]);
    expect(run.stdout).toMatch(/: 3 documents, .*\(1 skipped\)/);
  });

  it("draw no progress when stderr is not a terminal", () => {
    const run = build([corpus(), "--out", tempDir(), "-j", "2"]);
    expect(run.stderr).toMatch(/^actorgraph: skipped [^\r\n]*feed\.jsonl:3: not valid JSON\n$/);
  });

  it("draw a progress line on a terminal, and none with --quiet", () => {
    // util-linux's `script` gives the build a terminal; it is part of every Debian system.
    expect(spawnSync("script", ["--version"]).status).toBe(0);
    const input = corpus();
    const onTerminal = (extra: string) =>
      spawnSync("script", ["-qec", `${process.execPath} bin/actorgraph.js build ${input} --out ${tempDir()} --iterations 0 ${extra}`, "/dev/null"], { encoding: "utf8" });
    const shown = onTerminal("-j 1");
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/\r\[[#-]{24}\] \d+%  \d+ documents/);
    expect(shown.stdout).toContain("actorgraph: skipped");
    expect(onTerminal("-j 1 -q").stdout).not.toContain("documents");
  });

  it("process a long article and a 1 MB run of words without punctuation", () => {
    const dir = tempDir();
    const paragraph = "Russia attacked Ukraine near Kharkiv. Hamas praised Iran. The United Nations condemned Russia.";
    writeFileSync(join(dir, "long.txt"), Array.from({ length: 6000 }, () => paragraph).join("\n\n"));
    writeFileSync(join(dir, "run.txt"), "Russia attacked Ukraine and ".repeat(40_000));
    const out = tempDir();
    build([dir, "--out", out, "-j", "2"]);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const attacks = graph.edges.find((e: { key: string }) => e.key === "russia|attacks|ukraine");
    const text = readFileSync(join(dir, "long.txt"), "utf8");
    const fromLong = attacks.attributes.evidence.filter((e: { doc: string }) => e.doc === "long.txt");
    expect(fromLong).toHaveLength(6000);
    for (const e of fromLong) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
