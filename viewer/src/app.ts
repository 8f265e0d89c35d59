import { byId } from "./core/dom.js";
import { mountDetails } from "./details/view.js";
import { filtersAtom, visibilityAtom } from "./filters/state.js";
import { computeVisibility, summarize } from "./filters/utils.js";
import { mountFilters } from "./filters/view.js";
import { killLayout } from "./layout/actions.js";
import { DEFAULT_GRAPH_URL, loadGraphFromFile, loadGraphFromUrl } from "./loading/actions.js";
import { graphAtom, graphRevision, loadStatus } from "./loading/state.js";
import { GraphLoadError, type GraphSource, type LoadedGraph } from "./loading/types.js";
import { newActorGraph } from "./loading/utils.js";
import { mountLoading, showMessage } from "./loading/view.js";
import { loadEngine } from "./paste/engine.js";
import { freshEdgesAtom, freshNodesAtom, pasteCountAtom } from "./paste/state.js";
import { articleName, mergeGraph } from "./paste/utils.js";
import { mountPaste } from "./paste/view.js";
import { applyRenderSets, centreOn, frameGraph, indexParallelEdges, killRenderer, mountRenderer } from "./rendering/actions.js";
import { mountGraphKeyboard } from "./rendering/keyboard.js";
import { rendererAtom } from "./rendering/state.js";
import { complement, computeFocus, computeRenderSets } from "./rendering/utils.js";
import { mountSearch } from "./search/view.js";
import { exposeDebugHandle } from "./shell/debug.js";
import { mountToolbar } from "./shell/toolbar.js";
import { searchIndexAtom } from "./search/state.js";
import { buildSearchIndex } from "./search/utils.js";
import { clearSelection, selectEdge, selectNode, selectedNodeId } from "./selection/actions.js";
import { hoveredNodeAtom, selectionAtom } from "./selection/state.js";
import { readViewState, writeViewState } from "./urlState/actions.js";
import type { CameraView, ViewState } from "./urlState/types.js";

