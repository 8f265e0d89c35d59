import type { ActorGraph, Article } from "../../../src/types.js";

/** The engine's entry point, as `src/pipeline.ts` exports it (browser-safe). */
export type ArticlesToGraph = (articles: Article[], options?: { dictionary?: unknown[] }) => ActorGraph;

export interface MergeReport {
  addedNodes: string[];
  addedEdges: string[];
  /** Relations that existed and gained evidence from the article. */
  strengthenedEdges: string[];
  /** Actors that existed and were mentioned again. */
  mentionedNodes: string[];
}
