import type { ActorGraph } from "../../../src/types.js";

/** Where the graph on screen came from; shown to the user and kept in the URL when it is a URL. */
export type GraphSource = { type: "url"; url: string } | { type: "file"; name: string } | { type: "none" };

export interface LoadedGraph {
  graph: ActorGraph;
  /** Things repaired or skipped while reading, worth one line in the page. */
  warnings: string[];
}

export type LoadStatus =
  | { state: "loading"; source: GraphSource }
  | { state: "ready"; source: GraphSource; warnings: string[] }
  | { state: "empty"; source: GraphSource }
  | { state: "error"; source: GraphSource; title: string; detail: string };

/** A failure the user can act on: the title says what happened, the detail how to fix it. */
export class GraphLoadError extends Error {
  constructor(
    readonly title: string,
    readonly detail: string,
  ) {
    super(`${title}: ${detail}`);
    this.name = "GraphLoadError";
  }
}
