import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { lockOutput } from "../corpus/buildLock.js";
import { loadBuildState, saveBuildState, type BuildState, type PreviousBuild } from "../corpus/buildState.js";
import { cacheSalt } from "../corpus/cache.js";
import { addDocuments, addedSources, namesOf, reusableEdges } from "../corpus/incremental.js";
import { mergeAcrossDocuments } from "../corpus/merge.js";
import { defaultJobs, extractCorpus, type CorpusExtraction } from "../corpus/pool.js";
import { ProgressBar } from "../corpus/progress.js";
import { extractorVersion } from "../corpus/version.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import type { StoredEdge } from "../export/document.js";
import { writeDocumentFiles } from "../export/write.js";
import { tallyDocuments } from "../graph/buildGraph.js";
import { relationKeys, type GraphTally } from "../graph/tally.js";
import { layoutInput, placements, tallyDocument } from "../graph/tallyDocument.js";
import { memoisedLayout } from "../layout/memo.js";
import { listCorpus, type CorpusSource, type Problem } from "../read/corpus.js";
import { KIND_COLORS } from "../style/palette.js";
import { RELATION_TYPES } from "../vocabulary/relations.js";
import { UserError } from "./errors.js";

const KINDS = new Set(Object.keys(KIND_COLORS));

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
export function summary(tally: GraphTally, seconds: number, notes: string[] = []): string {
  const counts = new Map<string, number>();
  const keys = relationKeys(tally);
  for (const key of keys) {
    const { relation } = tally.relations.get(key)!;
    counts.set(relation, (counts.get(relation) ?? 0) + 1);
  }
  const byType = RELATION_TYPES.filter((r) => counts.has(r)).map((r) => `${r} ${counts.get(r)}`).join(", ");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(tally.documents.length, "document")}, ${plural(tally.actors.size, "actor")}, ${plural(keys.length, "relation")}${byType ? ` (${byType})` : ""}, ${seconds.toFixed(2)} s${notes.length ? ` (${notes.join(", ")})` : ""}`;
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

/** A corpus read into a tally: from scratch, or the previous build's with the new documents added. */
interface Corpus {
  state: BuildState;
  /** The previous build's bytes of the edges no new document touched. */
  stored: Map<string, StoredEdge>;
  problems: number;
  cached: number;
}

type Extract = (sources: CorpusSource[], onProblem: (p: Problem) => void) => Promise<CorpusExtraction>;

/**
 * Extracts every document (each one the extraction cache holds is taken from there). The previous
 * build's edges that did not change are copied from its outputs.
 */
async function readAll(sources: CorpusSource[], salt: string, extract: Extract, report: (p: Problem) => void, previous?: PreviousBuild): Promise<Corpus> {
  const { extractions, problems, cached, sourceOf, feeds } = await extract(sources, report);
  const tally = tallyDocuments(mergeAcrossDocuments(extractions));
  const state: BuildState = { salt, sources: stamps(sources), feeds, problems, ...namesOf(extractions), tally };
  // A document is as the previous build read it when its file is (its text may come from the cache either way).
  const changed = (doc: string) => {
    const path = sourceOf.get(doc);
    return path === undefined || previous!.state.sources[path] !== state.sources[path];
  };
  const stored = previous ? reusableEdges(previous, state, changed) : new Map<string, StoredEdge>();
  return { state, stored, problems: problems.length, cached };
}

/**
 * The previous build with the documents of new source files and of lines appended to feeds added,
 * without reading the rest: when nothing else changed and the new documents leave the earlier ones'
 * contributions as they were.
 * Undefined otherwise, and then nothing has been reported yet.
 */
async function readAdded(previous: PreviousBuild, sources: CorpusSource[], extract: Extract, strict: boolean, report: (p: Problem) => void): Promise<Corpus | undefined> {
  const { state } = previous;
  const added = addedSources(state, sources);
  if (!added) return undefined;
  if (strict && state.problems.length) throw new UserError(`${state.problems[0].where}: ${state.problems[0].reason}`);
  const before = state.tally.documents.length;
  const result = added.length ? await extract(added, () => {}) : { extractions: [], problems: [], cached: 0, sourceOf: new Map(), feeds: {} };
  if (!addDocuments(state, result.extractions)) return undefined;
  state.problems = [...state.problems, ...result.problems];
  state.sources = stamps(sources);
  // A feed read again keeps a mark only if it still ends with a whole line.
  for (const source of added) delete state.feeds[source.path];
  Object.assign(state.feeds, result.feeds);
  state.problems.forEach(report);
  return { ...previous, problems: state.problems.length, cached: before + result.cached };
}

const stamps = (sources: CorpusSource[]) => Object.fromEntries(sources.map((s) => [s.path, s.stamp]));

/** Lays the graph out and writes it, then the state that describes it. */
function writeBuild(state: BuildState, stored: Map<string, StoredEdge>, iterations: number, out: string, cacheRoot: string | undefined): void {
  const { keys, springs, degrees } = layoutInput(state.tally);
  const layout = memoisedLayout(keys, springs, iterations, state.layout);
  state.layout = layout.memo;
  let written;
  try {
    written = writeDocumentFiles(tallyDocument(state.tally, placements(layout.positions, degrees), stored), out);
  } catch (error) {
    throw new UserError(`cannot write to ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (cacheRoot) saveBuildState(cacheRoot, state, written);
}

