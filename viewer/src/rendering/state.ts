import type Sigma from "sigma";
import type { ActorAttributes, GraphAttributes, RelationAttributes } from "../../../src/types.js";
import { atom } from "../core/atom.js";
import type { RenderSets } from "./types.js";

export type ViewerSigma = Sigma<ActorAttributes, RelationAttributes, GraphAttributes>;

export const rendererAtom = atom<ViewerSigma | null>(null);

const none = new Set<string>();
export const EMPTY_RENDER_SETS: RenderSets = {
  hiddenNodes: none,
  hiddenEdges: none,
  focusNodes: none,
  focusEdges: none,
  labelledNodes: none,
  selectedNodes: none,
  selectedEdges: none,
  freshNodes: none,
  freshEdges: none,
  dimmed: false,
};
