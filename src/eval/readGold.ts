import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../cli/errors.js";
import type { GoldDocument } from "./types.js";

function parseGold(path: string): GoldDocument {
  let data: GoldDocument;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new UserError(`${path}: not a readable JSON gold file`);
  }
  if (typeof data?.doc !== "string" || !Array.isArray(data.actors) || !Array.isArray(data.relations)) {
    throw new UserError(`${path}: a gold file needs "doc", "actors" and "relations"`);
  }
  return data;
}

/** Reads one gold file, or every `*.gold.json` in a folder. */
export function readGold(path: string): GoldDocument[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UserError(`no such gold file or folder: ${path}`);
  }
  if (!stats.isDirectory()) return [parseGold(path)];
  const files = readdirSync(path).filter((name) => name.endsWith(".gold.json")).sort();
  if (!files.length) throw new UserError(`no *.gold.json files in ${path}`);
  return files.map((name) => parseGold(join(path, name)));
}
