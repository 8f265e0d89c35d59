import { createHash } from "node:crypto";
import { forceInput, forcePositions, withIsolated, type LayoutEdge, type Position } from "./applyLayout.js";

/** ForceAtlas2's positions of the connected actors, under the hash of everything it read. */
export interface LayoutMemo {
  key: string;
  positions: Position[];
}

/** The hash of exactly what ForceAtlas2 reads: node keys in order, springs with their strengths, iterations. */
export function layoutKey(keys: string[], springs: LayoutEdge[], iterations: number): string {
  return createHash("sha256").update(JSON.stringify([iterations, keys, springs])).digest("hex");
}

/**
 * Every actor's position, and the memo to keep: ForceAtlas2 runs again only when its input (the
 * connected actors and their springs) differs from the memo's; the ring of unconnected actors is cheap.
 */
export function memoisedLayout(keys: string[], springs: LayoutEdge[], iterations: number, memo?: LayoutMemo): { memo: LayoutMemo; positions: Position[] } {
  const input = forceInput(keys, springs);
  const key = layoutKey(input.keys, input.springs, iterations);
  const reused = memo?.key === key && Array.isArray(memo.positions) && memo.positions.length === input.keys.length ? memo : undefined;
  const kept = reused ?? { key, positions: forcePositions(input, iterations) };
  return { memo: kept, positions: withIsolated(keys, input, kept.positions) };
}
