import type { ActorKind, RelationType } from "../../../src/types.js";

/**
 * What the user has chosen to hide. Stored as exclusions rather than inclusions so that a relation type
 * or kind that appears later (a pasted article, another graph) is visible by default.
 */
export interface FilterState {
  hiddenRelations: ReadonlySet<RelationType>;
  hiddenKinds: ReadonlySet<ActorKind>;
  minWeight: number;
  /** Show only the selected actor and its neighbours. */
  neighbourhoodOnly: boolean;
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
