import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/cli/errors.js";
import { extractCorpus, sharedRunner, workerRunner, type Done, type Progress, type Runner, type WorkerRunner } from "../../src/corpus/pool.js";
import { ExtractionCache } from "../../src/corpus/cache.js";
import { distPath } from "../../src/corpus/paths.js";
import { extractorVersion } from "../../src/corpus/version.js";
import { extractArticle } from "../../src/corpus/split.js";
import { dictionaryMatcher } from "../../src/pipeline.js";
import type { DocumentExtraction } from "../../src/extract/document.js";
import { listCorpus } from "../../src/read/corpus.js";
import { tempDir } from "../helpers/cli.js";

function mixedCorpus(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "a.txt"), "Date: 2024-01-05\n\nRussia attacked Ukraine. The United Nations condemned Moscow.");
  writeFileSync(join(dir, "b.txt"), "");
  const lines = [
    { id: "j1", title: "Hamas praises Iran", date: "2024-01-01", text: "Hamas praised Iran for its support." },
    { id: "j2", date: "2024-01-02", text: "Turkey mediated between Russia and Ukraine. Qatar hosted talks between Hamas and Israel." },
  ].map((record) => JSON.stringify(record));
  // Enough documents that workers start (the first few are extracted in the calling thread).
  const more = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `m${i}`, text: `Day ${i}: Israel attacked Hezbollah. Iran condemned Israel.` }));
  writeFileSync(join(dir, "feed.jsonl"), `${lines[0]}\nnot json\n${lines[1]}\n${more.join("\n")}\n`);
  return dir;
}

const byDoc = (extractions: DocumentExtraction[]) => [...extractions].sort((a, b) => (a.doc < b.doc ? -1 : 1));

describe("extracting a corpus", () => {
  it("gives the same extractions on one thread or several, and reports every unusable document", async () => {
    const sources = listCorpus([mixedCorpus()]);
    const problems: string[] = [];
    const one = await extractCorpus(sources, { jobs: 1, onProblem: (p) => problems.push(`${p.where.replace(/^.*\//, "")}: ${p.reason}`) });
    const two = await extractCorpus(sources, { jobs: 2 });
    expect(one.extractions.map((e) => e.doc).sort()).toEqual(["a.txt", "j1", "j2", ...Array.from({ length: 10 }, (_, i) => `m${i}`)]);
    expect(byDoc(two.extractions)).toEqual(byDoc(one.extractions));
    expect(problems).toEqual(["b.txt: empty file", "feed.jsonl:2: not valid JSON"]);
    expect(two.problems).toEqual(one.problems);
  });

  it("reuses cached extractions, which equal fresh ones", async () => {
    const sources = listCorpus([mixedCorpus()]);
    const cacheRoot = join(tempDir(), ".cache");
    const fresh = await extractCorpus(sources, { jobs: 2, cacheRoot });
    expect(fresh.cached).toBe(0);
    const again = await extractCorpus(sources, { jobs: 2, cacheRoot });
    expect(again.cached).toBe(13);
    expect(JSON.stringify(byDoc(again.extractions))).toBe(JSON.stringify(byDoc(fresh.extractions)));
  });

  it("leaves an index of every segment's entries, and no file open", async () => {
    const sources = listCorpus([mixedCorpus()]);
    const cacheRoot = join(tempDir(), ".cache");
    const open = () => readdirSync("/proc/self/fd").length;
    const before = open();
    await extractCorpus(sources, { jobs: 2, cacheRoot });
    await extractCorpus(sources, { jobs: 2, cacheRoot });
    expect(open()).toBe(before);
    const dir = new ExtractionCache(cacheRoot, extractorVersion()).dir;
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
    const segments = readdirSync(dir).filter((name) => name.endsWith(".jsonl")).sort();
    expect(segments.length).toBeGreaterThan(1);
    expect(index.segments).toEqual(segments.map((name) => [name, statSync(join(dir, name)).size]));
    expect(index.entries).toHaveLength(13);
  });

  it("counts progress up to every byte of the corpus", async () => {
    const sources = listCorpus([mixedCorpus()]);
    const seen: Progress[] = [];
    await extractCorpus(sources, { jobs: 1, onProgress: (p) => seen.push({ ...p }) });
    const last = seen[seen.length - 1];
    expect(last).toMatchObject({ documents: 13, skipped: 2 });
    expect(last.bytesDone).toBe(last.bytesTotal);
    expect(seen.map((p) => p.bytesDone)).toEqual([...seen.map((p) => p.bytesDone)].sort((a, b) => a - b));
  });

  it("fails on the first unusable document when strict", async () => {
    const sources = listCorpus([mixedCorpus()]);
    const run = extractCorpus(sources, { jobs: 2, strict: true });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/b\.txt: empty file$/);
  });
});

