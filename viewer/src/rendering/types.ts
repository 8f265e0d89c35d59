import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";

/** Everything the renderer shows differently from the plain graph, as sets of keys (diffed between updates). */
export interface RenderSets {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** The highlighted neighbourhood: drawn above the wash that dims the rest. */
  focusNodes: ReadonlySet<string>;
  focusEdges: ReadonlySet<string>;
  /** Labels forced on (a small focus, the selection, new actors). */
  labelledNodes: ReadonlySet<string>;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  /** Added by the paste panel since the last "clear marks". */
  freshNodes: ReadonlySet<string>;
  freshEdges: ReadonlySet<string>;
  /** Whether the rest of the graph is washed out (something is highlighted). */
  dimmed: boolean;
}

/** What the reducers hand to sigma: its display data plus flags read by the viewer's label drawers. */
export type ViewerNodeDisplay = Partial<NodeDisplayData> & { fresh?: boolean; selected?: boolean; key?: string };
export type ViewerEdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number; fresh?: boolean; selected?: boolean };
