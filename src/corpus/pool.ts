import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { UserError } from "../cli/errors.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import type { DocumentExtraction } from "../extract/document.js";
import { readCorpus, type CorpusSource, type Problem } from "../read/corpus.js";
import type { FeedMark } from "../read/jsonl.js";
import type { Article } from "../types.js";
import { articleKey, cacheSalt, expand, ExtractionCache } from "./cache.js";
import { distPath } from "./paths.js";
import { createExtractor, type ExtractorSetup } from "./task.js";
import { extractorVersion } from "./version.js";
import type { WorkerReply, WorkerRequest } from "./worker.js";

export interface Progress {
  /** Documents extracted or taken from the cache. */
  documents: number;
  cached: number;
  skipped: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface CorpusOptions {
  /** Extraction threads: this one and `jobs - 1` workers; 1 extracts in this thread only. Defaults to every core. */
  jobs?: number;
  dictionary?: DictionaryEntry[];
  /** Where per-document extractions are cached (`<out>/.cache`); none, no cache. */
  cacheRoot?: string;
  /** Fail on the first unusable document instead of skipping it. */
  strict?: boolean;
  onProblem?: (problem: Problem) => void;
  onProgress?: (progress: Progress) => void;
}

export interface CorpusExtraction {
  extractions: DocumentExtraction[];
  problems: Problem[];
  cached: number;
  /** Each document's source file, by document name. */
  sourceOf: Map<string, string>;
  /** Where each feed that ends with a whole line was read to, by path. */
  feeds: Record<string, FeedMark>;
}

export type Done = (result: { extraction: DocumentExtraction } | { error: string }) => void;

export interface Runner {
  /** Undefined when `article` can be started now, else a promise that resolves when it may be. */
  ready(article: Article): Promise<void> | undefined;
  run(key: string, article: Article, done: Done): void;
  /** Resolves once every task sent has answered. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Extraction in this thread: no start-up cost and no copying, for -j1 and tiny inputs. */
function inlineRunner(setup: ExtractorSetup): Runner {
  const extractor = createExtractor(setup);
  return {
    ready: () => undefined,
    run(key, article, done) {
      let extraction: DocumentExtraction;
      try {
        extraction = extractor.extract(article);
        extractor.cache?.set(key, extraction, article);
      } catch (error) {
        done({ error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
        return;
      }
      done({ extraction });
    },
    drain: async () => {},
    close: async () => {},
  };
}

// Characters sent ahead to each worker (about a tenth of a second of work), so it never waits for this thread.
const QUEUE_CHARS = 128 * 1024;

interface Slot {
  worker: Worker;
  inflight: Map<number, { article: Article; done: Done }>;
  /** Characters of the documents in flight. */
  queued: number;
  started: boolean;
  error?: string;
}

export interface WorkerRunner extends Runner {
  /** Whether a worker can take a document now; throws once the workers could not start. */
  room(): boolean;
}

/**
 * Extraction on `jobs` worker threads running the built modules. A worker that dies on a document fails
 * only the documents it held and is replaced; one that dies before it is ready (a broken build or
 * dictionary, which would break every worker alike) stops the pool with the reason.
 */
export function workerRunner(jobs: number, setup: ExtractorSetup, script = distPath("corpus/worker.js")): WorkerRunner {
  let nextId = 0;
  let closing = false;
  let fatal: string | undefined;
  let wake: (() => void)[] = [];
  const notify = () => {
    const waiting = wake;
    wake = [];
    for (const resolve of waiting) resolve();
  };
  const settle = (slot: Slot, id: number) => {
    const task = slot.inflight.get(id);
    slot.inflight.delete(id);
    if (task) slot.queued -= task.article.text.length;
    return task;
  };
  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: setup }), inflight: new Map(), queued: 0, started: false };
    slot.worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.started = true;
        return;
      }
      const task = settle(slot, reply.id);
      if (task) task.done("error" in reply ? { error: reply.error } : { extraction: expand(JSON.parse(reply.stored), task.article) });
      notify();
    });
    slot.worker.on("error", (error) => {
      slot.error = error.message.split("\n")[0];
    });
    slot.worker.on("exit", () => {
      if (closing) return;
      const reason = slot.error ?? "worker exited";
      if (!slot.started) fatal ??= `extraction workers could not start (${reason})`;
      const failed = [...slot.inflight.values()];
      slot.inflight.clear();
      slot.queued = 0;
      if (!fatal) slots[slots.indexOf(slot)] = start();
      for (const task of failed) task.done({ error: `extractor stopped (${reason})` });
      notify();
    });
    return slot;
  };
  const slots = Array.from({ length: jobs }, start);
  const idle = () => slots.reduce((best, slot) => (slot.queued < best.queued ? slot : best));
  const busy = () => slots.some((slot) => slot.inflight.size > 0);
  const check = () => {
    if (fatal) throw new Error(fatal);
  };
  const room = () => {
    check();
    return idle().queued < QUEUE_CHARS;
  };
  return {
    room,
    ready: () => (room() ? undefined : new Promise<void>((resolve) => wake.push(resolve))),
    run(key, article, done) {
      const slot = idle();
      const id = nextId++;
      slot.inflight.set(id, { article, done });
      slot.queued += article.text.length;
      slot.worker.postMessage({ id, key, article } satisfies WorkerRequest);
    },
    async drain() {
      while (busy()) await new Promise<void>((resolve) => wake.push(resolve));
      check();
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

// The longest document this thread extracts while the workers are busy: longer ones would leave their queues
// empty meanwhile (they are refilled between documents here), and a document that kills its thread kills a worker only.
const SHARED_CHARS = 32 * 1024;

/**
 * This thread and the workers together: a document goes to a worker while one has room, else a short
 * one is extracted here, so every core extracts and none waits. After each document extracted here the
 * workers' replies are taken in (they queue until this thread returns to its event loop).
 */
export function sharedRunner(here: Runner, workers: WorkerRunner): Runner {
  let replies = false;
  return {
    ready(article) {
      if (replies) {
        replies = false;
        return new Promise<void>((resolve) => setImmediate(resolve));
      }
      return workers.room() || article.text.length <= SHARED_CHARS ? undefined : workers.ready(article);
    },
    run(key, article, done) {
      if (workers.room()) return workers.run(key, article, done);
      here.run(key, article, done);
      replies = true;
    },
    drain: () => workers.drain(),
    close: () => workers.close(),
  };
}

/** Documents extracted in this thread before workers start (their start-up costs more than a few documents). */
const INLINE_FIRST = 4;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Extracts every document of the corpus: read here in a stable order, taken from the cache when the
 * same article was extracted by the same extractor before, otherwise extracted here or by a worker. The result
 * does not depend on the number of workers or on the cache: merging sorts by document.
 */
export async function extractCorpus(sources: CorpusSource[], options: CorpusOptions = {}): Promise<CorpusExtraction> {
  const dictionary = options.dictionary ?? [];
  const version = extractorVersion();
  const salt = cacheSalt(version, dictionary);
  const cache = options.cacheRoot ? new ExtractionCache(options.cacheRoot, version) : undefined;
  cache?.prune();
  const setup: ExtractorSetup = { dictionary, cacheRoot: options.cacheRoot, version };
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));

  const extractions: DocumentExtraction[] = [];
  const sourceOf = new Map<string, string>();
  const problems: Problem[] = [];
  const progress: Progress = { documents: 0, cached: 0, skipped: 0, bytesDone: 0, bytesTotal: sources.reduce((sum, s) => sum + s.bytes, 0) };
  let failure: Problem | undefined;
  const problem = (p: Problem, bytes: number) => {
    problems.push(p);
    progress.skipped++;
    progress.bytesDone += bytes;
    if (options.strict) failure ??= p;
    else options.onProblem?.(p);
    options.onProgress?.(progress);
  };
  const extracted = (extraction: DocumentExtraction, bytes: number) => {
    extractions.push(extraction);
    progress.documents++;
    progress.bytesDone += bytes;
    options.onProgress?.(progress);
  };

  // The first few documents to extract are done here: a rebuild that extracts one or two then starts no worker.
  let inline: Runner | undefined;
  let shared: Runner | undefined;
  let misses = 0;
  const marks = new Map<string, FeedMark>();
  try {
    for (const item of readCorpus(sources, marks)) {
      if (failure) break;
      if ("problem" in item) {
        problem(item.problem, item.bytes);
        continue;
      }
      const { article, bytes, where } = item;
      sourceOf.set(article.name, item.path);
      const key = articleKey(salt, article);
      const hit = cache?.get(key, article);
      if (hit) {
        progress.cached++;
        extracted(hit, bytes);
        continue;
      }
      inline ??= inlineRunner(setup);
      const runner = jobs > 1 && ++misses > INLINE_FIRST ? (shared ??= sharedRunner(inline, workerRunner(jobs - 1, setup))) : inline;
      for (let wait = runner.ready(article); wait; wait = runner.ready(article)) await wait;
      runner.run(key, article, (result) => {
        if ("error" in result) problem({ where, reason: `extractor failed: ${result.error}` }, bytes);
        else extracted(result.extraction, bytes);
      });
    }
    await shared?.drain();
  } finally {
    await shared?.close();
    cache?.saveIndex();
    cache?.close();
  }
  if (failure) throw new UserError(`${failure.where}: ${failure.reason}`);
  return { extractions, problems, cached: progress.cached, sourceOf, feeds: Object.fromEntries(marks) };
}