describe("extraction workers", () => {
  const setup = { dictionary: [], version: "test" };

  it("answer each document, through the cached form and back", async () => {
    const runner = workerRunner(2, setup);
    const results: unknown[] = [];
    const article = { name: "a.txt", text: "Russia attacked Ukraine. Hamas praised Iran.", date: "2024-01-01" };
    runner.run("k", article, (result) => results.push(result));
    await runner.drain();
    await runner.close();
    expect(results).toEqual([{ extraction: extractArticle(article, dictionaryMatcher()) }]);
  });

  it("take documents until each holds a tenth of a second of work, then make the caller wait", async () => {
    const runner = workerRunner(1, setup);
    const long = { name: "long.txt", text: "Russia attacked Ukraine. ".repeat(8000) };
    expect(runner.room()).toBe(true);
    runner.run("k", long, () => {});
    expect(runner.room()).toBe(false);
    expect(runner.ready(long)).toBeInstanceOf(Promise);
    await runner.drain();
    expect(runner.room()).toBe(true);
    await runner.close();
  });

  it("that die on a document fail only the documents they held, and are replaced", async () => {
    // The real worker, after a listener that kills the thread on one document (imports run in order).
    const dir = tempDir();
    writeFileSync(join(dir, "crash.mjs"), `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ article }) => article.text.includes("CRASH") && process.exit(3));`);
    const script = join(dir, "crashing-worker.mjs");
    writeFileSync(script, `import "./crash.mjs";\nimport ${JSON.stringify(pathToFileURL(distPath("corpus/worker.js")).href)};`);
    const runner = workerRunner(1, setup, script);
    const results: string[] = [];
    for (const text of ["Russia attacked Ukraine.", "CRASH", "Hamas praised Iran."]) {
      runner.run(text, { name: `${results.length}.txt`, text }, (result) => results.push("error" in result ? result.error : result.extraction.doc));
      await runner.drain();
    }
    await runner.close();
    expect(results).toEqual(["0.txt", "extractor stopped (worker exited)", "2.txt"]);
  });

  it("that cannot start stop the build with the reason instead of restarting for ever", async () => {
    const runner = workerRunner(2, setup, join(tempDir(), "missing-worker.js"));
    const failures: string[] = [];
    for (let i = 0; i < 3; i++) runner.run(`k${i}`, { name: `${i}.txt`, text: "Russia attacked Ukraine." }, (result) => "error" in result && failures.push(result.error));
    await expect(runner.drain()).rejects.toThrow(/^extraction workers could not start \(.+\)$/);
    expect(() => runner.ready()).toThrow(/could not start/);
    await runner.close();
    expect(failures).toHaveLength(3);
    for (const failure of failures) expect(failure).toMatch(/^extractor stopped \(/);
  });
});

describe("this thread and the workers together", () => {
  /** Runners that only record where each document went; the workers have room while `room` says so. */
  function fakes(room: () => boolean) {
    const went: string[] = [];
    const runner = (where: string): Runner => ({
      ready: () => undefined,
      run: (_key: string, article: { name: string }, _done: Done) => void went.push(`${article.name} ${where}`),
      drain: async () => {},
      close: async () => {},
    });
    const workers: WorkerRunner = { ...runner("worker"), room, ready: () => (room() ? undefined : Promise.resolve()) };
    return { went, shared: sharedRunner(runner("here"), workers) };
  }
  const short = { name: "short", text: "Russia attacked Ukraine." };
  const long = { name: "long", text: "Russia attacked Ukraine. ".repeat(4000) };

  it("send documents to the workers while they have room", () => {
    const { went, shared } = fakes(() => true);
    expect(shared.ready(long)).toBeUndefined();
    shared.run("k", long, () => {});
    shared.run("k", short, () => {});
    expect(went).toEqual(["long worker", "short worker"]);
  });

  it("extract a short document here when the workers are full, then let their replies in", async () => {
    const { went, shared } = fakes(() => false);
    expect(shared.ready(short)).toBeUndefined();
    shared.run("k", short, () => {});
    expect(went).toEqual(["short here"]);
    const replies = shared.ready(short);
    expect(replies).toBeInstanceOf(Promise);
    await replies;
    expect(shared.ready(short)).toBeUndefined();
  });

  it("keep a long document for the workers, waiting for room", () => {
    const { shared } = fakes(() => false);
    expect(shared.ready(long)).toBeInstanceOf(Promise);
  });
});
