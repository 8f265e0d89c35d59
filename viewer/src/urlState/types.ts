import type { ActorKind, RelationType } from "../../../src/types.js";
import type { Selection } from "../selection/types.js";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a shared link reproduces. */
export interface ViewState {
  /** The graph's URL; absent for the default graph (and for files, which a link cannot carry). */
  graph?: string;
  selection: Selection;
  hiddenRelations: RelationType[];
  hiddenKinds: ActorKind[];
  minWeight: number;
  neighbourhoodOnly: boolean;
  camera?: CameraView;
}
