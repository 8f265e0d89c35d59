import { normalizeName } from "../../../src/query/names.js";
import type { ActorGraph } from "../../../src/types.js";
import type { SearchEntry, SearchResult } from "./types.js";

/** Lower case, accents and punctuation folded, as the query API does: "al-Assad" matches "Al Assad". */
export const normalize = normalizeName;

export function buildSearchIndex(graph: ActorGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    const seen = new Set<string>();
    const names: SearchEntry["names"] = [];
    for (const text of [a.label, ...a.aliases]) {
      const norm = normalize(text);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      names.push({ text, norm });
    }
    entries.push({ node, label: a.label, names, weight: a.size });
  });
  return entries;
}

/** How well one name matches: whole name, then name start, then a word start, then anywhere. 0 is no match. */
function matchScore(norm: string, query: string): number {
  if (norm === query) return 100;
  if (norm.startsWith(query)) return 80;
  if (norm.includes(` ${query}`)) return 60;
  if (norm.includes(query)) return 30;
  return 0;
}

export function search(index: readonly SearchEntry[], rawQuery: string, limit = 8): SearchResult[] {
  const query = normalize(rawQuery);
  if (!query) return [];
  const results: SearchResult[] = [];
  for (const entry of index) {
    let best = 0;
    let via: string | undefined;
    entry.names.forEach((name, i) => {
      // The label beats an alias that matches equally well.
      const score = matchScore(name.norm, query) + (i === 0 ? 5 : 0);
      if (score > best && score > 5) {
        best = score;
        via = i === 0 ? undefined : name.text;
      }
    });
    if (best > 0) results.push({ node: entry.node, label: entry.label, score: best + Math.min(entry.weight, 20) / 10, ...(via ? { via } : {}) });
  }
  results.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return results.slice(0, limit);
}
