import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecord, readLines, startsWithFeed, type FeedMark } from "../../src/read/jsonl.js";
import { tempDir } from "../helpers/cli.js";

const file = (content: string | Buffer) => {
  const path = join(tempDir(), "feed.jsonl");
  writeFileSync(path, content);
  return path;
};

describe("JSON Lines reading", () => {
  it("yields every line with its number and byte count, with or without a final newline", () => {
    expect([...readLines(file("a\r\nbé\n\nc"))]).toEqual([
      { line: 1, bytes: 3, text: "a" },
      { line: 2, bytes: 4, text: "bé" },
      { line: 3, bytes: 1, text: "" },
      { line: 4, bytes: 1, text: "c" },
    ]);
  });

  it("spoils only the line with invalid UTF-8", () => {
    const lines = [...readLines(file(Buffer.concat([Buffer.from("ok\n"), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from("fine\n")])))];
    expect(lines.map((l) => ("error" in l ? l.error : l.text))).toEqual(["ok", "not valid UTF-8 text", "fine"]);
  });

  it("reassembles lines longer than its read buffer", () => {
    const long = "x".repeat(2_500_000);
    const lines = [...readLines(file(`${long}\nshort\n`))];
    expect(lines.map((l) => ("text" in l ? l.text.length : -1))).toEqual([2_500_000, 5]);
  });
});

/** Reads a file to its end: the lines' texts and where the reading ended. */
function readAll(path: string, resume?: FeedMark): { texts: string[]; numbers: number[]; mark: FeedMark | undefined } {
  const lines = readLines(path, resume);
  const texts: string[] = [];
  const numbers: number[] = [];
  for (let next = lines.next(); ; next = lines.next()) {
    if (next.done) return { texts, numbers, mark: next.value };
    texts.push("text" in next.value ? next.value.text : next.value.error);
    numbers.push(next.value.line);
  }
}

describe("JSON Lines reading resumed where an earlier reading ended", () => {
  it("marks the end of a file that ends with a line break, and reads only the lines appended after it", () => {
    const path = file("one\ntwo\n");
    const first = readAll(path);
    expect(first.mark).toMatchObject({ bytes: 8, lines: 2 });
    appendFileSync(path, "three\nfour\n");
    const after = readAll(path, first.mark);
    expect(after.texts).toEqual(["three", "four"]);
    expect(after.numbers).toEqual([3, 4]);
    // The mark after resuming is the one a reading from the start gives.
    expect(after.mark).toEqual(readAll(path).mark);
  });

  it("gives no mark when the last line has no line break (a writer may be in the middle of it)", () => {
    expect(readAll(file("one\ntw")).mark).toBeUndefined();
    expect(readAll(file("")).mark).toEqual({ bytes: 0, lines: 0, crc: 0 });
  });

  it("knows a file that still starts with the bytes read from one edited, cut or gone", () => {
    const path = file("one\ntwo\n");
    const { mark } = readAll(path);
    appendFileSync(path, "three\n");
    expect(startsWithFeed(path, mark!)).toBe(true);
    writeFileSync(path, "one\ntwO\nthree\n");
    expect(startsWithFeed(path, mark!)).toBe(false);
    writeFileSync(path, "one\n");
    expect(startsWithFeed(path, mark!)).toBe(false);
    expect(startsWithFeed(join(tempDir(), "gone.jsonl"), mark!)).toBe(false);
  });
});

describe("JSON Lines records", () => {
  it("puts the title before the text as its own paragraph and keeps the day of the date", () => {
    expect(parseRecord(JSON.stringify({ id: "a1", title: "Russia condemns Kyiv", date: "2024-03-05T22:00:00-05:00", url: "https://x", text: "Body.\r\nMore." }), "f:1")).toEqual({
      name: "a1",
      text: "Russia condemns Kyiv\n\nBody.\nMore.",
      date: "2024-03-05",
    });
  });

  it("names a record without an id by file and line, and reads a Date: line when there is no date", () => {
    expect(parseRecord(JSON.stringify({ text: "Date: 2020-01-02\nBody." }), "feed.jsonl:7")).toEqual({ name: "feed.jsonl:7", text: "Date: 2020-01-02\nBody.", date: "2020-01-02" });
    expect(parseRecord(JSON.stringify({ id: 42, text: "Body.", date: "not a date" }), "f:1")).toEqual({ name: "42", text: "Body." });
  });

  it("refuses what is not a usable record, with the reason", () => {
    expect(() => parseRecord("{oops", "f:1")).toThrow("not valid JSON");
    expect(() => parseRecord("[1,2]", "f:1")).toThrow("expected a JSON object");
    expect(() => parseRecord(JSON.stringify({ id: "a" }), "f:1")).toThrow('needs a "text" string');
    expect(() => parseRecord(JSON.stringify({ id: "a", text: " \n " }), "f:1")).toThrow("empty article");
  });
});
