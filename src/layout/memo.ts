import { createHash } from "node:crypto";
import { layoutPositions, type LayoutEdge, type Position } from "./applyLayout.js";

/** Positions computed before, under the hash of everything the layout read. */
export interface LayoutMemo {
  key: string;
  positions: Position[];
}

/** The hash of exactly what the layout reads: node keys in order, springs with their strengths, iterations. */
export function layoutKey(keys: string[], springs: LayoutEdge[], iterations: number): string {
  return createHash("sha256").update(JSON.stringify([iterations, keys, springs])).digest("hex");
}

/** The positions for this input: the memo's when it was computed from the same input, else a new layout. */
export function memoisedLayout(keys: string[], springs: LayoutEdge[], iterations: number, memo?: LayoutMemo): LayoutMemo {
  const key = layoutKey(keys, springs, iterations);
  if (memo?.key === key && Array.isArray(memo.positions) && memo.positions.length === keys.length) return memo;
  return { key, positions: layoutPositions(keys, springs, iterations) };
}
