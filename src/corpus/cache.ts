import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import { join } from "node:path";
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

/** Where an entry's JSON lies in a segment, read whole into memory (a few bytes per article of text). */
interface Slot {
  bytes: Buffer;
  start: number;
  end: number;
}

// Above this many segment files, opening the cache merges them into one.
const MAX_SEGMENTS = 8;
const KEY_LENGTH = 64;
// Lookups answered by searching the segments before the cache indexes them.
const SEARCHED_LOOKUPS = 4;
const NEWLINE = 10;

/**
 * Per-document extractions on disk, under a folder per extractor version (folders of other versions are
 * removed, so the cache never holds more than one extractor's output). Entries are lines
 * `<key> <json>` appended to segment files, one segment per writer (thread and process), so a corpus of
 * 10,000 articles costs a few files instead of 10,000. A torn last line (a crash mid-write) is not a
 * complete line and is never read; a damaged entry is a miss and is extracted again.
 */
export class ExtractionCache {
  readonly dir: string;
  private slots?: Map<string, Slot>;
  private segment?: string;
  private lookups = 0;
  private files?: Buffer[];

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
    // A rebuild looks up a few new articles: searching the segments' bytes for them costs less than
    // indexing thousands of entries; a build that looks up many indexes once.
    const slot = this.slots || ++this.lookups > SEARCHED_LOOKUPS ? this.index().get(key) : this.search(key);
    if (!slot) return undefined;
    try {
      const stored = JSON.parse(readSlot(slot)) as DocumentExtraction;
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

  private segments(): string[] {
    try {
      return readdirSync(this.dir).filter((name) => name.endsWith(".jsonl")).sort().map((name) => join(this.dir, name));
    } catch {
      return [];
    }
  }

  /** Every segment's bytes, read once. */
  private contents(): Buffer[] {
    if (this.files) return this.files;
    this.files = [];
    for (const file of this.segments()) {
      try {
        this.files.push(readFileSync(file));
      } catch {
        // Unreadable: its entries are misses.
      }
    }
    return this.files;
  }

  /** The complete entry under `key` in the latest segment that holds one, found without an index. */
  private search(key: string): Slot | undefined {
    const prefix = Buffer.from(`${key} `, "latin1");
    const files = this.contents();
    for (let f = files.length - 1; f >= 0; f--) {
      const bytes = files[f];
      let found: Slot | undefined;
      // Keys are hashes: a match that does not open a line is no entry; the last complete one wins.
      for (let at = bytes.indexOf(prefix); at >= 0; at = bytes.indexOf(prefix, at + 1)) {
        const end = bytes.indexOf(NEWLINE, at);
        if ((at === 0 || bytes[at - 1] === NEWLINE) && end > at + prefix.length) found = { bytes, start: at + prefix.length, end };
      }
      if (found) return found;
    }
    return undefined;
  }

  /** Where each complete entry of every segment lies, read once; later segments win. */
  private index(): Map<string, Slot> {
    if (this.slots) return this.slots;
    this.slots = new Map();
    for (const bytes of this.contents()) {
      for (let start = 0, end = bytes.indexOf(NEWLINE); end >= 0; start = end + 1, end = bytes.indexOf(NEWLINE, start)) {
        if (end - start <= KEY_LENGTH + 1 || bytes[start + KEY_LENGTH] !== 32) continue;
        this.slots.set(bytes.toString("latin1", start, start + KEY_LENGTH), { bytes, start: start + KEY_LENGTH + 1, end });
      }
    }
    return this.slots;
  }

  /** Rewrites every segment's entries into one (temporary name, then rename) and removes the others. */
  private merge(): void {
    const old = this.segments();
    const lines = [...this.index()].map(([key, slot]) => `${key} ${readSlot(slot)}\n`);
    const merged = join(this.dir, `merged-${process.pid}-${Math.random().toString(36).slice(2)}`);
    try {
      writeFileSync(`${merged}.tmp`, lines.join(""));
      renameSync(`${merged}.tmp`, `${merged}.jsonl`);
      for (const file of old) rmSync(file, { force: true });
    } catch {
      rmSync(`${merged}.tmp`, { force: true });
    }
    this.slots = undefined;
    this.files = undefined;
  }
}

function readSlot(slot: Slot): string {
  return slot.bytes.toString("utf8", slot.start, slot.end);
}
