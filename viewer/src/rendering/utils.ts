import type { ActorAttributes, ActorGraph, RelationAttributes } from "../../../src/types.js";
import type { Visibility } from "../filters/types.js";
import type { Selection } from "../selection/types.js";
import type { RenderSets, ViewerEdgeDisplay, ViewerNodeDisplay } from "./types.js";

/** Above this many neighbours, their labels are left to sigma's label grid instead of forced on, so they do not pile up. */
export const FOCUS_LABEL_LIMIT = 30;

export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Actors whose labels are forced on. */
  labelled: ReadonlySet<string>;
}

/** An actor and its neighbours through the relations on screen. */
export function neighbourhood(graph: ActorGraph, node: string, visibleEdges: ReadonlySet<string>): Focus {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (!visibleEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, labelled: nodes.size <= FOCUS_LABEL_LIMIT + 1 ? nodes : new Set([node]) };
}

/** What to highlight: the hovered actor first, else the selection; nothing when it is filtered out. */
export function computeFocus(
  graph: ActorGraph,
  visibility: Visibility,
  selection: Selection,
  hovered: string | null,
): Focus | null {
  if (hovered !== null && visibility.nodes.has(hovered)) return neighbourhood(graph, hovered, visibility.edges);
  if (selection?.type === "node" && visibility.nodes.has(selection.id)) return neighbourhood(graph, selection.id, visibility.edges);
  if (selection?.type === "edge" && visibility.edges.has(selection.id)) {
    const ends = new Set([graph.source(selection.id), graph.target(selection.id)]);
    return { nodes: ends, edges: new Set([selection.id]), labelled: ends };
  }
  return null;
}

/** Keys of the graph that are not in `shown`; kept as a set so renderer updates can be diffed. */
export function complement(keys: Iterable<string>, shown: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) if (!shown.has(key)) out.add(key);
  return out;
}

export function computeRenderSets(input: {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  focus: Focus | null;
  selection: Selection;
  freshNodes: ReadonlySet<string>;
  freshEdges: ReadonlySet<string>;
}): RenderSets {
  const { focus, selection } = input;
  const selectedNodes = new Set(selection?.type === "node" ? [selection.id] : []);
  const labelledNodes = new Set([...(focus?.labelled ?? []), ...selectedNodes, ...input.freshNodes]);
  return {
    hiddenNodes: input.hiddenNodes,
    hiddenEdges: input.hiddenEdges,
    focusNodes: focus?.nodes ?? new Set(),
    focusEdges: focus?.edges ?? new Set(),
    labelledNodes,
    selectedNodes,
    selectedEdges: new Set(selection?.type === "edge" ? [selection.id] : []),
    freshNodes: input.freshNodes,
    freshEdges: input.freshEdges,
    dimmed: focus !== null,
  };
}

/** What changed between two sets; renderer updates touch only these keys, which keeps hover cheap on big graphs. */
export function diffSets(previous: ReadonlySet<string>, next: ReadonlySet<string>): { added: string[]; removed: string[] } {
  if (previous === next) return { added: [], removed: [] };
  const added: string[] = [];
  const removed: string[] = [];
  for (const key of next) if (!previous.has(key)) added.push(key);
  for (const key of previous) if (!next.has(key)) removed.push(key);
  return { added, removed };
}

/**
 * Curvature for pairs of actors with several relations or relations both ways, from the parallel-edge
 * index that @sigma/edge-curve's `indexParallelEdgesIndex` writes; null for a lone relation (straight).
 * Spread grows with the number of relations but saturates, as in sigma's parallel-edges example.
 */
export function edgeCurvature(index: unknown, maxIndex: unknown): number | null {
  if (typeof index !== "number" || typeof maxIndex !== "number" || maxIndex <= 0) return null;
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * 0.25;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Sigma node reducer, as a pure function of the render sets. Hover highlighting is not here: the focus
 * layer draws it on its own canvas, so hovering never makes sigma redraw the whole graph.
 */
export function reduceNode(sets: RenderSets, key: string, attributes: ActorAttributes): ViewerNodeDisplay {
  const hidden = sets.hiddenNodes.has(key);
  const selected = sets.selectedNodes.has(key);
  const fresh = sets.freshNodes.has(key);
  return {
    ...attributes,
    hidden,
    // Sigma redraws highlighted actors above everything else, with its label box.
    highlighted: !hidden && selected,
    forceLabel: !hidden && (selected || fresh),
    fresh,
    selected,
  };
}

/** Sigma edge reducer: hidden by filters, curved when parallel, thicker when selected. */
export function reduceEdge(sets: RenderSets, key: string, attributes: RelationAttributes & { parallelIndex?: unknown; parallelMaxIndex?: unknown }): ViewerEdgeDisplay {
  const curvature = edgeCurvature(attributes.parallelIndex, attributes.parallelMaxIndex);
  const selected = sets.selectedEdges.has(key);
  return {
    ...attributes,
    label: null,
    hidden: sets.hiddenEdges.has(key),
    type: curvature === null ? "straight" : "curved",
    ...(curvature === null ? {} : { curvature }),
    size: selected ? attributes.size + 3 : attributes.size,
    fresh: sets.freshEdges.has(key),
    selected,
  };
}

/**
 * Which actors and relations sigma must repaint between two render states. Filters change what is hidden
 * (sigma then re-indexes everything); selection and "new" marks touch only the items listed here; the
 * highlighted neighbourhood is the focus layer's business and needs no repaint at all.
 */
export function changedItems(previous: RenderSets, next: RenderSets): { hiddenChanged: boolean; nodes: string[]; edges: string[] } {
  const hiddenChanged = !sameSet(previous.hiddenNodes, next.hiddenNodes) || !sameSet(previous.hiddenEdges, next.hiddenEdges);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const set of ["selectedNodes", "freshNodes"] as const) {
    const { added, removed } = diffSets(previous[set], next[set]);
    for (const key of [...added, ...removed]) nodes.add(key);
  }
  for (const set of ["selectedEdges", "freshEdges"] as const) {
    const { added, removed } = diffSets(previous[set], next[set]);
    for (const key of [...added, ...removed]) edges.add(key);
  }
  return { hiddenChanged, nodes: [...nodes], edges: [...edges] };
}

/** Same members (a re-index of 60,000 items is worth an O(n) check first). */
export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
