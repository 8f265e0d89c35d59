import { appendFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCorpus, readCorpus, type CorpusItem } from "../../src/read/corpus.js";
import { readArticles } from "../../src/read/readArticles.js";
import { tempDir } from "../helpers/cli.js";

function corpus(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const summary = (items: CorpusItem[]) => items.map((item) => ("article" in item ? `ok ${item.article.name}` : `skip ${item.problem.where.replace(/^.*actorgraph-[^/]+\//, "")}: ${item.problem.reason}`));

describe("listing a corpus", () => {
  it("walks folders recursively, names articles by their path inside the folder, and skips hidden files and other types", () => {
    const dir = corpus({ "b.txt": "B", "2024/03/a.md": "A", "feeds/x.jsonl": "{}", ".git/c.txt": "C", "notes.pdf": "P", "page.HTML": "<p>H</p>" });
    expect(listCorpus([dir]).map((s) => [s.name, s.kind])).toEqual([
      ["2024/03/a.md", "article"],
      ["b.txt", "article"],
      ["feeds/x.jsonl", "jsonl"],
      ["page.HTML", "article"],
    ]);
  });

  it("takes a named file of any type, and glob patterns", () => {
    const dir = corpus({ "a.log": "A", "x/1.txt": "1", "y/2.txt": "2", "y/3.md": "3", "report [draft].txt": "R" });
    expect(listCorpus([join(dir, "a.log")]).map((s) => s.name)).toEqual(["a.log"]);
    expect(listCorpus([join(dir, "*/*.txt")]).map((s) => s.name)).toEqual(["x/1.txt", "y/2.txt"]);
    expect(listCorpus([join(dir, "report [draft].txt")]).map((s) => s.name)).toEqual(["report [draft].txt"]);
  });

  it("fails at once on a missing path, a folder without articles, or a pattern that matches nothing", () => {
    const dir = corpus({ "a.pdf": "x" });
    expect(() => listCorpus([join(dir, "nope.txt")])).toThrow(/no such file or folder/);
    expect(() => listCorpus([dir])).toThrow(/no articles .* in folder/);
    expect(() => listCorpus([join(dir, "*.txt")])).toThrow(/no articles match/);
  });
});

describe("reading a corpus", () => {
  it("yields each usable document and a problem, with file and reason, for each unusable one", () => {
    const dir = corpus({
      "a.txt": "Russia attacked Ukraine.",
      "b.txt": "  \n",
      "c.txt": Buffer.from([0x50, 0x4b, 0x00, 0x01]),
      "d.txt": Buffer.from([0x52, 0xff, 0xfe]),
      "e.jsonl": `${JSON.stringify({ id: "e1", text: "Hamas praised Iran." })}\n{bad\n\n${JSON.stringify({ id: "e2" })}\n${JSON.stringify({ id: "a.txt", text: "Same name." })}\n`,
    });
    symlinkSync(join(dir, "missing-target"), join(dir, "f.txt"));
    expect(summary([...readCorpus(listCorpus([dir]))])).toEqual([
      "ok a.txt",
      "skip b.txt: empty file",
      "skip c.txt: binary file, not an article",
      "skip d.txt: not valid UTF-8 text",
      "ok e1",
      "skip e.jsonl:2: not valid JSON",
      'skip e.jsonl:4: needs a "text" string',
      expect.stringMatching(/^skip e.jsonl:5: duplicate document name "a.txt" \(first in .*a.txt\)$/),
      "skip f.txt: cannot read (ENOENT)",
    ]);
  });

  it("reads dates from Date: lines and strips HTML and Markdown", () => {
    const dir = corpus({ "a.txt": "Title\nDate: 2024-01-02\n\nBody.", "b.html": "<p>Hello &amp; bye</p>", "c.md": "# Head\n\n**Bold** text" });
    const articles = readArticles([dir]);
    expect(articles).toEqual([
      { name: "a.txt", text: "Title\nDate: 2024-01-02\n\nBody.", date: "2024-01-02" },
      { name: "b.html", text: "Hello & bye" },
      { name: "c.md", text: "Head\n\nBold text" },
    ]);
  });

  it("keeps an unknown entity as written, even one named like a built-in property", () => {
    const dir = corpus({ "p.html": "<p>&constructor; &toString; &bogus; &AMP; &#65;</p>" });
    expect(readArticles([dir])).toEqual([{ name: "p.html", text: "&constructor; &toString; &bogus; & A" }]);
  });

  it("keeps readArticles strict: the first unusable document fails it with one line", () => {
    const dir = corpus({ "a.txt": "Fine.", "b.txt": "" });
    expect(() => readArticles([dir])).toThrow(/b\.txt: empty file$/);
  });
  it("stamps each file, so a rebuild can tell which ones changed without reading them", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "Russia attacked Ukraine.");
    writeFileSync(join(dir, "b.txt"), "Hamas praised Iran.");
    const [a, b] = listCorpus([dir]);
    expect(listCorpus([dir]).map((s) => s.stamp)).toEqual([a.stamp, b.stamp]);
    appendFileSync(join(dir, "b.txt"), " Again.");
    const [a2, b2] = listCorpus([dir]);
    expect(a2.stamp).toBe(a.stamp);
    expect(b2.stamp).not.toBe(b.stamp);
  });
});
