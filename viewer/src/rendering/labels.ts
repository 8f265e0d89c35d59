import { drawDiscNodeHover, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { discBox, LabelPlacer, labelSpots, type Box, type Surroundings } from "./placement.js";
import type { ViewerSigma } from "./state.js";
import { FRESH_FILL, FRESH_STROKE, SMALL_GRAPH } from "./styles.js";
import type { ViewerNodeDisplay } from "./types.js";

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & ViewerNodeDisplay;

/** Padding around a label's text inside its box. */
const PAD = 2;

/**
 * The discs of the visible actors, in viewport pixels, for labels to keep off: on small graphs only,
 * where every actor gets a label and a label over an actor hides it. Big graphs have labels only for
 * actors sigma's grid keeps apart.
 */
export function actorDiscs(sigma: ViewerSigma): Box[] {
  const graph = sigma.getGraph();
  if (graph.order > SMALL_GRAPH) return [];
  const discs: Box[] = [];
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    discs.push(discBox(x, y, sigma.scaleSize(data.size)));
  });
  return discs;
}

/** The canvas `sigma` draws on, in viewport pixels. */
export function canvasOf(sigma: ViewerSigma): Box {
  const { width, height } = sigma.getDimensions();
  return { x: 0, y: 0, w: width, h: height };
}

/** What `sigma`'s labels keep off (its actors, on small graphs) and stay inside (its canvas). */
const surroundingsOf = (sigma: ViewerSigma): Surroundings => ({ obstacles: actorDiscs(sigma), area: canvasOf(sigma) });

/** The labels of the frame being drawn; `labelFrame` starts a new one before each frame. */
let frame = new LabelPlacer();

/** A `beforeRender` listener that starts each frame's labels afresh, around `sigma`'s actors. */
export function labelFrame(sigma: ViewerSigma): () => void {
  return () => {
    frame = new LabelPlacer(() => surroundingsOf(sigma));
  };
}

/** The label boxes of the last frame drawn (for the debug handle). */
export const drawnLabelBoxes = (): readonly Box[] => frame.boxes();

/** The spots a label may take around its actor, with the width of its text. */
export function spotsFor(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): { spots: Box[]; width: number } {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = context.measureText(data.label!).width;
  return { spots: labelSpots(data.x, data.y, data.size, width + 2 * PAD, settings.labelSize + 2 * PAD), width };
}

/** Draws a label's text in its box, with a yellow tag behind (and a ring around the actor) for an actor added from a pasted article. */
export function paintLabel(context: CanvasRenderingContext2D, data: LabelData, box: Box, width: number, settings: Settings): void {
  const size = settings.labelSize;
  const [textX, baseline] = [box.x + PAD, box.y + box.h / 2 + size / 3];
  if (data.fresh) {
    context.beginPath();
    context.roundRect(textX - 2, box.y - 1, width + 8, size + 6, 4);
    context.fillStyle = FRESH_FILL;
    context.fill();
    context.lineWidth = 1;
    context.strokeStyle = FRESH_STROKE;
    context.stroke();
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.stroke();
  }
  const color = settings.labelColor.attribute ? (data as Record<string, unknown>)[settings.labelColor.attribute] : undefined;
  context.fillStyle = typeof color === "string" ? color : (settings.labelColor.color ?? "#000");
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  // Canvas text: never markup.
  context.fillText(data.label!, textX, baseline);
}

/**
 * Sigma's label, at the first spot around its actor that overlaps no label drawn before it and (on
 * small graphs) no actor: right, left, below, above. A label with no free spot is skipped, unless forced.
 */
export const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const { spots, width } = spotsFor(context, data, settings);
  const box = frame.place(spots, !!data.forceLabel);
  if (box) paintLabel(context, data, box, width, settings);
};

/**
 * Sigma redraws highlighted actors above everything. The hovered and the selected actor get sigma's
 * label box; the rest of the highlighted neighbourhood gets a plain label, and only when its label
 * is forced on (small neighbourhoods), so that a hub's hundred neighbours do not pile up labels.
 */
export function makeDrawHover(hovered: () => string | null): NodeHoverDrawingFunction {
  return (context, data, settings) => {
    const display = data as typeof data & ViewerNodeDisplay;
    if (display.key === hovered() || display.selected) drawDiscNodeHover(context, data, settings);
    else if (data.forceLabel) drawLabel(context, data, settings);
  };
}
