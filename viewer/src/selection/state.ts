import { atom } from "../core/atom.js";
import type { Selection } from "./types.js";

export const selectionAtom = atom<Selection>(null);
/** The actor under the pointer (or keyboard focus in the details panel), for highlighting. */
export const hoveredNodeAtom = atom<string | null>(null);
