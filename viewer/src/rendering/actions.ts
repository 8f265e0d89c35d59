import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import Sigma from "sigma";
import type { ActorGraph } from "../../../src/types.js";
import { FOCUS_LAYER, mountFocusLayer } from "./focusLayer.js";
import { drawLabel, labelFrame, makeDrawHover } from "./labels.js";
import { EMPTY_RENDER_SETS, rendererAtom, type ViewerSigma } from "./state.js";
import { rendererSettings } from "./styles.js";
import type { RenderSets } from "./types.js";
import { changedItems, reduceEdge, reduceNode } from "./utils.js";

export interface RendererEvents {
  onClickNode(node: string): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
  onHoverNode(node: string | null): void;
  onCameraMoved(): void;
}

let applied: RenderSets = EMPTY_RENDER_SETS;
let hovered: string | null = null;
let redrawFocus: () => void = () => {};

/** Marks pairs of actors with several relations (or relations both ways) so that the reducer curves them. */
export function indexParallelEdges(graph: ActorGraph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: "parallelIndex", edgeMinIndexAttribute: "parallelMinIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
}

/**
 * Frames the graph with room on the right for labels (sigma frames node centres only, so labels of the
 * right-most actors were cut). Null while a layout runs, so that sigma follows the moving nodes.
 */
export function frameGraph(sigma: ViewerSigma | null = rendererAtom.get(), follow = false): void {
  if (!sigma) return;
  const graph = sigma.getGraph();
  if (follow || graph.order === 0) {
    sigma.setCustomBBox(null);
    return;
  }
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_node, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY, 1e-6);
  sigma.setCustomBBox({ x: [minX, maxX + span * 0.35], y: [minY, maxY] });
}

/** Sigma settings that carry the viewer's look, shared by the screen and the PNG export's renderer. */
function viewerSettings(graph: ActorGraph) {
  return {
    ...rendererSettings(graph.order, graph.size),
    nodeReducer: (node: string, attributes: Parameters<typeof reduceNode>[2]) => reduceNode(applied, node, attributes),
    edgeReducer: (edge: string, attributes: Parameters<typeof reduceEdge>[2]) => reduceEdge(applied, edge, attributes),
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: makeDrawHover(() => hovered),
  };
}

/**
 * Draws `graph` in `container`. Render sets applied before this call (while no renderer existed) are used
 * from the first frame, so that loading draws the graph once, not twice.
 */
export function mountRenderer(container: HTMLElement, graph: ActorGraph, events: RendererEvents): ViewerSigma {
  killRenderer();
  hovered = null;
  indexParallelEdges(graph);
  const sigma: ViewerSigma = new Sigma(graph, container, viewerSettings(graph) as never);
  frameGraph(sigma);
  sigma.on("beforeRender", labelFrame(sigma));
  redrawFocus = mountFocusLayer(sigma, () => applied);
  sigma.on("clickNode", ({ node }) => events.onClickNode(node));
  sigma.on("clickEdge", ({ edge }) => events.onClickEdge(edge));
  sigma.on("clickStage", () => events.onClickStage());
  sigma.on("enterNode", ({ node }) => {
    hovered = node;
    events.onHoverNode(node);
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    events.onHoverNode(null);
  });
  sigma.getCamera().on("updated", () => events.onCameraMoved());
  rendererAtom.set(sigma);
  return sigma;
}

export function killRenderer(): void {
  rendererAtom.get()?.kill();
  rendererAtom.set(null);
  applied = EMPTY_RENDER_SETS;
}

/**
 * Shows `next`. A filter change re-indexes the whole graph (what is hidden changes the label grid);
 * selection and "new" marks repaint only their items; a new highlight only redraws the focus layer.
 */
export function applyRenderSets(next: RenderSets): void {
  const sigma = rendererAtom.get();
  const previous = applied;
  applied = next;
  if (!sigma) return;
  const { hiddenChanged, nodes, edges } = changedItems(previous, next);
  const graph = sigma.getGraph();
  if (hiddenChanged) sigma.refresh();
  else if (nodes.length || edges.length) {
    try {
      sigma.refresh({
        partialGraph: { nodes: nodes.filter((n) => graph.hasNode(n)), edges: edges.filter((e) => graph.hasEdge(e)) },
        skipIndexation: true,
      });
    } catch {
      // Items added to the graph since sigma last indexed it cannot be repainted in place.
      sigma.refresh();
    }
  } else redrawFocus();
}

/** What is highlighted and hidden right now (for the debug handle). */
export function currentRenderSets(): RenderSets {
  return applied;
}

/** The layers of the current view, bottom to top, for the PNG export. */
export const EXPORT_LAYERS = ["edges", "edgeLabels", "nodes", "labels", FOCUS_LAYER, "hovers", "hoverNodes"];

/** Lets the PNG export draw the same highlighted view on its own renderer. */
export function prepareExportRenderer(sigma: ViewerSigma): void {
  sigma.on("beforeRender", labelFrame(sigma));
  mountFocusLayer(sigma, () => applied);
  sigma.refresh();
}

/**
 * Centres the camera on an actor, zooming in if the view is wide. "Centre" is the middle of the part of
 * the graph that panels floating over it (details sheet on phones, paste panel) leave visible.
 */
export function centreOn(node: string, animate = true): void {
  const sigma = rendererAtom.get();
  if (!sigma || !sigma.getGraph().hasNode(node)) return;
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const camera = sigma.getCamera();
  // Zoom in only as far as the actor's neighbourhood still fits, and never zoom out.
  let reach = 0.02;
  sigma.getGraph().forEachNeighbor(node, (neighbour) => {
    const other = sigma.getNodeDisplayData(neighbour);
    if (other && !other.hidden) reach = Math.max(reach, Math.abs(other.x - data.x), Math.abs(other.y - data.y));
  });
  const ratio = Math.min(camera.getState().ratio, Math.max(0.05, reach * 2.6));
  const target = { ...camera.getState(), x: data.x, y: data.y, ratio };
  const { width, height } = sigma.getDimensions();
  const visible = visibleCentre(sigma.getContainer());
  if (visible) {
    // Move the camera so that the actor lands on the visible centre instead of the container's centre.
    const middle = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
    const shifted = sigma.viewportToFramedGraph({ x: width - visible.x, y: height - visible.y }, { cameraState: target });
    target.x += shifted.x - middle.x;
    target.y += shifted.y - middle.y;
  }
  if (animate && !matchMedia("(prefers-reduced-motion: reduce)").matches) void camera.animate(target, { duration: 450 });
  else camera.setState(target);
}

/** The centre of the container's uncovered area, in container pixels, or null when nothing covers it. */
function visibleCentre(container: HTMLElement): { x: number; y: number } | null {
  const box = container.getBoundingClientRect();
  let { right, bottom } = box;
  for (const panel of document.querySelectorAll<HTMLElement>("[data-overlay]")) {
    const style = getComputedStyle(panel);
    if (panel.hidden || style.position !== "absolute" || style.display === "none") continue;
    const r = panel.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) continue;
    if (r.left > box.left + 1 && r.top <= box.top + 1) right = Math.min(right, r.left); // panel on the right
    else if (r.top > box.top + 1) bottom = Math.min(bottom, r.top); // sheet at the bottom
  }
  if (right - box.left < 50 || bottom - box.top < 50 || (right === box.right && bottom === box.bottom)) return null;
  return { x: (box.left + right) / 2 - box.left, y: (box.top + bottom) / 2 - box.top };
}
