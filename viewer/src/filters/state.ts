import { atom } from "../core/atom.js";
import type { FilterState, Visibility } from "./types.js";

export const DEFAULT_FILTERS: FilterState = {
  hiddenRelations: new Set(),
  hiddenKinds: new Set(),
  minWeight: 0,
  neighbourhoodOnly: false,
};

export const filtersAtom = atom<FilterState>(DEFAULT_FILTERS);

/** Derived from the graph, the filters and the selection; recomputed by the app, read by the renderer. */
export const visibilityAtom = atom<Visibility>({ nodes: new Set(), edges: new Set() });
