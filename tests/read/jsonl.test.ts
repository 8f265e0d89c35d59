import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecord, readLines } from "../../src/read/jsonl.js";
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