async function build(paths: string[], options: BuildOptions): Promise<void> {
  const started = performance.now();
  ensureOutputFolder(options.out);
  const iterations = Number(options.iterations);
  if (!Number.isInteger(iterations) || iterations < 0) throw new UserError(`--iterations must be a whole number, got ${options.iterations}`);
  const jobsAsked = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobsAsked !== undefined && (!Number.isInteger(jobsAsked) || jobsAsked < 1)) throw new UserError(`--jobs must be a whole number of at least 1, got ${options.jobs}`);
  const dictionary = options.dictionary ? readDictionary(options.dictionary) : [];
  const lock = lockOutput(options.out);
  try {
    await buildLocked(paths, options, { started, iterations, jobsAsked, dictionary });
  } finally {
    lock.release();
  }
}

/** The options checked, and when the build started. */
interface Settings {
  started: number;
  iterations: number;
  jobsAsked?: number;
  dictionary: DictionaryEntry[];
}

/** The build, once it holds the output folder. */
async function buildLocked(paths: string[], options: BuildOptions, { started, iterations, jobsAsked, dictionary }: Settings): Promise<void> {
  const sources = listCorpus(paths);
  const bytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  const jobs = jobsAsked ?? (bytes < SMALL_INPUT_BYTES ? 1 : defaultJobs());
  const cacheRoot = options.cache ? join(options.out, ".cache") : undefined;
  const salt = cacheSalt(extractorVersion(), dictionary);

  const bar = ProgressBar.enabled(process.stderr, !!options.quiet) ? new ProgressBar(process.stderr) : undefined;
  const report = (p: Problem) => (bar ? bar.note(`actorgraph: skipped ${p.where}: ${p.reason}`) : process.stderr.write(`actorgraph: skipped ${p.where}: ${p.reason}\n`));
  const extract: Extract = (list, onProblem) =>
    extractCorpus(list, { jobs, dictionary, cacheRoot, strict: options.strict, onProblem, onProgress: (progress) => bar?.update(progress) });
  // The previous outputs stay open until the new ones are written: their unchanged edges are copied from them.
  const previous = cacheRoot ? loadBuildState(cacheRoot, options.out, salt) : undefined;
  let corpus: Corpus;
  try {
    try {
      corpus = (previous && (await readAdded(previous, sources, extract, !!options.strict, report))) || (await readAll(sources, salt, extract, report, previous));
    } finally {
      bar?.clear();
    }
    if (!corpus.state.tally.documents.length) throw new UserError(`no article could be read (${corpus.problems} skipped)`);
    writeBuild(corpus.state, corpus.stored, iterations, options.out, cacheRoot);
  } finally {
    previous?.close();
  }
  const { state, problems, cached } = corpus;
  if (!options.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const notes = [...(problems ? [`${problems} skipped`] : []), ...(cached ? [`${cached} from cache`] : [])];
    process.stdout.write(`Built ${join(options.out, "graph.json")} and graph.gexf: ${summary(state.tally, seconds, notes)}\n`);
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
