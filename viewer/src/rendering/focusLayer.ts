import type { Settings } from "sigma/settings";
import { canvasOf, paintLabel, spotsFor } from "./labels.js";
import { discBox, LabelPlacer } from "./placement.js";
import type { ViewerSigma } from "./state.js";
import { DIM_ALPHA, STAGE_BACKGROUND } from "./styles.js";
import type { RenderSets, ViewerEdgeDisplay, ViewerNodeDisplay } from "./types.js";

export const FOCUS_LAYER = "focus";

/**
 * The highlight, on a canvas of its own between sigma's labels and its hovered-actor layers: a wash in
 * the background colour over the rest of the graph, then the highlighted relations, actors and labels.
 * Hovering only redraws this canvas (a few dozen shapes) and never makes sigma redraw 50,000 edges,
 * which is what keeps hover instant on big graphs. Returns the redraw function.
 */
export function mountFocusLayer(sigma: ViewerSigma, sets: () => RenderSets): () => void {
  // sigma 3 accepts the position option at run time; its types only list it for createCanvas.
  sigma.createCanvasContext(FOCUS_LAYER, { afterLayer: "labels" } as never);
  // Sized by sigma only on its next resize: force one now.
  sigma.resize(true);
  const context = sigma.getCanvases()[FOCUS_LAYER]!.getContext("2d")!;
  const rgb = hexToRgb(STAGE_BACKGROUND);
  const draw = () => {
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    const current = sets();
    if (!current.dimmed && current.selectedEdges.size === 0) return;
    if (current.dimmed) {
      context.fillStyle = `rgba(${rgb.join(",")}, ${DIM_ALPHA})`;
      context.fillRect(0, 0, width, height);
    }
    const graph = sigma.getGraph();
    for (const edge of new Set([...current.focusEdges, ...current.selectedEdges])) {
      if (graph.hasEdge(edge) && !current.hiddenEdges.has(edge)) drawEdge(sigma, context, edge);
    }
    drawNodes(sigma, context, current);
  };
  sigma.on("afterRender", draw);
  return draw;
}

/** Focus actors as sigma draws them (discs), then their labels, skipping labels that would overlap. */
function drawNodes(sigma: ViewerSigma, context: CanvasRenderingContext2D, sets: RenderSets): void {
  const settings = sigma.getSettings() as unknown as Settings;
  const items = [...sets.focusNodes]
    .map((node) => ({ node, data: sigma.getNodeDisplayData(node) as (ViewerNodeDisplay & { x: number; y: number; size: number }) | undefined }))
    .filter((item): item is { node: string; data: ViewerNodeDisplay & { x: number; y: number; size: number } } => !!item.data && !item.data.hidden)
    .map(({ node, data }) => ({ node, data, at: sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size) }));
  for (const { data, at, size } of items) {
    context.beginPath();
    context.arc(at.x, at.y, size, 0, Math.PI * 2);
    context.fillStyle = data.color ?? "#999";
    context.fill();
  }
  // Biggest first, so the most involved actors keep their labels when space runs out; kept off each other
  // and off the focus actors (the washed-out ones below may be covered).
  items.sort((a, b) => b.size - a.size);
  const placer = new LabelPlacer(() => ({ area: canvasOf(sigma), obstacles: items.map(({ at, size }) => discBox(at.x, at.y, size)) }));
  for (const { node, data, at, size } of items) {
    if (!sets.labelledNodes.has(node) || !data.label) continue;
    const label = { ...data, x: at.x, y: at.y, size, label: data.label, color: data.color ?? "#999" };
    const { spots, width } = spotsFor(context, label, settings);
    const box = placer.place(spots);
    if (box) paintLabel(context, label, box, width, settings);
  }
}

/** An edge as sigma draws it (straight or curved arrow), in viewport pixels. */
function drawEdge(sigma: ViewerSigma, context: CanvasRenderingContext2D, edge: string): void {
  const graph = sigma.getGraph();
  const data = sigma.getEdgeDisplayData(edge) as ViewerEdgeDisplay | undefined;
  const sourceData = sigma.getNodeDisplayData(graph.source(edge));
  const targetData = sigma.getNodeDisplayData(graph.target(edge));
  if (!data || !sourceData || !targetData || data.hidden || sourceData.hidden || targetData.hidden) return;
  const source = sigma.framedGraphToViewport(sourceData);
  const target = sigma.framedGraphToViewport(targetData);
  const targetRadius = sigma.scaleSize(targetData.size);
  const thickness = Math.max(1.5, sigma.scaleSize(data.size ?? 1));
  const head = Math.max(7, thickness * 3);
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  if (Math.hypot(dx, dy) < 1) return;
  const curvature = data.type === "curved" ? (data.curvature ?? 0.25) : 0;
  // @sigma/edge-curve's control point, in y-down viewport coordinates.
  const control = { x: (source.x + target.x) / 2 + curvature * dy, y: (source.y + target.y) / 2 - curvature * dx };
  const at = (t: number) => ({
    x: (1 - t) ** 2 * source.x + 2 * (1 - t) * t * control.x + t ** 2 * target.x,
    y: (1 - t) ** 2 * source.y + 2 * (1 - t) * t * control.y + t ** 2 * target.y,
  });
  // Where the curve enters the target's disc, and where the arrow head starts.
  const tip = at(curveParameterAtDistance(at, target, targetRadius));
  const baseT = curveParameterAtDistance(at, target, targetRadius + head);
  const base = at(baseT);
  context.strokeStyle = data.color ?? "#999";
  context.fillStyle = data.color ?? "#999";
  context.lineWidth = thickness;
  context.lineCap = "round";
  context.beginPath();
  context.moveTo(source.x, source.y);
  if (curvature) {
    // The part of the curve from 0 to baseT, which keeps the same shape (de Casteljau).
    context.quadraticCurveTo((1 - baseT) * source.x + baseT * control.x, (1 - baseT) * source.y + baseT * control.y, base.x, base.y);
  } else context.lineTo(base.x, base.y);
  context.stroke();
  const norm = Math.hypot(tip.x - base.x, tip.y - base.y) || 1;
  const ux = (tip.x - base.x) / norm;
  const uy = (tip.y - base.y) / norm;
  const wing = head * 0.55;
  context.beginPath();
  context.moveTo(tip.x, tip.y);
  context.lineTo(base.x - uy * wing, base.y + ux * wing);
  context.lineTo(base.x + uy * wing, base.y - ux * wing);
  context.closePath();
  context.fill();
}

/** Largest t whose point lies at least `distance` from `end` (bisection; the curve reaches `end` at t = 1). */
function curveParameterAtDistance(at: (t: number) => { x: number; y: number }, end: { x: number; y: number }, distance: number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    const p = at(mid);
    if (Math.hypot(p.x - end.x, p.y - end.y) > distance) low = mid;
    else high = mid;
  }
  return low;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
