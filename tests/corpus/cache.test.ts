import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleKey, cacheSalt, compact, expand, ExtractionCache } from "../../src/corpus/cache.js";
import { WINDOW_BYTES } from "../../src/read/fileWindow.js";
import { extractArticle } from "../../src/corpus/split.js";
import { dictionaryMatcher } from "../../src/pipeline.js";
import { tempDir } from "../helpers/cli.js";

const article = { name: "a.txt", text: "Russia attacked Ukraine on Monday. Hamas praised Iran.", date: "2024-01-02" };
const extraction = extractArticle(article, dictionaryMatcher());

describe("the extraction cache", () => {
  it("keys an article by its name, date and text under the extractor version and dictionary", () => {
    const salt = cacheSalt("v1", []);
    const key = articleKey(salt, article);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(articleKey(salt, { ...article })).toBe(key);
    for (const other of [{ ...article, name: "b.txt" }, { ...article, date: "2024-01-03" }, { ...article, text: `${article.text} ` }]) expect(articleKey(salt, other)).not.toBe(key);
    expect(articleKey(cacheSalt("v2", []), article)).not.toBe(key);
    expect(articleKey(cacheSalt("v1", [{ id: "x", label: "X", kind: "state" }]), article)).not.toBe(key);
  });

  it("stores evidence without the sentence the article holds, and gives back the same bytes", () => {
    expect(extraction.relations.length).toBeGreaterThan(0);
    const stored = JSON.stringify(compact(extraction, article));
    expect(stored).not.toContain("Russia attacked Ukraine on Monday.");
    expect(JSON.stringify(expand(JSON.parse(stored), article))).toBe(JSON.stringify(extraction));
  });

  it("keeps evidence the article does not hold as it is", () => {
    const odd = { ...extraction, relations: extraction.relations.map((r) => ({ ...r, evidence: { ...r.evidence, text: "elsewhere" } })) };
    expect(JSON.stringify(expand(JSON.parse(JSON.stringify(compact(odd, article))), article))).toBe(JSON.stringify(odd));
  });

  it("reads back what it wrote, and misses on absent or damaged entries", () => {
    const root = tempDir();
    const writer = new ExtractionCache(root, "v1");
    const key = articleKey("salt", article);
    expect(writer.get(key, article)).toBeUndefined();
    writer.set(key, extraction, article);
    writer.setStored("f".repeat(64), "{}");
    writer.setStored("e".repeat(64), "{not json");
    expect(new ExtractionCache(root, "v1").get(key, article)).toEqual(extraction);
    expect(new ExtractionCache(root, "v1").get("f".repeat(64), article)).toBeUndefined();
    expect(new ExtractionCache(root, "v1").get("e".repeat(64), article)).toBeUndefined();
    // A crash in the middle of a line leaves it without its newline: it is never read.
    const [segment] = readdirSync(writer.dir).map((name) => join(writer.dir, name));
    writeFileSync(segment!, readFileSync(segment!, "utf8").slice(0, 100));
    expect(new ExtractionCache(root, "v1").get(key, article)).toBeUndefined();
    expect(readdirSync(writer.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("gives the same answers from a scan of the segments as from the index it saves", () => {
    const root = tempDir();
    const writer = new ExtractionCache(root, "v1");
    const [key, hidden, other] = ["a", "b", "c"].map((salt) => articleKey(salt, article));
    const newer = { ...extraction, actors: extraction.actors.slice(1) };
    writer.set(key, extraction, article);
    writer.set(key, newer, article);
    // A key inside another entry, not at the start of a line, is no entry (though a valid one follows it).
    writer.setStored(other, `x ${hidden} ${JSON.stringify({ actors: [], relations: [] })}`);
    writer.setStored(hidden.slice(0, 63), "{}");
    const answers = (cache: ExtractionCache) => [cache.get(key, article), cache.get(hidden, article), cache.get(other, article)];
    const scanned = new ExtractionCache(root, "v1");
    expect(answers(scanned)).toEqual([newer, undefined, undefined]);
    scanned.saveIndex();
    expect(existsSync(join(writer.dir, "index.json"))).toBe(true);
    expect(answers(new ExtractionCache(root, "v1"))).toEqual([newer, undefined, undefined]);
    // A torn index, or one whose ranges do not fit its segments, is no index: the segments are scanned
    // again, and the next save writes it anew though nothing was added.
    const saved = readFileSync(join(writer.dir, "index.json"), "utf8");
    const index = JSON.parse(saved);
    const damaged = [
      saved.slice(0, 20),
      JSON.stringify({ ...index, segments: [1] }),
      JSON.stringify({ ...index, entries: index.entries.map(([k, i, start]: number[]) => [k, i, start, start - 1]) }),
      JSON.stringify({ ...index, entries: index.entries.map(([k, i, start]: number[]) => [k, i, start, 3e9]) }),
    ];
    for (const text of damaged) {
      writeFileSync(join(writer.dir, "index.json"), text);
      const cache = new ExtractionCache(root, "v1");
      expect(answers(cache)).toEqual([newer, undefined, undefined]);
      cache.saveIndex();
      expect(readFileSync(join(writer.dir, "index.json"), "utf8")).toBe(saved);
    }
  });

  it("finds entries by the saved index without reading the bytes it covers, and scans only what was added since", () => {
    const root = tempDir();
    const writer = new ExtractionCache(root, "v1");
    const [kept, dropped, added] = ["a", "b", "c"].map((salt) => articleKey(salt, article));
    writer.set(kept, extraction, article);
    writer.set(dropped, extraction, article);
    new ExtractionCache(root, "v1").saveIndex();
    const path = join(writer.dir, "index.json");
    const index = JSON.parse(readFileSync(path, "utf8"));
    const [segment] = readdirSync(writer.dir).filter((name) => name.endsWith(".jsonl"));
    expect(index.segments).toEqual([[segment, readFileSync(join(writer.dir, segment!)).length]]);
    expect(index.entries.map((e: unknown[]) => e[0]).sort()).toEqual([kept, dropped].sort());
    // An entry the index leaves out, in bytes it covers, is not looked for: the segment is not scanned.
    writeFileSync(path, JSON.stringify({ ...index, entries: index.entries.filter((e: unknown[]) => e[0] !== dropped) }));
    writer.set(added, extraction, article);
    const cache = new ExtractionCache(root, "v1");
    expect([cache.get(kept, article), cache.get(dropped, article), cache.get(added, article)]).toEqual([extraction, undefined, extraction]);
    // An index entry whose line no longer holds that key is a miss.
    const bytes = readFileSync(join(writer.dir, segment!), "latin1");
    writeFileSync(join(writer.dir, segment!), bytes.replace(kept, "0".repeat(64)), "latin1");
    expect(new ExtractionCache(root, "v1").get(kept, article)).toBeUndefined();
  });

  it("scans entries longer than its read buffer, and keys that straddle two reads", () => {
    const root = tempDir();
    const writer = new ExtractionCache(root, "v1");
    // A line is its key, a space, the JSON and a newline: 103 bytes besides the padding here.
    const padded = (n: number) => JSON.stringify({ actors: [], relations: [], pad: "x".repeat(n) });
    // Line 2's key straddles the first read's end, so it is read again from line 2; line 3 starts
    // where that read ends; lines 4 and 5 start 64 and 65 bytes before the end of the read that starts
    // with the line before (a key without its space, and with it); line 6 is longer than two reads.
    const pads = [WINDOW_BYTES - 30, WINDOW_BYTES, WINDOW_BYTES - 64, WINDOW_BYTES - 65, 113, 2.5 * WINDOW_BYTES + 103, 113].map((line) => line - 103);
    const entries = pads.map((n, i) => ({ key: articleKey(`long${i}`, article), stored: padded(n) }));
    for (const { key, stored } of entries) writer.setStored(key, stored);
    const cache = new ExtractionCache(root, "v1");
    for (const { key, stored } of entries) expect(JSON.stringify(cache.get(key, article))).toBe(stored);
  });

  it("reads entries in any order through the part of a segment read last", () => {
    const root = tempDir();
    const writer = new ExtractionCache(root, "v1");
    // Entries of a tenth to 1.2 times a read: several to a read, some cut by a read's end, one longer than a read.
    const entries = [0.1, 0.7, 0.2, 0.5, 0.3, 1.2, 0.4, 0.6].map((share, i) => ({
      key: articleKey(`entry${i}`, article),
      stored: JSON.stringify({ actors: [], relations: [], pad: String(i).repeat(Math.round(share * WINDOW_BYTES)) }),
    }));
    for (const { key, stored } of entries) writer.setStored(key, stored);
    const cache = new ExtractionCache(root, "v1");
    for (const order of [entries, [...entries].reverse(), [entries[3]!, entries[0]!, entries[7]!, entries[1]!]]) {
      for (const { key, stored } of order) expect(JSON.stringify(cache.get(key, article))).toBe(stored);
    }
    cache.close();
  });

  it("keeps each writer's entries in one segment file, and merges segments when they pile up", () => {
    const root = tempDir();
    const keys = Array.from({ length: 12 }, (_, i) => articleKey(`salt${i}`, article));
    keys.forEach((key) => new ExtractionCache(root, "v1").set(key, extraction, article));
    const dir = new ExtractionCache(root, "v1").dir;
    expect(readdirSync(dir)).toHaveLength(12);
    const one = new ExtractionCache(root, "v1");
    for (const key of keys.slice(0, 3)) one.set(`${key.slice(0, 63)}0`, extraction, article);
    expect(readdirSync(dir)).toHaveLength(13);
    new ExtractionCache(root, "v1").prune();
    expect(readdirSync(dir)).toHaveLength(1);
    const merged = new ExtractionCache(root, "v1");
    for (const key of [...keys, ...keys.slice(0, 3).map((key) => `${key.slice(0, 63)}0`)]) expect(merged.get(key, article)).toEqual(extraction);
  });

  it("keeps one extractor version: older versions' folders are removed", () => {
    const root = tempDir();
    mkdirSync(join(root, "extractions", "old", "ab"), { recursive: true });
    writeFileSync(join(root, "extractions", "old", "ab", "entry.json"), "{}");
    const cache = new ExtractionCache(root, "new");
    const key = articleKey("salt", article);
    cache.set(key, extraction, article);
    cache.prune();
    expect(existsSync(join(root, "extractions", "old"))).toBe(false);
    expect(new ExtractionCache(root, "new").get(key, article)).toEqual(extraction);
  });
});
