import type { ActorGraph } from "../../../src/types.js";
import { atom } from "../core/atom.js";
import type { LoadStatus } from "./types.js";

export const loadStatus = atom<LoadStatus>({ state: "loading", source: { type: "none" } });

/** The graph on screen. Replaced on load; mutated in place by the paste panel, which bumps graphRevision. */
export const graphAtom = atom<ActorGraph | null>(null);
export const graphRevision = atom(0);
