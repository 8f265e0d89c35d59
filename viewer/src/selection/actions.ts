import { selectionAtom } from "./state.js";
import type { Selection } from "./types.js";

export function selectNode(id: string): void {
  selectionAtom.set((s) => (s?.type === "node" && s.id === id ? s : { type: "node", id }));
}

export function selectEdge(id: string): void {
  selectionAtom.set((s) => (s?.type === "edge" && s.id === id ? s : { type: "edge", id }));
}

export function clearSelection(): void {
  selectionAtom.set(null);
}

export function selectedNodeId(selection: Selection = selectionAtom.get()): string | null {
  return selection?.type === "node" ? selection.id : null;
}
