import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { defaultJobs, extractCorpus } from "../corpus/pool.js";
import { ProgressBar } from "../corpus/progress.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import { writeGraphFiles } from "../export/write.js";
import { extractionsToGraph } from "../pipeline.js";
import { listCorpus } from "../read/corpus.js";
import type { ActorGraph } from "../types.js";
import { RELATION_TYPES } from "../vocabulary/relations.js";
import { UserError } from "./errors.js";

const KINDS = new Set(["person", "state", "government", "armed_group", "organization", "media", "place"]);

/** Reads a user's dictionary file: a JSON array of {id, label, kind, aliases?, demonyms?, metonyms?}. */
export function readDictionary(path: string): DictionaryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "not valid JSON";
    throw new UserError(`dictionary ${path}: ${reason}`);
  }
  if (!Array.isArray(data)) throw new UserError(`dictionary ${path}: expected a JSON array of actors`);
  data.forEach((entry, i) => {
    const ok = entry && typeof entry.id === "string" && typeof entry.label === "string" && KINDS.has(entry.kind);
    if (!ok) throw new UserError(`dictionary ${path}: entry ${i + 1} needs "id", "label" and a "kind" among ${[...KINDS].join(", ")}`);
  });
  return data as DictionaryEntry[];
}

/** "1 document, 14 actors, 12 relations (attacks 5, backs 2), 0.4 s", then notes such as "(1 skipped)". */
export function summary(graph: ActorGraph, documents: number, seconds: number, notes: string[] = []): string {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + 1));
  const byType = RELATION_TYPES.filter((r) => counts.has(r)).map((r) => `${r} ${counts.get(r)}`).join(", ");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(documents, "document")}, ${plural(graph.order, "actor")}, ${plural(graph.size, "relation")}${byType ? ` (${byType})` : ""}, ${seconds.toFixed(2)} s${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

// Below this much input, starting worker threads costs more than it saves (unless -j asks for them).
const SMALL_INPUT_BYTES = 512 * 1024;

interface BuildOptions {
  out: string;
  dictionary?: string;
  iterations: string;
  jobs?: string;
  strict?: boolean;
  cache: boolean;
  quiet?: boolean;
}

/** The output folder must be writable before any work starts: a bad --out is a one-line user error. */
function ensureOutputFolder(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot write to ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function build(paths: string[], options: BuildOptions): Promise<void> {
  const started = performance.now();
  ensureOutputFolder(options.out);
  const iterations = Number(options.iterations);
  if (!Number.isInteger(iterations) || iterations < 0) throw new UserError(`--iterations must be a whole number, got ${options.iterations}`);
  const jobsAsked = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobsAsked !== undefined && (!Number.isInteger(jobsAsked) || jobsAsked < 1)) throw new UserError(`--jobs must be a whole number of at least 1, got ${options.jobs}`);
  const dictionary = options.dictionary ? readDictionary(options.dictionary) : [];
  const sources = listCorpus(paths);
  const bytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  const jobs = jobsAsked ?? (bytes < SMALL_INPUT_BYTES ? 1 : defaultJobs());

  const bar = ProgressBar.enabled(process.stderr, !!options.quiet) ? new ProgressBar(process.stderr) : undefined;
  let result;
  try {
    result = await extractCorpus(sources, {
      jobs,
      dictionary,
      cacheRoot: options.cache ? join(options.out, ".cache") : undefined,
      strict: options.strict,
      onProblem: (p) => (bar ? bar.note(`actorgraph: skipped ${p.where}: ${p.reason}`) : process.stderr.write(`actorgraph: skipped ${p.where}: ${p.reason}\n`)),
      onProgress: (progress) => bar?.update(progress),
    });
  } finally {
    bar?.clear();
  }
  const { extractions, problems, cached } = result;
  if (!extractions.length) throw new UserError(`no article could be read (${problems.length} skipped)`);
  const graph = extractionsToGraph(extractions, { layoutIterations: iterations });
  try {
    writeGraphFiles(graph, options.out);
  } catch (error) {
    throw new UserError(`cannot write to ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!options.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const notes = [...(problems.length ? [`${problems.length} skipped`] : []), ...(cached ? [`${cached} from cache`] : [])];
    process.stdout.write(`Built ${join(options.out, "graph.json")} and graph.gexf: ${summary(graph, extractions.length, seconds, notes)}\n`);
  }
}

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("Extract actors and relations from articles (.txt, .md, .html files, .jsonl feeds, folders or glob patterns) and write graph.json and graph.gexf")
    .argument("<paths...>", "article files, JSON Lines files, folders (searched recursively) or quoted glob patterns")
    .option("-o, --out <dir>", "folder to write graph.json and graph.gexf into", "graph-data")
    .option("-d, --dictionary <file>", "JSON array of extra actors {id, label, kind, aliases, demonyms, metonyms} that extend the built-in dictionary")
    .option("--iterations <n>", "ForceAtlas2 layout iterations (0 keeps seeded positions)", "300")
    .option("-j, --jobs <n>", "extraction threads (default: one per core; small inputs use one)")
    .option("--strict", "fail on the first unreadable or malformed document instead of skipping it")
    .option("--no-cache", "extract every document again instead of reusing <out>/.cache")
    .option("-q, --quiet", "print nothing but errors (and no progress bar)")
    .action(build);
}
