import { createHash } from "node:crypto";
import { layoutPlacements, type LayoutEdge, type Placement } from "./applyLayout.js";

/** A layout computed before, under the hash of everything it read. */
export interface LayoutMemo {
  key: string;
  placements: Placement[];
}

/** The hash of exactly what the layout reads: node keys in order, edges with their weights, iterations. */
export function layoutKey(keys: string[], edges: LayoutEdge[], iterations: number): string {
  return createHash("sha256").update(JSON.stringify([iterations, keys, edges])).digest("hex");
}

/** The placements for this input: the memo's when it was computed from the same input, else a new layout. */
export function memoisedLayout(keys: string[], edges: LayoutEdge[], iterations: number, memo?: LayoutMemo): LayoutMemo {
  const key = layoutKey(keys, edges, iterations);
  if (memo?.key === key && memo.placements.length === keys.length) return memo;
  return { key, placements: layoutPlacements(keys, edges, iterations) };
}
