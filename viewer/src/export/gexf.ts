import { toGexf } from "../../../src/export/gexf.js";
import type { ActorGraph } from "../../../src/types.js";

/** GEXF 1.3 of a graph, written by the same exporter as the command line (`src/export/gexf.ts`). */
export function graphToGexf(graph: ActorGraph): string {
  return toGexf(graph, { version: "1.3" });
}
