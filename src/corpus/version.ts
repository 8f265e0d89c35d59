import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { distPath } from "./paths.js";

/** Everything that maps an article to its extraction, and the stored form: change any byte and cached extractions are stale. */
export const EXTRACTOR_PARTS = ["extract", "resolve", "vocabulary", "dictionary", "corpus/split.js", "corpus/cache.js"];

function files(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/**
 * A hash of the extractor's built modules under `root` (type declarations aside) and of the data
 * files they import from packages. Changes whenever extraction output could change.
 */
export function hashExtractor(root: string, data: string[] = []): string {
  const hash = createHash("sha256");
  const paths = EXTRACTOR_PARTS.flatMap((part) => files(join(root, part))).filter((path) => !path.endsWith(".d.ts"));
  for (const path of [...paths, ...data]) {
    const content = readFileSync(path);
    const name = path.startsWith(root) ? relative(root, path).split(sep).join("/") : path.slice(path.lastIndexOf("node_modules"));
    hash.update(`${name}\0${content.length}\0`).update(content);
  }
  return hash.digest("hex").slice(0, 16);
}

let cached: string | undefined;

/** The extractor's version, from the files themselves at start-up, so nobody has to remember to bump a number. */
export function extractorVersion(): string {
  const require = createRequire(import.meta.url);
  cached ??= hashExtractor(distPath(""), [require.resolve("world-countries/countries.json")]);
  return cached;
}
