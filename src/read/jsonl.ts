import { closeSync, openSync, readSync } from "node:fs";
import { crc32 } from "node:zlib";
import type { Article } from "../types.js";
import { headerDate, toIsoDate } from "./date.js";

/** One line of a JSON Lines file, or why it cannot be used. */
export type JsonlLine = { line: number; bytes: number; text: string } | { line: number; bytes: number; error: string };

const CHUNK = 1 << 20;
/** A line longer than this is refused rather than held in memory. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Where a feed's reading ended, at the end of a whole line: its length, lines and CRC-32 so far. A later
 * build whose file still starts with those bytes reads only what was appended after them.
 */
export interface FeedMark {
  bytes: number;
  lines: number;
  crc: number;
}

const START: FeedMark = { bytes: 0, lines: 0, crc: 0 };

/**
 * The lines of a file (after `resume`, where an earlier reading ended), read 1 MB at a time so memory
 * stays bounded by the longest line; each line is decoded on its own, so one line of invalid UTF-8 spoils
 * only itself. Returns where the reading ended, or undefined when the file does not end with a line break
 * (a writer may be in the middle of a line).
 */
export function* readLines(path: string, resume: FeedMark = START): Generator<JsonlLine, FeedMark | undefined> {
  const fd = openSync(path, "r");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let tooLong = false;
    let line = resume.lines;
    let position = resume.bytes;
    let crc = resume.crc;
    const finish = (piece: Buffer): JsonlLine => {
      line++;
      const bytes = pendingBytes + piece.length + 1;
      const whole = pending.length ? Buffer.concat([...pending, piece]) : piece;
      const wasTooLong = tooLong;
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      if (wasTooLong) return { line, bytes, error: `line longer than ${MAX_LINE_BYTES / 1024 / 1024} MB` };
      try {
        return { line, bytes, text: decoder.decode(whole).replace(/^\uFEFF/, "").replace(/\r$/, "") };
      } catch {
        return { line, bytes, error: "not valid UTF-8 text" };
      }
    };
    for (let read = readSync(fd, buffer, 0, CHUNK, position); read > 0; read = readSync(fd, buffer, 0, CHUNK, position)) {
      position += read;
      crc = crc32(buffer.subarray(0, read), crc);
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl >= 0 && nl < read; nl = buffer.indexOf(10, from)) {
        yield finish(buffer.subarray(from, nl));
        from = nl + 1;
      }
      if (from < read) {
        pendingBytes += read - from;
        if (pendingBytes > MAX_LINE_BYTES) {
          tooLong = true;
          pending = [];
        } else if (!tooLong) pending.push(Buffer.from(buffer.subarray(from, read)));
      }
    }
    if (pendingBytes > 0) {
      const last = finish(Buffer.alloc(0));
      yield { ...last, bytes: last.bytes - 1 };
      return undefined;
    }
    return { bytes: position, lines: line, crc };
  } finally {
    closeSync(fd);
  }
}

/** Whether the file still starts with the bytes a reading that ended at `mark` read (it may have grown since). */
export function startsWithFeed(path: string, mark: FeedMark): boolean {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return false;
  }
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let crc = 0;
    for (let position = 0; position < mark.bytes; ) {
      const read = readSync(fd, buffer, 0, Math.min(CHUNK, mark.bytes - position), position);
      if (read <= 0) return false;
      crc = crc32(buffer.subarray(0, read), crc);
      position += read;
    }
    return crc === mark.crc;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * One JSON Lines record `{id, title, date, url, text}` as an article: the title opens the text as
 * its own paragraph (headlines name actors too), the date comes from `date` or a `Date:` line.
 * Throws the reason, in a few words, when the record cannot be used.
 */
export function parseRecord(json: string, fallbackName: string): Article {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    throw new Error("not valid JSON");
  }
  if (!record || typeof record !== "object" || Array.isArray(record)) throw new Error("expected a JSON object {id, title, date, url, text}");
  const { id, title, date, text } = record as Record<string, unknown>;
  if (typeof text !== "string") throw new Error('needs a "text" string');
  const body = text.replace(/\r\n?/g, "\n");
  if (body.trim() === "") throw new Error("empty article");
  const heading = typeof title === "string" && title.trim() ? `${title.trim()}\n\n` : "";
  const name = typeof id === "string" && id.trim() ? id.trim() : typeof id === "number" ? String(id) : fallbackName;
  const day = toIsoDate(date) ?? headerDate(body);
  return { name, text: heading + body, ...(day ? { date: day } : {}) };
}
