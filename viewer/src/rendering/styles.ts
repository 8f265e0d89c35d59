import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";

export const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const STAGE_BACKGROUND = "#fbfbfa";
/** How much the wash over the rest of the graph hides it while something is highlighted. */
export const DIM_ALPHA = 0.78;
/** Label background for actors added by the paste panel (same yellow as the page's "new" badges). */
export const FRESH_FILL = "#fff4c4";
export const FRESH_STROKE = "#b58900";

/** Up to this many actors, every actor is a label candidate and labels keep off the actors' discs. */
export const SMALL_GRAPH = 150;

/** Above this many actors plus relations, sigma draws only the actors while the camera moves. */
const BIG_GRAPH = 20_000;

export function rendererSettings(order: number, size: number): Partial<Settings> {
  const big = order + size > BIG_GRAPH;
  return {
    // Straight arrows by default; the edge reducer switches pairs with several relations to curves.
    defaultEdgeType: "straight",
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    itemSizesReference: "screen",
    // Clickable edges cost sigma a second drawing of every edge (for picking); on big graphs relations
    // are selected from the details panel instead.
    enableEdgeEvents: !big,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: "#1f2328" },
    // Small graphs can afford every label: sigma's grid (one label per 100 px cell) would drop actors that
    // sit close together, so there every actor is a candidate and the label drawer finds each a free spot.
    labelDensity: order <= SMALL_GRAPH ? Infinity : 1,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: order <= SMALL_GRAPH ? 0 : 7,
    stagePadding: 40,
    minEdgeThickness: 1.5,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    enableCameraRotation: false,
  };
}
