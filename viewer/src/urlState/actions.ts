import type { ViewState } from "./types.js";
import { decodeViewState, encodeViewState, toQueryString } from "./utils.js";

export function readViewState(): ViewState {
  return decodeViewState(location.search);
}

/**
 * Puts the view in the address bar. A new selection is a history step (Back returns to the previous actor);
 * filter and camera changes replace the current step so that Back is not flooded.
 */
export function writeViewState(state: ViewState, mode: "push" | "replace"): void {
  const query = toQueryString(encodeViewState(state, new URLSearchParams(location.search)));
  if (query === location.search) return;
  const url = `${location.pathname}${query}${location.hash}`;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}
