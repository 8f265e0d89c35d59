import type { ActorGraph } from "../../../src/types.js";
import { DEFAULT_FILTERS, filtersAtom, visibilityAtom } from "../filters/state.js";
import { layoutRunningAtom } from "../layout/state.js";
import { graphAtom } from "../loading/state.js";
import { currentRenderSets } from "../rendering/actions.js";
import { actorDiscs, drawnLabelBoxes } from "../rendering/labels.js";
import { rendererAtom } from "../rendering/state.js";
import { selectionAtom } from "../selection/state.js";

/**
 * A read-only handle for the end-to-end tests and the benchmark, which need to see what sigma draws
 * (a hidden edge is invisible to the DOM). Nothing in it changes the view.
 */
export function exposeDebugHandle(): void {
  const handle = {
    graph: (): ActorGraph | null => graphAtom.get(),
    visibleEdges: () => [...visibilityAtom.get().edges],
    visibleNodes: () => [...visibilityAtom.get().nodes],
    edgeDisplay: (edge: string) => rendererAtom.get()?.getEdgeDisplayData(edge) ?? null,
    nodeDisplay: (node: string) => rendererAtom.get()?.getNodeDisplayData(node) ?? null,
    /** What sigma draws for a relation: "visible" or "hidden" (filtered out, or an end is). */
    edgeVisibility: (edge: string) => {
      const sigma = rendererAtom.get();
      const graph = sigma?.getGraph();
      if (!sigma || !graph?.hasEdge(edge)) return null;
      const hidden = [sigma.getEdgeDisplayData(edge), sigma.getNodeDisplayData(graph.source(edge)), sigma.getNodeDisplayData(graph.target(edge))].some((d) => !d || d.hidden);
      return hidden ? "hidden" : "visible";
    },
    /** The boxes of the labels the last frame drew, in viewport pixels. */
    labelBoxes: () => drawnLabelBoxes().map((box) => ({ ...box })),
    /** Where each visible actor's disc is, in viewport pixels, as labels keep off them (small graphs only). */
    actorDiscs: () => {
      const sigma = rendererAtom.get();
      return sigma ? actorDiscs(sigma) : [];
    },
    camera: () => rendererAtom.get()?.getCamera().getState() ?? null,
    /** Where an actor is on screen, in page pixels (to point at it). */
    nodeOnScreen: (node: string) => {
      const sigma = rendererAtom.get();
      if (!sigma?.getGraph().hasNode(node)) return null;
      const { x, y } = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    highlight: () => {
      const sets = currentRenderSets();
      return { dimmed: sets.dimmed, nodes: [...sets.focusNodes].sort(), edges: [...sets.focusEdges].sort() };
    },
    layoutRunning: () => layoutRunningAtom.get(),
    selection: () => selectionAtom.get(),
    filters: () => {
      const f = filtersAtom.get();
      return { ...f, hiddenRelations: [...f.hiddenRelations], hiddenKinds: [...f.hiddenKinds], isDefault: f === DEFAULT_FILTERS };
    },
  };
  Object.defineProperty(window, "actorgraphDebug", { value: Object.freeze(handle) });
}
