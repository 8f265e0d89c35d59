import { mergeAcrossDocuments } from "./corpus/merge.js";
import { extractArticle } from "./corpus/split.js";
import { createDictionary, type DictionaryEntry } from "./dictionary/index.js";
import { createMatcher, type Matcher } from "./dictionary/matcher.js";
import type { DocumentExtraction } from "./extract/document.js";
import { buildGraph } from "./graph/buildGraph.js";
import { applyLayout } from "./layout/applyLayout.js";
import type { ActorGraph, Article } from "./types.js";

export { extractArticle } from "./corpus/split.js";

export interface PipelineOptions {
  /** Extra actors that extend or replace the built-in dictionary. */
  dictionary?: DictionaryEntry[];
  /** ForceAtlas2 iterations; 0 keeps the seeded start positions. */
  layoutIterations?: number;
}

let builtin: Matcher | undefined;

/** A matcher over the built-in dictionary plus the user's; the built-in one is built once and reused. */
export function dictionaryMatcher(extra: DictionaryEntry[] = []): Matcher {
  if (extra.length) return createMatcher(createDictionary(extra));
  builtin ??= createMatcher(createDictionary());
  return builtin;
}

/**
 * The merge step: per-document extractions (from any process, in any order) into one laid-out graph,
 * actors joined across documents as within one.
 */
export function extractionsToGraph(extractions: DocumentExtraction[], options: Pick<PipelineOptions, "layoutIterations"> = {}): ActorGraph {
  const graph = buildGraph(mergeAcrossDocuments(extractions));
  applyLayout(graph, options.layoutIterations);
  return graph;
}

/**
 * The whole extraction: articles in, a laid-out actor graph out. Browser-safe (no Node modules),
 * so the viewer runs the same engine as the command line.
 */
export function articlesToGraph(articles: Article[], options: PipelineOptions = {}): ActorGraph {
  const matcher = dictionaryMatcher(options.dictionary);
  return extractionsToGraph(articles.map((article) => extractArticle(article, matcher)), options);
}
