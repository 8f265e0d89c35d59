import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globToRegExp, isGlob, matchGlob, splitGlob } from "../../src/read/glob.js";
import { tempDir } from "../helpers/cli.js";

describe("glob patterns", () => {
  it("tells patterns from paths", () => {
    expect(isGlob("articles/*.txt")).toBe(true);
    expect(isGlob("feeds/{a,b}.jsonl")).toBe(true);
    expect(isGlob("articles/idlib.txt")).toBe(false);
  });

  it("matches as the shell does, with ** crossing folders", () => {
    const cases: [string, string, boolean][] = [
      ["*.txt", "a.txt", true],
      ["*.txt", "sub/a.txt", false],
      ["**/*.txt", "a.txt", true],
      ["**/*.txt", "x/y/a.txt", true],
      ["x/**", "x/y/a.md", true],
      ["?.txt", "ab.txt", false],
      ["[ab].txt", "b.txt", true],
      ["[!ab].txt", "b.txt", false],
      ["{one,two}.jsonl", "two.jsonl", true],
      ["{one,two}.jsonl", "three.jsonl", false],
      ["a+b(1).txt", "a+b(1).txt", true],
    ];
    for (const [pattern, path, expected] of cases) expect(globToRegExp(pattern).test(path), `${pattern} ~ ${path}`).toBe(expected);
  });

  it("starts walking at the pattern's fixed folder", () => {
    expect(splitGlob("corpus/2024/**/*.txt")).toEqual({ base: join("corpus", "2024"), rest: "**/*.txt" });
    expect(splitGlob("*.jsonl")).toEqual({ base: ".", rest: "*.jsonl" });
  });

  it("lists matching files in a stable order and skips hidden ones", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b", "c"), { recursive: true });
    mkdirSync(join(dir, ".hidden"));
    for (const file of ["z.txt", "a.txt", "b/c/d.txt", "b/e.md", ".hidden/x.txt", ".dot.txt"]) writeFileSync(join(dir, file), "x");
    expect(matchGlob(dir, "**/*.txt")).toEqual(["a.txt", "b/c/d.txt", "z.txt"]);
    expect(matchGlob(dir, "b/*")).toEqual(["b/e.md"]);
  });
});
