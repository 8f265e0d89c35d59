import type { Position } from "./applyLayout.js";

/**
 * Actors with no relation, on a ring just around the others in key order: the layout's repulsion alone
 * throws them far out, and a view framed to hold them shows the connected graph small in its middle.
 */
export function ringIsolated(positions: Position[], isolated: boolean[]): void {
  const connected = positions.filter((_p, i) => !isolated[i]);
  const alone = positions.filter((_p, i) => isolated[i]);
  if (!connected.length || !alone.length) return;
  const cx = connected.reduce((sum, p) => sum + p.x, 0) / connected.length;
  const cy = connected.reduce((sum, p) => sum + p.y, 0) / connected.length;
  // A loop, not Math.max(...): a corpus graph can hold more actors than a call takes arguments (also in nodeSizes).
  const radius = 1.15 * connected.reduce((max, p) => Math.max(max, Math.hypot(p.x - cx, p.y - cy)), 1);
  alone.forEach((p, i) => {
    const angle = (2 * Math.PI * i) / alone.length;
    p.x = cx + radius * Math.cos(angle);
    p.y = cy + radius * Math.sin(angle);
  });
}
