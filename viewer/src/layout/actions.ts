import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { ringIsolated } from "../../../src/layout/ring.js";
import type { ActorGraph } from "../../../src/types.js";
import { frameGraph } from "../rendering/actions.js";
import { layoutRunningAtom } from "./state.js";

let layout: FA2Layout | null = null;
let layoutGraph: ActorGraph | null = null;
// Where the actors with no relation stood when the layout started: it holds them there while it runs,
// as repulsion alone would throw them far out, and rings them around the rest when it stops.
let pinned = new Map<string, { x: number; y: number }>();

/** ForceAtlas2 in a web worker, so the page stays responsive while it runs. Created on first start only. */
export function startLayout(graph: ActorGraph): void {
  if (layoutGraph !== graph) killLayout();
  if (!layout) {
    layout = new FA2Layout(graph, {
      settings: { ...inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5 },
      getEdgeWeight: "weight",
      outputReducer: (key, attributes) => {
        const pin = pinned.get(key);
        return pin ? { ...attributes, ...pin } : attributes;
      },
    });
    layoutGraph = graph;
  }
  pinned = new Map(graph.filterNodes((key) => graph.degree(key) === 0).map((key) => [key, { x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") }]));
  frameGraph(undefined, true);
  layout.start();
  layoutRunningAtom.set(true);
}

export function stopLayout(): void {
  layout?.stop();
  if (layoutGraph) ringAlone(layoutGraph);
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

/** The actors with no relation on a ring around the others, as the command line's layout places them. */
function ringAlone(graph: ActorGraph): void {
  const keys = graph.nodes();
  const positions = keys.map((key) => ({ x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") }));
  const isolated = keys.map((key) => graph.degree(key) === 0);
  ringIsolated(positions, isolated);
  keys.forEach((key, i) => {
    if (isolated[i]) graph.mergeNodeAttributes(key, positions[i]!);
  });
  pinned = new Map();
}
