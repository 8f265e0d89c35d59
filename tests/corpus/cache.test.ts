import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleKey, cacheSalt, compact, expand, ExtractionCache } from "../../src/corpus/cache.js";
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
    const cache = new ExtractionCache(tempDir(), "v1");
    const key = articleKey("salt", article);
    expect(cache.get(key, article)).toBeUndefined();
    cache.set(key, extraction, article);
    expect(cache.get(key, article)).toEqual(extraction);
    const file = join(cache.dir, key.slice(0, 2), `${key}.json`);
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 20));
    expect(cache.get(key, article)).toBeUndefined();
    writeFileSync(file, "{}");
    expect(cache.get(key, article)).toBeUndefined();
    expect(readdirSync(join(cache.dir, key.slice(0, 2))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps one extractor version: older versions' folders are removed", () => {
    const root = tempDir();
    mkdirSync(join(root, "extractions", "old", "ab"), { recursive: true });
    const cache = new ExtractionCache(root, "new");
    cache.set("abcd", extraction, article);
    cache.prune();
    expect(existsSync(join(root, "extractions", "old"))).toBe(false);
    expect(cache.get("abcd", article)).toEqual(extraction);
  });
});
