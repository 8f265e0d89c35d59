import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { basename, extname, join } from "node:path";
import { UserError } from "../cli/errors.js";
import type { Article } from "../types.js";
import { headerDate } from "./date.js";
import { isGlob, matchGlob, splitGlob } from "./glob.js";
import { htmlToText, markdownToText } from "./htmlToText.js";
import { parseRecord, readLines, type FeedMark } from "./jsonl.js";
import { fileStamp } from "./stamp.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"];
export const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];
const CORPUS_EXTENSIONS = [...ARTICLE_EXTENSIONS, ...JSONL_EXTENSIONS];

/** A file of the corpus: one article, or JSON Lines holding many. `name` is the article's name in evidence. */
export interface CorpusSource {
  path: string;
  name: string;
  kind: "article" | "jsonl";
  bytes: number;
  /** `fileStamp`: when it is the same, the file is taken as unchanged. */
  stamp: string;
  /** A feed read before up to here, which has grown since: only its lines after the mark are read. */
  resume?: FeedMark;
}

/** A document that could not be used: where (file, or file:line) and why, in a few words. */
export interface Problem {
  where: string;
  reason: string;
}

/** What reading yields per document: the article (and where it was read), or the problem that keeps it out. `bytes` drives progress. */
export type CorpusItem = { article: Article; where: string; path: string; bytes: number } | { problem: Problem; bytes: number };

const kindOf = (path: string): CorpusSource["kind"] => (JSONL_EXTENSIONS.includes(extname(path).toLowerCase()) ? "jsonl" : "article");

/**
 * Every file of the corpus under the given files, folders (recursively) and glob patterns, sorted.
 * A missing path, or a folder or pattern without articles, is the user's mistake and fails at once.
 */
export function listCorpus(paths: string[]): CorpusSource[] {
  const sources = new Map<string, CorpusSource>();
  const add = (path: string, name: string) => {
    if (sources.has(path)) return;
    let bytes = 0;
    let stamp = "";
    try {
      const stats = statSync(path);
      bytes = stats.size;
      stamp = fileStamp(stats);
    } catch {
      // Unreadable: reading it reports the reason.
    }
    sources.set(path, { path, name, kind: kindOf(path), bytes, stamp });
  };
  for (const path of paths) {
    const before = sources.size;
    // A name with brackets or braces that exists is a path, not a pattern ("report [draft].txt").
    if (isGlob(path) && !existsSync(path)) {
      const { base, rest } = splitGlob(path);
      for (const file of matchGlob(base, rest)) if (CORPUS_EXTENSIONS.includes(extname(file).toLowerCase())) add(join(base, file), file);
      if (sources.size === before) throw new UserError(`no articles match: ${path}`);
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UserError(`no such file or folder: ${path}`);
    }
    if (!stats.isDirectory()) {
      add(path, basename(path));
      continue;
    }
    // `prefix`: the folder's path under the one given, in "/" form, as evidence names documents.
    const visit = (dir: string, prefix: string) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch {
        return;
      }
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith(".")) continue;
        const full = join(dir, name);
        // The entry's type saves a stat per file; only a link needs one to know where it leads.
        let isDir = entry.isDirectory();
        try {
          if (entry.isSymbolicLink()) isDir = statSync(full).isDirectory();
        } catch {
          // A broken link: read it as a file, so it is reported.
        }
        if (isDir) visit(full, `${prefix}${name}/`);
        else if (CORPUS_EXTENSIONS.includes(extname(name).toLowerCase())) add(full, `${prefix}${name}`);
      }
    };
    visit(path, "");
    if (sources.size === before) throw new UserError(`no articles (${CORPUS_EXTENSIONS.join(", ")}) in folder: ${path}`);
  }
  return [...sources.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Decodes one article file's bytes; empty, binary or invalid UTF-8 files are refused with the reason. */
export function decodeArticle(path: string, bytes: Uint8Array, name = basename(path)): Article {
  if (bytes.includes(0)) throw new Error("binary file, not an article");
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not valid UTF-8 text");
  }
  raw = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const extension = extname(path).toLowerCase();
  const text = extension === ".html" || extension === ".htm" ? htmlToText(raw) : extension === ".md" ? markdownToText(raw) : raw;
  if (text.trim() === "") throw new Error("empty file");
  const date = headerDate(text);
  return { name, text, ...(date ? { date } : {}) };
}

function* readSource(source: CorpusSource, marks?: Map<string, FeedMark>): Generator<CorpusItem> {
  if (source.kind === "article") {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(source.path);
    } catch (error) {
      yield { problem: { where: source.path, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` }, bytes: source.bytes };
      return;
    }
    try {
      yield { article: decodeArticle(source.path, bytes, source.name), where: source.path, path: source.path, bytes: bytes.length };
    } catch (error) {
      yield { problem: { where: source.path, reason: (error as Error).message }, bytes: bytes.length };
    }
    return;
  }
  try {
    const lines = readLines(source.path, source.resume);
    for (let next = lines.next(); ; next = lines.next()) {
      if (next.done) {
        if (next.value) marks?.set(source.path, next.value);
        break;
      }
      const line = next.value;
      const where = `${source.path}:${line.line}`;
      if ("error" in line) {
        yield { problem: { where, reason: line.error }, bytes: line.bytes };
        continue;
      }
      if (line.text.trim() === "") continue;
      try {
        yield { article: parseRecord(line.text, `${source.name}:${line.line}`), where, path: source.path, bytes: line.bytes };
      } catch (error) {
        yield { problem: { where, reason: (error as Error).message }, bytes: line.bytes };
      }
    }
  } catch (error) {
    yield { problem: { where: source.path, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` }, bytes: 0 };
  }
}

/**
 * Reads the corpus one document at a time, in a stable order, so memory holds one file (or one line)
 * at once. A document that cannot be used, or whose name another already took, comes out as a problem.
 * `marks`, when given, receives where the reading of each feed ended (for feeds that end with a whole line).
 */
export function* readCorpus(sources: CorpusSource[], marks?: Map<string, FeedMark>): Generator<CorpusItem> {
  const seen = new Map<string, string>();
  for (const source of sources) {
    for (const item of readSource(source, marks)) {
      if ("article" in item) {
        const first = seen.get(item.article.name);
        if (first !== undefined) {
          yield { problem: { where: item.where, reason: `duplicate document name "${item.article.name}" (first in ${first})` }, bytes: item.bytes };
          continue;
        }
        seen.set(item.article.name, item.where);
      }
      yield item;
    }
  }
}
