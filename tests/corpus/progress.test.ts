import { describe, expect, it } from "vitest";
import type { Progress } from "../../src/corpus/pool.js";
import { formatProgress, ProgressBar } from "../../src/corpus/progress.js";

const at = (documents: number, bytesDone: number, extra: Partial<Progress> = {}): Progress => ({ documents, cached: 0, skipped: 0, bytesDone, bytesTotal: 1000, ...extra });

describe("the progress line", () => {
  it("shows a bar by bytes, documents done, the rate and the time left", () => {
    expect(formatProgress(at(250, 500), 10)).toBe("[############------------] 50%  250 documents  25/s  10 s left");
    expect(formatProgress(at(9, 100, { cached: 3, skipped: 1 }), 2)).toBe("[##----------------------] 10%  9 documents  3 cached  1 skipped  4.5/s  18 s left");
    expect(formatProgress(at(0, 0), 0)).toBe("[------------------------] 0%  0 documents  0.0/s");
    expect(formatProgress(at(1, 1000), 1)).toBe("[########################] 100%  1 document  1.0/s  0 s left");
    expect(formatProgress(at(1000, 100), 600)).toMatch(/1.7\/s  1 h 30 min left$/);
    expect(formatProgress(at(10, 500), 70)).toMatch(/1 min 10 s left$/);
  });

  it("is drawn only on a terminal, and not with --quiet", () => {
    expect(ProgressBar.enabled({ isTTY: true, write: () => true }, false)).toBe(true);
    expect(ProgressBar.enabled({ isTTY: true, write: () => true }, true)).toBe(false);
    expect(ProgressBar.enabled({ write: () => true }, false)).toBe(false);
  });

  it("redraws one line in place at most ten times a second, and clears it for notes", () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ isTTY: true, columns: 40, write: (text: string) => written.push(text) }, () => now);
    now = 1000;
    bar.update(at(1, 10));
    now = 1050;
    bar.update(at(2, 20));
    now = 1200;
    bar.update(at(3, 30));
    expect(written).toHaveLength(2);
    for (const line of written) expect(line).toMatch(/^\r.{1,39}\x1b\[K$/);
    bar.note("actorgraph: skipped x.txt: empty file");
    expect(written.slice(2)).toEqual(["\r\x1b[K", "actorgraph: skipped x.txt: empty file\n"]);
    bar.clear();
    expect(written).toHaveLength(4);
  });
});
