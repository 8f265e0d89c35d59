import { atom } from "../core/atom.js";
import type { SearchEntry } from "./types.js";

/** Rebuilt when the graph changes (load, paste). */
export const searchIndexAtom = atom<SearchEntry[]>([]);
