import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractorVersion, hashExtractor } from "../../src/corpus/version.js";
import { tempDir } from "../helpers/cli.js";

function fakeDist(): string {
  const root = tempDir();
  for (const dir of ["extract", "resolve", "vocabulary", "dictionary/data", "corpus", "graph"]) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "extract", "document.js"), "export const a = 1;");
  writeFileSync(join(root, "extract", "document.d.ts"), "export declare const a: number;");
  writeFileSync(join(root, "dictionary", "data", "groups.json"), "[]");
  writeFileSync(join(root, "corpus", "split.js"), "split");
  writeFileSync(join(root, "corpus", "pool.js"), "pool");
  writeFileSync(join(root, "graph", "buildGraph.js"), "graph");
  return root;
}

describe("the extractor version", () => {
  it("is a hash of the built extractor, its dictionary data and the data it imports", () => {
    const root = fakeDist();
    const data = join(root, "countries.json");
    writeFileSync(data, "[1]");
    const before = hashExtractor(root, [data]);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(hashExtractor(root, [data])).toBe(before);
    const changes: [string, string][] = [
      ["extract/document.js", "export const a = 2;"],
      ["dictionary/data/groups.json", "[{}]"],
      ["corpus/split.js", "split2"],
      ["corpus/cache.js", "format2"],
      ["countries.json", "[2]"],
      ["vocabulary/new.js", "new"],
    ];
    for (const [file, content] of changes) {
      const copy = fakeDist();
      writeFileSync(join(copy, "countries.json"), "[1]");
      mkdirSync(join(copy, file, ".."), { recursive: true });
      writeFileSync(join(copy, file), content);
      expect(hashExtractor(copy, [join(copy, "countries.json")]), file).not.toBe(before);
    }
  });

  it("ignores what cannot change extraction: type declarations, the graph, the pool", () => {
    const root = fakeDist();
    const before = hashExtractor(root);
    writeFileSync(join(root, "extract", "document.d.ts"), "changed");
    writeFileSync(join(root, "corpus", "pool.js"), "changed");
    writeFileSync(join(root, "graph", "buildGraph.js"), "changed");
    expect(hashExtractor(root)).toBe(before);
  });

  it("is computed from the built library", () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });
});
