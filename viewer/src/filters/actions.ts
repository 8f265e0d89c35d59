import type { ActorKind, RelationType } from "../../../src/types.js";
import { filtersAtom } from "./state.js";
import { toggled } from "./utils.js";

export function setRelationShown(relation: RelationType, shown: boolean): void {
  filtersAtom.set((f) => ({ ...f, hiddenRelations: toggled(f.hiddenRelations, relation, !shown) }));
}

export function setKindShown(kind: ActorKind, shown: boolean): void {
  filtersAtom.set((f) => ({ ...f, hiddenKinds: toggled(f.hiddenKinds, kind, !shown) }));
}

export function setMinWeight(minWeight: number): void {
  filtersAtom.set((f) => (f.minWeight === minWeight ? f : { ...f, minWeight }));
}

export function setNeighbourhoodOnly(neighbourhoodOnly: boolean): void {
  filtersAtom.set((f) => (f.neighbourhoodOnly === neighbourhoodOnly ? f : { ...f, neighbourhoodOnly }));
}
