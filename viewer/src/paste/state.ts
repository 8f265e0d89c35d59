import { atom } from "../core/atom.js";

/** What the paste panel added, marked on screen until the user clears the marks or loads another graph. */
export const freshNodesAtom = atom<ReadonlySet<string>>(new Set());
export const freshEdgesAtom = atom<ReadonlySet<string>>(new Set());
export const pasteCountAtom = atom(0);
