import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * Per-document extractions on disk, one JSON file per key, under a folder per extractor version
 * (folders of other versions are removed, so the cache never holds more than one extractor's output).
 * Writes go through a temporary name, so concurrent builds and crashes never leave a torn entry.
 */
export class ExtractionCache {
  readonly dir: string;

  constructor(root: string, version: string) {
    this.dir = join(root, "extractions", version);
  }

  /** Removes the folders older extractor versions left behind. */
  prune(): void {
    const parent = join(this.dir, "..");
    let names: string[] = [];
    try {
      names = readdirSync(parent);
    } catch {
      return;
    }
    for (const name of names) if (join(parent, name) !== this.dir) rmSync(join(parent, name), { recursive: true, force: true });
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached extraction, or undefined when there is none or it cannot be read (then it is redone). */
  get(key: string, article: Article): DocumentExtraction | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(key), "utf8");
    } catch {
      return undefined;
    }
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
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, stored);
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time on the next build.
      rmSync(tmp, { force: true });
    }
  }
}
