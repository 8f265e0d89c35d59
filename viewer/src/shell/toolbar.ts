import { byId, download } from "../core/dom.js";
import { graphToGexf } from "../export/gexf.js";
import { viewToPng } from "../export/png.js";
import { exportFileName, visibleSubgraph } from "../export/utils.js";
import { visibilityAtom } from "../filters/state.js";
import { startLayout, stopLayout } from "../layout/actions.js";
import { layoutRunningAtom } from "../layout/state.js";
import { graphAtom } from "../loading/state.js";
import { rendererAtom } from "../rendering/state.js";
import { STAGE_BACKGROUND } from "../rendering/styles.js";

/** The toolbar's buttons (layout, reset view, exports) and the phone-size filters drawer. */
export function mountToolbar(): void {
  const layoutButton = byId<HTMLButtonElement>("layout-toggle");
  layoutButton.addEventListener("click", () => {
    const graph = graphAtom.get();
    if (!graph || graph.order === 0) return;
    if (layoutRunningAtom.get()) stopLayout();
    else startLayout(graph);
  });
  layoutRunningAtom.subscribe((running) => {
    layoutButton.setAttribute("aria-pressed", String(running));
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
  });
  byId("fit").addEventListener("click", () => void rendererAtom.get()?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 }));
  byId("export-gexf").addEventListener("click", () => {
    const graph = graphAtom.get();
    if (!graph) return;
    const text = graphToGexf(visibleSubgraph(graph, visibilityAtom.get()));
    download(new Blob([text], { type: "application/xml" }), exportFileName(graph.getAttribute("name") || "actorgraph", "gexf"));
  });
  byId("export-png").addEventListener("click", async () => {
    const graph = graphAtom.get();
    const sigma = rendererAtom.get();
    if (!graph || !sigma) return;
    download(await viewToPng(sigma, { background: STAGE_BACKGROUND }), exportFileName(graph.getAttribute("name") || "actorgraph", "png"));
  });
  // On phones the filters are a drawer: the toolbar's "Filters" opens it, × or Escape closes it.
  const sidebarToggle = byId<HTMLButtonElement>("sidebar-toggle");
  const sidebar = byId("sidebar");
  const setSidebar = (open: boolean) => {
    sidebar.classList.toggle("open", open);
    sidebarToggle.setAttribute("aria-expanded", String(open));
  };
  sidebarToggle.addEventListener("click", () => {
    const open = !sidebar.classList.contains("open");
    setSidebar(open);
    if (open) byId("sidebar-close").focus();
  });
  byId("sidebar-close").addEventListener("click", () => {
    setSidebar(false);
    sidebarToggle.focus();
  });
  sidebar.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && sidebar.classList.contains("open")) {
      setSidebar(false);
      sidebarToggle.focus();
    }
  });
}
