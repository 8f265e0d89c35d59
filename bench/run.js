#!/usr/bin/env node
// `npm run bench`: builds a deterministic ~20 MB synthetic corpus (bench/corpus.js) and measures, each
// against a baseline taken in the same run on the same machine:
//   1. extraction on one thread against wink-nlp's tokenise + POS tag of the same text  (target ≥ 1.0)
//   2. extraction of the corpus on every core against one thread                        (target ≥ 0.85 × cores)
//   3. an end-to-end `actorgraph build`: MB/s and peak memory                            (target < 30 s, < 2 GiB)
//   4. a rebuild after adding one article against the full build                         (target ≤ 0.05)
//   5. GEXF export against graphology-gexf (bench/export-bench.js)                       (target ≥ 2.0)
//   6. the viewer (bench/viewer-bench.js), when that file exists.
// Exits 1 when a target is missed. Runs over dist/: `npm run bench` builds it first.
//
//   node bench/run.js [--mb 20] [--sample-mb 4] [--keep <dir>]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { syntheticArticle, writeCorpus } from "./corpus.js";

const BENCH = fileURLToPath(new URL(".", import.meta.url));
const REPO = join(BENCH, "..");
const SCRIPT = fileURLToPath(import.meta.url);
const cores = availableParallelism();

const mb = (bytes) => bytes / 1e6;
const fixed = (value, digits = 2) => value.toFixed(digits);

/**
 * CPU time in clock ticks (Linux): the whole machine's busy time, and this process's with its finished
 * children's. Their difference over a measurement is what other programs took meanwhile.
 */
function ticks() {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    return { busy: cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7], own: fields[11] + fields[12] + fields[13] + fields[14], at: performance.now() };
  } catch {
    return undefined;
  }
}

/** Cores other programs kept busy between two `ticks()`, on average (100 ticks a second). */
function othersLoad(before, after) {
  if (!before || !after || after.at - before.at < 50) return undefined;
  return Math.max(0, (after.busy - before.busy - (after.own - before.own)) / 100 / ((after.at - before.at) / 1000));
}
const loads = [];

