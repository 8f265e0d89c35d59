import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeTempDirs, tempDir } from "./tempDir.js";

describe("tempDir", () => {
  it("makes a fresh directory each time and removeTempDirs deletes them with their contents", () => {
    const a = tempDir();
    const b = tempDir();
    writeFileSync(join(a, "file.txt"), "x");
    expect(a).not.toBe(b);
    removeTempDirs();
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(false);
  });
});
