import { toBlob } from "@sigma/export-image";
import { EXPORT_LAYERS, prepareExportRenderer } from "../rendering/actions.js";
import type { ViewerSigma } from "../rendering/state.js";

/**
 * The current view as a PNG, drawn by @sigma/export-image on a renderer of its own (same graph, settings,
 * reducers and camera), with the viewer's highlight layer added so the image matches the screen.
 */
export async function viewToPng(sigma: ViewerSigma, options: { background: string }): Promise<Blob> {
  return toBlob(sigma as never, {
    format: "png",
    backgroundColor: options.background,
    layers: EXPORT_LAYERS,
    withTempRenderer: (renderer) => prepareExportRenderer(renderer as never),
  });
}
