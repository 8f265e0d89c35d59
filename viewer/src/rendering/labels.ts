import { drawDiscNodeHover, drawDiscNodeLabel, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from "sigma/rendering";
import { FRESH_FILL, FRESH_STROKE } from "./styles.js";
import type { ViewerNodeDisplay } from "./types.js";

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Labels drawn in the current frame. Sigma's label grid picks one label per cell, but a long label
 * reaches into the next cells; this catches those overlaps. Reset by `resetLabelBoxes` before each frame. */
let placed: Box[] = [];

export function resetLabelBoxes(): void {
  placed = [];
}

/**
 * Sigma's label, skipped when it would overlap a label already drawn (forced labels always draw),
 * with a yellow tag behind actors added from a pasted article. Canvas text: never markup.
 */
export const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  const display = data as typeof data & ViewerNodeDisplay;
  if (!data.label) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const box = { x: data.x + data.size + 2, y: data.y - settings.labelSize / 2 - 2, w: context.measureText(data.label).width + 6, h: settings.labelSize + 4 };
  const overlaps = placed.some((p) => box.x < p.x + p.w && p.x < box.x + box.w && box.y < p.y + p.h && p.y < box.y + box.h);
  if (overlaps && !data.forceLabel) return;
  placed.push(box);
  if (display.fresh) {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const x = data.x + data.size + 1;
    const y = data.y - size / 2 - 3;
    context.beginPath();
    context.roundRect(x, y, width + 8, size + 6, 4);
    context.fillStyle = FRESH_FILL;
    context.fill();
    context.lineWidth = 1;
    context.strokeStyle = FRESH_STROKE;
    context.stroke();
    // A ring around the actor itself.
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.stroke();
  }
  drawDiscNodeLabel(context, data, settings);
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