/** Wires the concerns together: each one owns its state; this file only says who reacts to what. */
export function startApp(): void {
  const stage = byId("graph");
  const message = byId("message");
  const initial = readViewState();
  let graphUrl = initial.graph;
  /** While applying a URL (load, Back/Forward), changes must not write history. */
  let restoring = false;

  // ---- Views -------------------------------------------------------------------------------------------
  const search = mountSearch(byId("search"), (node) => {
    selectNode(node);
    centreOn(node);
  });
  const filters = mountFilters(byId("filters"));
  const renderDetails = mountDetails(byId("details"), {
    selectNode: (node) => {
      selectNode(node);
      centreOn(node);
    },
    selectEdge: (edge) => selectEdge(edge),
    hoverNode: (node) => hoveredNodeAtom.set(node),
    close: () => {
      clearSelection();
      stage.focus();
    },
  });
  const paste = mountPaste(byId("paste-panel"), byId<HTMLButtonElement>("paste-toggle"), {
    addArticle: async (name, text) => {
      const engine = await loadEngine();
      const count = pasteCountAtom.get() + 1;
      const doc = articleName(text, name, count);
      const extracted = engine([{ name: doc, text }]);
      let graph = graphAtom.get();
      if (!graph) {
        graph = newActorGraph({ name: "Pasted articles", creator: "actorgraph viewer" });
        setGraph({ graph, warnings: [] }, { type: "none" });
      }
      const report = mergeGraph(graph, extracted);
      indexParallelEdges(graph);
      frameGraph();
      pasteCountAtom.set(count);
      graphRevision.set((n) => n + 1);
      freshNodesAtom.set((previous) => new Set([...previous, ...report.addedNodes]));
      freshEdgesAtom.set((previous) => new Set([...previous, ...report.addedEdges, ...report.strengthenedEdges]));
      if (loadStatus.get().state !== "ready") loadStatus.set({ state: "ready", source: loadStatus.get().source, warnings: [] });
      const current = graph;
      return { report, labelOf: (node) => current.getNodeAttribute(node, "label") };
    },
    selectNode: (node) => {
      selectNode(node);
      centreOn(node);
    },
    clearMarks: () => {
      freshNodesAtom.set(new Set());
      freshEdgesAtom.set(new Set());
    },
  });
  mountLoading(message, byId<HTMLButtonElement>("open-file"), byId("source"), {
    openFile: (file) => {
      graphUrl = undefined;
      void load({ type: "file", name: file.name }, () => loadGraphFromFile(file));
    },
    openArticle: (text, name) => paste.open(text, name),
  });
  mountGraphKeyboard(stage, { clearSelection });
  mountToolbar();

  // ---- Loading -----------------------------------------------------------------------------------------
  async function load(source: GraphSource, loader: () => Promise<LoadedGraph>, view?: ViewState): Promise<void> {
    loadStatus.set({ state: "loading", source });
    try {
      const loaded = await loader();
      // Marks for the benchmark: reading versus drawing.
      performance.mark("actorgraph:graph-read");
      setGraph(loaded, source, view);
      performance.mark("actorgraph:graph-mounted");
    } catch (error) {
      killLayout();
      killRenderer();
      graphAtom.set(null);
      const known = error instanceof GraphLoadError;
      loadStatus.set({
        state: "error",
        source,
        title: known ? error.title : "The graph could not be shown",
        detail: known ? error.detail : String((error as Error)?.message ?? error),
      });
    }
  }

  function setGraph(loaded: LoadedGraph, source: GraphSource, view?: ViewState): void {
    const { graph } = loaded;
    killLayout();
    killRenderer();
    freshNodesAtom.set(new Set());
    freshEdgesAtom.set(new Set());
    hoveredNodeAtom.set(null);
    restoring = true;
    if (view) applyViewFilters(view);
    const selection = view ? view.selection : selectionAtom.get();
    selectionAtom.set(selection && (selection.type === "node" ? graph.hasNode(selection.id) : graph.hasEdge(selection.id)) ? selection : null);
    restoring = false;
    // Filters, search and highlight are computed before sigma exists, so its first frame is the right one.
    graphAtom.set(graph);
    graphRevision.set((n) => n + 1);
    mountRenderer(stage, graph, {
      onClickNode: (node) => selectNode(node),
      onClickEdge: (edge) => selectEdge(edge),
      onClickStage: () => clearSelection(),
      onHoverNode: (node) => hoveredNodeAtom.set(node),
      onCameraMoved: () => scheduleCameraWrite(),
    });
    if (view?.camera) rendererAtom.get()?.getCamera().setState(view.camera);
    else {
      const node = selectedNodeId();
      if (node) centreOn(node, false);
    }
    loadStatus.set(graph.order === 0 ? { state: "empty", source } : { state: "ready", source, warnings: loaded.warnings });
  }

  function applyViewFilters(view: ViewState): void {
    filtersAtom.set({
      hiddenRelations: new Set(view.hiddenRelations),
      hiddenKinds: new Set(view.hiddenKinds),
      minWeight: view.minWeight,
      neighbourhoodOnly: view.neighbourhoodOnly,
    });
  }

  // ---- Derived state -----------------------------------------------------------------------------------
  let hidden = { nodes: new Set<string>() as ReadonlySet<string>, edges: new Set<string>() as ReadonlySet<string> };

  const recomputeVisibility = () => {
    const graph = graphAtom.get();
    if (!graph) return;
    const visibility = computeVisibility(graph, filtersAtom.get(), selectedNodeId());
    hidden = { nodes: complement(graph.nodes(), visibility.nodes), edges: complement(graph.edges(), visibility.edges) };
    visibilityAtom.set(visibility);
  };
  const refreshRender = () => {
    const graph = graphAtom.get();
    if (!graph) return;
    const visibility = visibilityAtom.get();
    const focus = computeFocus(graph, visibility, selectionAtom.get(), hoveredNodeAtom.get());
    applyRenderSets(
      computeRenderSets({
        hiddenNodes: hidden.nodes,
        hiddenEdges: hidden.edges,
        focus,
        selection: selectionAtom.get(),
        freshNodes: freshNodesAtom.get(),
        freshEdges: freshEdgesAtom.get(),
      }),
    );
  };
  const refreshPanels = () => {
    const graph = graphAtom.get();
    const visibility = visibilityAtom.get();
    renderDetails({
      graph,
      selection: selectionAtom.get(),
      shownEdges: visibility.edges,
      freshNodes: freshNodesAtom.get(),
      freshEdges: freshEdgesAtom.get(),
    });
    filters.setCounts({
      nodes: graph ? visibility.nodes.size : 0,
      totalNodes: graph?.order ?? 0,
      edges: graph ? visibility.edges.size : 0,
      totalEdges: graph?.size ?? 0,
    });
    filters.setHasSelection(selectedNodeId() !== null);
  };

  graphRevision.subscribe(() => {
    const graph = graphAtom.get();
    if (!graph) return;
    filters.setSummary(summarize(graph));
    searchIndexAtom.set(buildSearchIndex(graph));
    recomputeVisibility();
  });
  graphAtom.subscribe((graph) => {
    if (!graph) {
      visibilityAtom.set({ nodes: new Set(), edges: new Set() });
      search.clear();
    }
  });
  filtersAtom.subscribe(() => {
    recomputeVisibility();
    if (!restoring) writeUrl("replace");
  });
  selectionAtom.subscribe(() => {
    // The neighbourhood filter depends on the selection; otherwise only highlighting and panels do.
    if (filtersAtom.get().neighbourhoodOnly) recomputeVisibility();
    else {
      refreshRender();
      refreshPanels();
    }
    if (!restoring) writeUrl("push");
  });
  visibilityAtom.subscribe(() => {
    refreshRender();
    refreshPanels();
  });
  hoveredNodeAtom.subscribe(refreshRender);
  freshNodesAtom.subscribe(() => (refreshRender(), refreshPanels()));
  freshEdgesAtom.subscribe(() => (refreshRender(), refreshPanels()));

  // ---- URL ---------------------------------------------------------------------------------------------
  function currentView(): ViewState {
    const f = filtersAtom.get();
    const sigma = rendererAtom.get();
    const camera = sigma?.getCamera().getState();
    return {
      ...(graphUrl ? { graph: graphUrl } : {}),
      selection: selectionAtom.get(),
      hiddenRelations: [...f.hiddenRelations],
      hiddenKinds: [...f.hiddenKinds],
      minWeight: f.minWeight,
      neighbourhoodOnly: f.neighbourhoodOnly,
      ...(camera ? { camera: { x: camera.x, y: camera.y, ratio: camera.ratio } satisfies CameraView } : {}),
    };
  }
  function writeUrl(mode: "push" | "replace"): void {
    if (loadStatus.get().state === "loading") return;
    writeViewState(currentView(), mode);
  }
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleCameraWrite(): void {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => !restoring && writeUrl("replace"), 300);
  }
  window.addEventListener("popstate", () => {
    const view = readViewState();
    if ((view.graph ?? DEFAULT_GRAPH_URL) !== (graphUrl ?? DEFAULT_GRAPH_URL)) {
      graphUrl = view.graph;
      void load({ type: "url", url: view.graph ?? DEFAULT_GRAPH_URL }, () => loadGraphFromUrl(view.graph ?? DEFAULT_GRAPH_URL), view);
      return;
    }
    restoring = true;
    applyViewFilters(view);
    selectionAtom.set(view.selection);
    if (view.camera) rendererAtom.get()?.getCamera().setState(view.camera);
    restoring = false;
  });

  // ---- Go ----------------------------------------------------------------------------------------------
  exposeDebugHandle();
  const url = initial.graph ?? DEFAULT_GRAPH_URL;
  void load({ type: "url", url }, () => loadGraphFromUrl(url), initial);

  window.addEventListener("error", (event) => reportCrash(event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => reportCrash(event.reason));
  function reportCrash(error: unknown): void {
    showMessage(message, "error", "Something went wrong in the viewer", String((error as Error)?.message ?? error));
  }
}
