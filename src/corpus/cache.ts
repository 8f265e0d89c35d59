import { createHash } from "node:crypto";
import { appendFileSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { threadId } from "node:worker_threads";
import { FileWindow, WINDOW_BYTES } from "../read/fileWindow.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import type { DocumentExtraction } from "../extract/document.js";
import type { Article } from "../types.js";

/** What a cached extraction depends on besides the article: the extractor and the user's dictionary. */
export function cacheSalt(version: string, dictionary: DictionaryEntry[]): string {
  return createHash("sha256").update(version).update("\0").update(JSON.stringify(dictionary)).digest("hex");
}

/** The key of one article's extraction: its name (evidence carries it), date and text, under a salt. */
export function articleKey(salt: string, article: Article): string {
  return createHash("sha256")
    .update(`${salt}\0${article.name}\0${article.date ?? ""}\0`)
    .update(article.text)
    .digest("hex");
}

// Evidence repeats the document's name and its sentence, which the article already holds: the cache
// stores 1 in their place (never a valid string) and puts them back on reading: less to store and copy.
const FROM_ARTICLE = 1;

/**
 * The extraction with each evidence item's `doc` and `text` replaced by a marker where the article
 * gives them. Typed as an extraction for storage and transfer only: `expand` it before any other use.
 */
export function compact(extraction: DocumentExtraction, article: Article): DocumentExtraction {
  return {
    ...extraction,
    relations: extraction.relations.map((r) => {
      const e = r.evidence;
      const fromArticle = e.doc === article.name && e.text === article.text.slice(e.start, e.end);
      return fromArticle ? { ...r, evidence: { ...e, doc: FROM_ARTICLE, text: FROM_ARTICLE } } : r;
    }),
  } as unknown as DocumentExtraction;
}

/** Inverse of `compact`: the same objects, keys in the same order, so output is byte-identical. */
export function expand(stored: DocumentExtraction, article: Article): DocumentExtraction {
  for (const r of stored.relations) {
    const e = r.evidence as unknown as Record<string, unknown>;
    if (e.doc === FROM_ARTICLE) e.doc = article.name;
    if (e.text === FROM_ARTICLE) e.text = article.text.slice(r.evidence.start, r.evidence.end);
  }
  return stored;
}

/** Where an entry's JSON lies: its segment file and byte range. */
interface Slot {
  file: string;
  start: number;
  end: number;
}

/** `index.json`: each segment's name with the bytes indexed, and each entry as key, segment, start, end. */
interface IndexFile {
  segments: [string, number][];
  entries: [string, number, number, number][];
}

// Above this many segment files, opening the cache merges them into one.
const MAX_SEGMENTS = 8;
const KEY_LENGTH = 64;
const NEWLINE = 10;
const NEWLINE_BYTE = Buffer.from("\n");
const SPACE = 32;

/**
 * Per-document extractions on disk, under a folder per extractor version (folders of other versions are
 * removed, so the cache never holds more than one extractor's output). Entries are lines
 * `<key> <json>` appended to segment files, one segment per writer (thread and process), so a corpus of
 * 10,000 articles costs a few files instead of 10,000. A torn last line (a crash mid-write) is not a
 * complete line and is never read; a damaged entry is a miss and is extracted again.
 * `index.json` says where the entries are, so a lookup reads its entry alone; what a segment holds
 * beyond the bytes indexed (another process's writes, a build that stopped) is scanned on opening.
 */
export class ExtractionCache {
  readonly dir: string;
  private slots?: Map<string, Slot>;
  /** Bytes of each segment whose entries are in `slots`, by file. */
  private indexed = new Map<string, number>();
  /** The saved index is missing, damaged or behind the segments: the next `saveIndex` writes it. */
  private stale = false;
  private segment?: string;
  private files = new Map<string, number>();
  /** The part of each segment read last, for the lookups that follow. */
  private ahead = new Map<string, FileWindow>();

  constructor(root: string, version: string) {
    this.dir = join(root, "extractions", version);
  }

  /** Removes the folders older extractor versions left behind, and merges segments when they pile up. */
  prune(): void {
    const parent = join(this.dir, "..");
    let names: string[] = [];
    try {
      names = readdirSync(parent);
    } catch {
      return;
    }
    for (const name of names) if (join(parent, name) !== this.dir) rmSync(join(parent, name), { recursive: true, force: true });
    if (this.segments().length > MAX_SEGMENTS) this.merge();
  }

  /** The cached extraction, or undefined when there is none or it cannot be read (then it is redone). */
  get(key: string, article: Article): DocumentExtraction | undefined {
    const slot = this.index().get(key);
    const text = slot && this.read(key, slot);
    if (text === undefined) return undefined;
    try {
      const stored = JSON.parse(text) as DocumentExtraction;
      return Array.isArray(stored?.relations) && Array.isArray(stored.actors) ? expand(stored, article) : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, extraction: DocumentExtraction, article: Article): void {
    this.setStored(key, JSON.stringify(compact(extraction, article)));
  }

  /** Stores an extraction already in stored form: `JSON.stringify(compact(extraction, article))`. */
  setStored(key: string, stored: string): void {
    try {
      if (!this.segment) {
        mkdirSync(this.dir, { recursive: true });
        this.segment = join(this.dir, `${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.jsonl`);
      }
      // One write of one line: JSON never holds a raw newline.
      appendFileSync(this.segment, `${key} ${stored}\n`);
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }

  /**
   * Indexes what the segments gained since opening (this build's writers') and saves the index, so the
   * next build reads no segment whole. Unwritable, it only costs the next build a scan.
   */
  saveIndex(): void {
    const slots = this.index();
    const segments = this.segments();
    if (!this.scan(segments) && !this.stale) return;
    const number = new Map(segments.map((file, i) => [file, i]));
    const data: IndexFile = { segments: segments.map((file) => [basename(file), this.indexed.get(file) ?? 0]), entries: [] };
    for (const [key, slot] of slots) {
      const i = number.get(slot.file);
      if (i !== undefined) data.entries.push([key, i, slot.start, slot.end]);
    }
    writeQuietly(this.indexPath(), JSON.stringify(data));
  }

  /** Closes the segment files lookups opened. */
  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
    this.ahead.clear();
  }

  private indexPath(): string {
    return join(this.dir, "index.json");
  }

  private segments(): string[] {
    try {
      return readdirSync(this.dir).filter((name) => name.endsWith(".jsonl")).sort().map((name) => join(this.dir, name));
    } catch {
      return [];
    }
  }

  /** Where each complete entry lies: the saved index, then what the segments hold beyond it; later entries win. */
  private index(): Map<string, Slot> {
    if (this.slots) return this.slots;
    this.slots = new Map();
    const segments = this.segments();
    const saved = readIndex(this.indexPath());
    if (saved) {
      const files = saved.segments.map(([name]) => join(this.dir, name));
      saved.segments.forEach(([, bytes], i) => this.indexed.set(files[i], bytes));
      for (const [key, i, start, end] of saved.entries) this.slots.set(key, { file: files[i], start, end });
    }
    const listed = new Set(segments);
    const grew = this.scan(segments);
    this.stale = grew || !saved || saved.segments.some(([name]) => !listed.has(join(this.dir, name)));
    return this.slots;
  }

  /** Indexes each segment's complete entries beyond its bytes indexed; whether there were any. */
  private scan(segments: string[]): boolean {
    let grew = false;
    for (const file of segments) {
      const from = this.indexed.get(file) ?? 0;
      try {
        if (statSync(file).size <= from) continue;
        const end = scanEntries(this.open(file), from, (key, start, end) => this.slots!.set(key, { file, start, end }));
        this.indexed.set(file, end);
        grew ||= end !== from;
      } catch {
        // Unreadable: its entries are misses.
      }
    }
    return grew;
  }

  private open(file: string): number {
    let fd = this.files.get(file);
    if (fd === undefined) this.files.set(file, (fd = openSync(file, "r")));
    return fd;
  }

  /** The JSON of the entry `key` in `slot`, when the line there still is that entry. */
  private read(key: string, slot: Slot): string | undefined {
    const from = slot.start - KEY_LENGTH - 1;
    let bytes: Buffer | undefined;
    try {
      bytes = this.bytes(slot.file, from, slot.end + 1 - from);
    } catch {
      return undefined;
    }
    if (!bytes) return undefined;
    const same = bytes.toString("latin1", 0, KEY_LENGTH) === key && bytes[KEY_LENGTH] === SPACE && bytes[bytes.length - 1] === NEWLINE;
    return same ? bytes.toString("utf8", KEY_LENGTH + 1, bytes.length - 1) : undefined;
  }

  /**
   * `length` bytes of a segment from `from` on, or undefined past its end. Lookups come in corpus order,
   * the order entries were written in, so each read takes the next megabyte and the following lookups find
   * their entries in it: a build from the cache reads each segment once, in few calls.
   */
  private bytes(file: string, from: number, length: number): Buffer | undefined {
    if (length > WINDOW_BYTES) {
      const bytes = Buffer.allocUnsafe(length);
      return readSync(this.open(file), bytes, 0, length, from) === length ? bytes : undefined;
    }
    let ahead = this.ahead.get(file);
    if (!ahead) this.ahead.set(file, (ahead = new FileWindow(this.open(file))));
    return ahead.range(from, from + length);
  }

  /** Rewrites every segment's entries into one (temporary name, then rename) and removes the others. */
  private merge(): void {
    const old = this.segments();
    const lines: string[] = [];
    for (const [key, slot] of this.index()) {
      const text = this.read(key, slot);
      if (text !== undefined) lines.push(`${key} ${text}\n`);
    }
    this.close();
    const merged = join(this.dir, `merged-${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);
    if (!writeQuietly(merged, lines.join(""))) return;
    for (const file of old) rmSync(file, { force: true });
    rmSync(this.indexPath(), { force: true });
    this.slots = undefined;
    this.indexed.clear();
  }
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** The saved index, or undefined when it is missing or not one: each entry's range lies in its segment's bytes indexed. */
function readIndex(path: string): IndexFile | undefined {
  let data: IndexFile;
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as IndexFile;
  } catch {
    return undefined;
  }
  if (!Array.isArray(data?.segments) || !Array.isArray(data.entries)) return undefined;
  const segmentsOk = data.segments.every((s) => Array.isArray(s) && typeof s[0] === "string" && isCount(s[1]));
  const entryOk = (e: unknown) => {
    if (!Array.isArray(e) || typeof e[0] !== "string" || e[0].length !== KEY_LENGTH) return false;
    const [, i, start, end] = e as IndexFile["entries"][number];
    return isCount(i) && i < data.segments.length && isCount(start) && isCount(end) && start > KEY_LENGTH && start < end && end < data.segments[i][1];
  };
  return segmentsOk && data.entries.every(entryOk) ? data : undefined;
}

/** Writes under a temporary name and renames; false when that failed (a cache only costs time then). */
export function writeQuietly(path: string, text: string): boolean {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * Calls `found` with the key and JSON range of each complete entry line from byte `from` of the file on;
 * returns where the last complete line ends.
 */
function scanEntries(fd: number, from: number, found: (key: string, start: number, end: number) => void): number {
  const file = new FileWindow(fd);
  let line = from;
  for (let end = file.indexOf(NEWLINE_BYTE, line); end >= 0; line = end + 1, end = file.indexOf(NEWLINE_BYTE, line)) {
    if (end <= line + KEY_LENGTH + 1) continue;
    const head = file.range(line, line + KEY_LENGTH + 1);
    if (head?.[KEY_LENGTH] === SPACE) found(head.toString("latin1", 0, KEY_LENGTH), line + KEY_LENGTH + 1, end);
  }
  return line;
}
