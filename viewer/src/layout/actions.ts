import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ActorGraph } from "../../../src/types.js";
import { frameGraph } from "../rendering/actions.js";
import { layoutRunningAtom } from "./state.js";

let layout: FA2Layout | null = null;
let layoutGraph: ActorGraph | null = null;

/** ForceAtlas2 in a web worker, so the page stays responsive while it runs. Created on first start only. */
export function startLayout(graph: ActorGraph): void {
  if (layoutGraph !== graph) killLayout();
  if (!layout) {
    layout = new FA2Layout(graph, {
      settings: { ...inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5 },
      getEdgeWeight: "weight",
    });
    layoutGraph = graph;
  }
  frameGraph(undefined, true);
  layout.start();
  layoutRunningAtom.set(true);
}

export function stopLayout(): void {
  layout?.stop();
  frameGraph();
  layoutRunningAtom.set(false);
}

/** On graph replacement: the worker holds a copy of the old graph's structure. */
export function killLayout(): void {
  layout?.kill();
  layout = null;
  layoutGraph = null;
  layoutRunningAtom.set(false);
}