/** Runs this script in a fresh process for one measurement (so each starts cold, with its own peak memory). */
function child(args) {
  const before = ticks();
  const run = spawnSync(process.execPath, [SCRIPT, "--child", ...args], { encoding: "utf8", cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  const load = othersLoad(before, ticks());
  if (load !== undefined) loads.push(load);
  if (run.status !== 0) throw new Error(`${args[0]} failed: ${(run.stderr || run.stdout).trim().split("\n").slice(-3).join(" | ")}`);
  return { ...JSON.parse(run.stdout.trim().split("\n").pop()), load };
}

const busy = (load) => (load === undefined ? "" : `; other programs used ${fixed(load, 1)} of ${cores} cores meanwhile`);

// ---- child measurements -------------------------------------------------------------------------

/** The articles of the corpus's first `bytes` as the extractor sees them (title, blank line, text). */
function sampleArticles(bytes) {
  const articles = [];
  for (let i = 0, total = 0; total < bytes; i++) {
    const a = syntheticArticle(i);
    const article = { name: a.id, text: `${a.title}\n\n${a.text}`, date: a.date };
    articles.push(article);
    total += Buffer.byteLength(article.text);
  }
  return articles;
}

/** Extraction against wink-nlp on the same texts, in this one thread: each warmed up, then the best of three alternating rounds. */
async function childBaseline(sampleMb) {
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const { extractArticle, dictionaryMatcher } = await import("../dist/pipeline.js");
  const articles = sampleArticles(sampleMb * 1e6);
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const matcher = dictionaryMatcher();
  const nlp = winkNLP(model, ["pos"]);
  let sink = 0;
  const runs = {
    extraction: () => articles.forEach((a) => (sink += extractArticle(a, matcher).relations.length)),
    wink: () => articles.forEach((a) => (sink += nlp.readDoc(a.text).tokens().length())),
  };
  const best = { extraction: Infinity, wink: Infinity };
  const warm = articles.slice(0, Math.ceil(articles.length / 4));
  warm.forEach((a) => extractArticle(a, matcher));
  warm.forEach((a) => nlp.readDoc(a.text));
  for (let round = 0; round < 3; round++) {
    for (const name of Object.keys(runs)) {
      const started = performance.now();
      runs[name]();
      best[name] = Math.min(best[name], (performance.now() - started) / 1000);
    }
  }
  return { bytes, extraction: best.extraction, wink: best.wink, sink };
}

/** Extraction of a corpus folder by the pool with `jobs` threads, no cache: reading, hashing and extracting. */
async function childExtract(dir, jobs) {
  const { listCorpus } = await import("../dist/read/corpus.js");
  const { extractCorpus } = await import("../dist/corpus/pool.js");
  const sources = listCorpus([dir]);
  const started = performance.now();
  const result = await extractCorpus(sources, { jobs });
  return { seconds: (performance.now() - started) / 1000, bytes: sources.reduce((sum, s) => sum + s.bytes, 0), documents: result.extractions.length };
}

/** `actorgraph build` as the command line runs it, timed from process start, with the process's peak memory (workers included). */
async function childBuild(dir, out) {
  const { main } = await import("../dist/cli/main.js");
  const code = await main([process.execPath, "actorgraph", "build", dir, "--out", out, "-q"]);
  if (code !== 0) throw new Error(`build exited with ${code}`);
  return { seconds: performance.now() / 1000, peakRss: process.resourceUsage().maxRSS * 1024 };
}

// ---- the run -----------------------------------------------------------------------------------

const results = [];
function report(name, value, target, met) {
  results.push({ name, value, target, met });
  console.log(`${met ? "  ok  " : "MISSED"} ${name}: ${value} (target ${target})`);
}

/** Runs another benchmark script, shows its output, and returns its exit status and output. */
function script(file, args = []) {
  const run = spawnSync(process.execPath, [join(BENCH, file), ...args], { encoding: "utf8", cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`.trim();
  for (const line of output.split("\n")) console.log(`    ${line}`);
  return { status: run.status, output };
}

async function main() {
  const { values } = parseArgs({ options: { mb: { type: "string", default: "20" }, "sample-mb": { type: "string", default: "4" }, keep: { type: "string" } } });
  const work = values.keep ?? mkdtempSync(join(tmpdir(), "actorgraph-bench-"));
  mkdirSync(work, { recursive: true });
  const corpus = join(work, "corpus");
  try {
    rmSync(corpus, { recursive: true, force: true });
    const made = writeCorpus(corpus, { bytes: Number(values.mb) * 1e6 });
    console.log(`Synthetic corpus: ${made.articles} articles, ${fixed(mb(made.bytes), 1)} MB (2 in 5 as text files, the rest as JSON Lines); ${cores} cores`);

    const base = child(["baseline", values["sample-mb"]]);
    const single = mb(base.bytes) / base.extraction;
    const wink = mb(base.bytes) / base.wink;
    console.log(`    extraction, 1 thread: ${fixed(single)} MB/s; wink-nlp tokenise + POS tag: ${fixed(wink)} MB/s (same ${fixed(mb(base.bytes), 1)} MB of text${busy(base.load)})`);
    report("extraction on one thread / wink-nlp tokenise + POS", fixed(single / wink), "≥ 1.00", single / wink >= 1);

    // The whole corpus: each worker warms its JIT up on its first megabyte, a cost a small sample would exaggerate.
    const one = child(["extract", corpus, "1"]);
    const all = child(["extract", corpus, String(cores)]);
    const speedup = one.seconds / all.seconds;
    console.log(`    ${fixed(mb(all.bytes), 1)} MB, ${all.documents} documents: ${fixed(one.seconds)} s on 1 thread${busy(one.load)}; ${fixed(all.seconds)} s on ${cores}${busy(all.load)}`);
    report(`extraction on ${cores} cores / one thread`, fixed(speedup), `≥ ${fixed(0.85 * cores)}`, speedup >= 0.85 * cores);

    const out = join(work, "out");
    rmSync(out, { recursive: true, force: true });
    const full = child(["build", corpus, out]);
    console.log(`    full build, empty cache: ${fixed(full.seconds, 1)} s${busy(full.load)}`);
    report("end-to-end build, 20 MB", `${fixed(full.seconds, 1)} s, ${fixed(mb(made.bytes) / full.seconds)} MB/s`, "< 30 s", full.seconds < 30);
    report("end-to-end build, peak memory", `${fixed(full.peakRss / 2 ** 20, 0)} MB`, "< 2048 MB", full.peakRss < 2 ** 31);

    const added = syntheticArticle(made.articles + 1, 2);
    writeFileSync(join(corpus, "added.txt"), `${added.title}\nDate: ${added.date}\n\n${added.text}\n`);
    const again = child(["build", corpus, out]);
    console.log(`    rebuild, one article added: ${fixed(again.seconds, 2)} s${busy(again.load)}`);
    report("rebuild after adding 1 article / full build", `${fixed(again.seconds)} s / ${fixed(full.seconds)} s = ${fixed(again.seconds / full.seconds, 3)}`, "≤ 0.05", again.seconds / full.seconds <= 0.05);

    console.log("GEXF export (bench/export-bench.js):");
    const gexf = script("export-bench.js");
    const ratio = /(\d+(?:\.\d+)?)x faster/.exec(gexf.output)?.[1];
    report("GEXF export / graphology-gexf, 50,000 actors + 200,000 relations", ratio ? `${ratio}x` : "no figure", "≥ 2.0", gexf.status === 0 && !!ratio);

    if (existsSync(join(BENCH, "viewer-bench.js"))) {
      console.log("Viewer (bench/viewer-bench.js):");
      const viewer = script("viewer-bench.js");
      report("viewer benchmark", viewer.status === 0 ? "passed" : `exit ${viewer.status}`, "its own targets", viewer.status === 0);
    } else {
      console.log("Viewer: bench/viewer-bench.js is not there, skipped.");
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  const missed = results.filter((r) => !r.met);
  const worst = Math.max(0, ...loads);
  if (worst >= 0.2) console.log(`Note: other programs used up to ${fixed(worst, 1)} of the ${cores} cores during these measurements; the figures are lower than an idle machine gives.`);
  console.log(missed.length ? `${missed.length} of ${results.length} targets missed.` : `All ${results.length} targets met.`);
  process.exitCode = missed.length ? 1 : 0;
}

const CHILDREN = { baseline: childBaseline, extract: (dir, jobs) => childExtract(dir, Number(jobs)), build: childBuild };

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  const result = await CHILDREN[argv[1]](...argv.slice(2).map((a) => (/^\d+(\.\d+)?$/.test(a) ? Number(a) : a)));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
