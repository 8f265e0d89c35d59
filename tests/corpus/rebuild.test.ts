import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { buildCorpus as build, fixtureCorpus as corpus, outputFiles as files } from "../helpers/corpus.js";

/** Builds `input` into `out` (whose cache holds an earlier build), and checks the bytes against a clean build. */
function rebuildMatchesClean(input: string, out: string): string {
  const run = build([input, "--out", out]);
  const clean = tempDir();
  build([input, "--out", clean, "--no-cache", "-q"]);
  expect(files(out)).toEqual(files(clean));
  return run.stdout;
}

const ADDED = "Date: 2024-03-01\n\nHamas praised Iran. Israel attacked Hezbollah. Russia attacked Ukraine.";

describe("rebuilds from the previous build's state", () => {
  it("add a new file's documents without reading the others: same bytes as a clean build", () => {
    const [input, out] = [corpus(), tempDir()];
    build([input, "--out", out, "-q"]);
    // Without per-document extractions, only the build state can give the 33 earlier documents.
    rmSync(join(out, ".cache", "extractions"), { recursive: true });
    writeFileSync(join(input, "text", "added.txt"), ADDED);
    expect(rebuildMatchesClean(input, out)).toMatch(/: 175 documents, .*\(1 skipped, 174 from cache\)/);
  });

  it("with nothing changed, reuse everything and write the same bytes", () => {
    const [input, out] = [corpus(), tempDir()];
    build([input, "--out", out, "-q"]);
    const before = files(out);
    rmSync(join(out, ".cache", "extractions"), { recursive: true });
    expect(build([input, "--out", out]).stdout).toMatch(/\(1 skipped, 174 from cache\)/);
    expect(files(out)).toEqual(before);
  });

  const feedLine = (id: string, text: string) => `${JSON.stringify({ id, date: "2024-02-05", text })}\n`;

  it("read only the lines appended to a feed: same bytes as a clean build", () => {
    const [input, out] = [corpus(), tempDir()];
    build([input, "--out", out, "-q"]);
    rmSync(join(out, ".cache", "extractions"), { recursive: true });
    appendFileSync(join(input, "feed.jsonl"), `${feedLine("feed-4", "Iran backed Hezbollah. Israel attacked Hezbollah.")}{"broken again\n`);
    const run = build([input, "--out", out]);
    expect(run.stdout).toMatch(/: 175 documents, .*\(2 skipped, 174 from cache\)/);
    expect(run.stderr).toMatch(/feed\.jsonl:5: not valid JSON/);
    const clean = tempDir();
    build([input, "--out", clean, "--no-cache", "-q"]);
    expect(files(out)).toEqual(files(clean));
    // The mark moved on: one more line is again read alone.
    rmSync(join(out, ".cache", "extractions"), { recursive: true });
    appendFileSync(join(input, "feed.jsonl"), feedLine("feed-6", "Turkey condemned Russia."));
    expect(rebuildMatchesClean(input, out)).toMatch(/: 176 documents, .*\(2 skipped, 175 from cache\)/);
  });

  const rereads: [string, (feed: string) => void, (feed: string) => void][] = [
    ["a feed edited before its end", () => {}, (feed) => writeFileSync(feed, readFileSync(feed, "utf8").replace("drone strike", "drone attack") + feedLine("feed-4", "Iran backed Hezbollah."))],
    ["a feed whose last line had no line break", (feed) => writeFileSync(feed, readFileSync(feed, "utf8").replace(/\n$/, "")), (feed) => appendFileSync(feed, `\n${feedLine("feed-4", "Iran backed Hezbollah.")}`)],
  ];
  for (const [name, before, change] of rereads) {
    it(`read ${name} again in full: same bytes as a clean build`, () => {
      const [input, out] = [corpus(), tempDir()];
      const feed = join(input, "feed.jsonl");
      before(feed);
      build([input, "--out", out, "-q"]);
      rmSync(join(out, ".cache", "extractions"), { recursive: true });
      change(feed);
      // Every document extracted again: none came from the build state.
      expect(rebuildMatchesClean(input, out)).not.toMatch(/from cache/);
    });
  }

  const changes: [string, (input: string) => void][] = [
    ["a removed document", (input) => rmSync(join(input, "text", "ukraine_kharkiv_shelling.txt"))],
    ["a changed document", (input) => appendFileSync(join(input, "text", "ukraine_kharkiv_shelling.txt"), "\n\nRussia attacked Ukraine again. Hungary condemned Russia.\n")],
    ["a line added to a feed", (input) => appendFileSync(join(input, "feed.jsonl"), `${JSON.stringify({ id: "feed-3", text: "Iran backed Hezbollah." })}\n`)],
    ["a document that makes a surname name two persons", (input) => writeFileSync(join(input, "text", "venn-2.txt"), "President Mirela Venn praised Turkey.")],
  ];
  for (const [name, change] of changes) {
    it(`after ${name}, give the same bytes as a clean build`, () => {
      const [input, out] = [corpus(), tempDir()];
      writeFileSync(join(input, "text", "venn.txt"), "Foreign Minister Arlo Venn condemned Russia on Monday.\n\nMr Venn condemned Iran.");
      writeFileSync(join(input, "text", "venn-mr.txt"), "Mr Venn condemned Iran.");
      build([input, "--out", out, "-q"]);
      change(input);
      rebuildMatchesClean(input, out);
    });
  }

  it("after a document is changed back to text the cache holds, give the same bytes as a clean build", () => {
    const [input, out] = [corpus(), tempDir()];
    const file = join(input, "text", "ukraine_kharkiv_shelling.txt");
    const text = readFileSync(file, "utf8");
    build([input, "--out", out, "-q"]);
    writeFileSync(file, text.replace(/\.\s/, " on Monday. "));
    build([input, "--out", out, "-q"]);
    // Its extraction comes from the cache, yet the previous outputs hold the other text's evidence.
    writeFileSync(file, text);
    expect(rebuildMatchesClean(input, out)).toMatch(/: 174 documents, /);
  });

  const damage: [string, (out: string) => void][] = [
    ["a torn state file", (out) => writeFileSync(join(out, ".cache", "build.json"), readFileSync(join(out, ".cache", "build.json")).subarray(0, 100))],
    ["a state file of the wrong shape", (out) => writeFileSync(join(out, ".cache", "build.json"), JSON.stringify({ ...JSON.parse(readFileSync(join(out, ".cache", "build.json"), "utf8")), relations: [[1, 2]] }))],
    [
      "a state file whose saved confidences are not JSON",
      (out) => {
        const state = JSON.parse(readFileSync(join(out, ".cache", "build.json"), "utf8"));
        writeFileSync(join(out, ".cache", "build.json"), JSON.stringify({ ...state, relations: state.relations.map((r: unknown[]) => [...r.slice(0, 5), "[["]) }));
      },
    ],
    ["a state file whose persons are not (key, label) pairs", (out) => writeFileSync(join(out, ".cache", "build.json"), JSON.stringify({ ...JSON.parse(readFileSync(join(out, ".cache", "build.json"), "utf8")), persons: [[1]] }))],
    ["a state file that is not JSON", (out) => writeFileSync(join(out, ".cache", "build.json"), "\u0000\u0000\u0000")],
    ["a graph.json edited since", (out) => writeFileSync(join(out, "graph.json"), readFileSync(join(out, "graph.json"), "utf8").replace("attacks", "attacked"))],
    // Same length, same inode: only the file's times tell.
    ["a graph.json edited in place, same length", (out) => writeFileSync(join(out, "graph.json"), readFileSync(join(out, "graph.json"), "utf8").replace('"attacks"', '"attackz"'))],
    ["a graph.gexf cut short", (out) => writeFileSync(join(out, "graph.gexf"), readFileSync(join(out, "graph.gexf")).subarray(0, 5000))],
  ];
  for (const [name, harm] of damage) {
    it(`after ${name}, build in full: same bytes as a clean build, no error`, () => {
      const [input, out] = [corpus(), tempDir()];
      build([input, "--out", out, "-q"]);
      harm(out);
      writeFileSync(join(input, "text", "added.txt"), ADDED);
      const stdout = rebuildMatchesClean(input, out);
      expect(stdout).toMatch(/: 175 documents, /);
    });
  }

  it("replay the earlier documents' problems, and fail on them with --strict", () => {
    const [input, out] = [corpus(), tempDir()];
    build([input, "--out", out, "-q"]);
    writeFileSync(join(input, "text", "added.txt"), ADDED);
    const run = build([input, "--out", out]);
    expect(run.stderr).toMatch(/^actorgraph: skipped [^\n]*feed\.jsonl:3: not valid JSON\n$/);
    expect(run.stdout).toMatch(/\(1 skipped, 174 from cache\)/);
    const before = files(out);
    writeFileSync(join(input, "text", "added-2.txt"), ADDED);
    const strict = runStrict(input, out);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/^actorgraph: [^\n]*feed\.jsonl:3: not valid JSON\n$/);
    expect(files(out)).toEqual(before);
  });
});

const runStrict = (input: string, out: string) => runCli(["build", input, "--out", out, "--iterations", "50", "--strict"]);
