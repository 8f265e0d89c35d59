import type { ActorKind, RelationType } from "../../../src/types.js";
import { RELATION_TYPES } from "../../../src/vocabulary/relations.js";
import { ACTOR_KINDS } from "../loading/utils.js";
import type { CameraView, ViewState } from "./types.js";

/** Parameter names, short because people paste these links. */
export const PARAMS = {
  graph: "graph",
  node: "node",
  edge: "edge",
  hideRelations: "hide",
  hideKinds: "hideKinds",
  minWeight: "minWeight",
  neighbourhood: "nb",
  camera: "cam",
} as const;

const OWN = new Set<string>(Object.values(PARAMS));

const list = (value: string | null) => (value ? value.split(",").map((v) => v.trim()).filter(Boolean) : []);
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Reads the view from a query string; anything unknown or malformed is ignored rather than fatal. */
export function decodeViewState(search: string | URLSearchParams): ViewState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const node = params.get(PARAMS.node);
  const edge = params.get(PARAMS.edge);
  const minWeight = Number(params.get(PARAMS.minWeight));
  const state: ViewState = {
    selection: node ? { type: "node", id: node } : edge ? { type: "edge", id: edge } : null,
    hiddenRelations: list(params.get(PARAMS.hideRelations)).filter((r): r is RelationType => (RELATION_TYPES as readonly string[]).includes(r)),
    hiddenKinds: list(params.get(PARAMS.hideKinds)).filter((k): k is ActorKind => (ACTOR_KINDS as string[]).includes(k)),
    minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0,
    neighbourhoodOnly: params.get(PARAMS.neighbourhood) === "1",
  };
  const graph = params.get(PARAMS.graph);
  if (graph) state.graph = graph;
  const camera = parseCamera(params.get(PARAMS.camera));
  if (camera) state.camera = camera;
  return state;
}

function parseCamera(value: string | null): CameraView | undefined {
  if (!value) return undefined;
  const [x, y, ratio] = value.split(",").map(Number);
  if (![x, y, ratio].every((n) => Number.isFinite(n)) || ratio! <= 0) return undefined;
  return { x: x!, y: y!, ratio: ratio! };
}

/** Writes the view into a query string, keeping parameters that are not ours. Defaults are left out to keep links short. */
export function encodeViewState(state: ViewState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of base) if (!OWN.has(key)) params.append(key, value);
  if (state.graph) params.set(PARAMS.graph, state.graph);
  if (state.selection?.type === "node") params.set(PARAMS.node, state.selection.id);
  if (state.selection?.type === "edge") params.set(PARAMS.edge, state.selection.id);
  if (state.hiddenRelations.length) params.set(PARAMS.hideRelations, [...state.hiddenRelations].sort().join(","));
  if (state.hiddenKinds.length) params.set(PARAMS.hideKinds, [...state.hiddenKinds].sort().join(","));
  if (state.minWeight > 0) params.set(PARAMS.minWeight, String(state.minWeight));
  if (state.neighbourhoodOnly) params.set(PARAMS.neighbourhood, "1");
  if (state.camera) params.set(PARAMS.camera, [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(","));
  return params;
}

/** Query string for the address bar; commas, slashes and colons (legal in a query) are left readable. */
export function toQueryString(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ",").replace(/%2F/gi, "/").replace(/%3A/gi, ":").replace(/%40/g, "@");
  return text ? `?${text}` : "";
}
