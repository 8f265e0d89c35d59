import { atom } from "../core/atom.js";

export const layoutRunningAtom = atom(false);
