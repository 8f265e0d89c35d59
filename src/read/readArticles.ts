import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { UserError } from "../cli/errors.js";
import type { Article } from "../types.js";
import { htmlToText, markdownToText } from "./htmlToText.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"];

/** Every article file under the given files and folders (folders recursively), sorted for a stable order. */
export function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UserError(`no such file or folder: ${path}`);
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith(".")) visit(join(path, name), false);
    } else if (explicit || ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) {
    const before = files.length;
    visit(path, true);
    if (files.length === before) throw new UserError(`no articles (${ARTICLE_EXTENSIONS.join(", ")}) in folder: ${path}`);
  }
  return [...new Set(files)].sort();
}

const DATE_LINE = /^Date:\s*(.+)$/im;

/** The date a `Date:` header line gives, as YYYY-MM-DD, if it parses. */
export function headerDate(text: string): string | undefined {
  const line = DATE_LINE.exec(text.slice(0, 2000));
  if (!line) return undefined;
  const date = new Date(`${line[1].trim()}${/\d{4}-\d{2}-\d{2}$/.test(line[1].trim()) ? "T00:00:00Z" : " UTC"}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Decodes and checks one file's bytes: empty, binary or invalid UTF-8 files are refused with a clear reason. */
export function decodeArticle(path: string, bytes: Uint8Array): Article {
  if (bytes.includes(0)) throw new UserError(`${path}: binary file, not an article`);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${path}: not valid UTF-8 text`);
  }
  raw = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const extension = extname(path).toLowerCase();
  const text = extension === ".html" || extension === ".htm" ? htmlToText(raw) : extension === ".md" ? markdownToText(raw) : raw;
  if (text.trim() === "") throw new UserError(`${path}: empty file`);
  const date = headerDate(text);
  return { name: basename(path), text, ...(date ? { date } : {}) };
}

/** Reads every article under the given paths. */
export function readArticles(paths: string[]): Article[] {
  const files = listArticleFiles(paths);
  return files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UserError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    return decodeArticle(file, bytes);
  });
}
