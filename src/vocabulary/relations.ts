import type { CoreRelation, EventRelation, RelationType, StructuralRelation } from "../types.js";

export const CORE_RELATIONS: readonly CoreRelation[] = ["condemns", "backs", "attacks", "mediates"];
export const EVENT_RELATIONS: readonly EventRelation[] = [...CORE_RELATIONS, "praises", "threatens", "demands", "sanctions"];
export const STRUCTURAL_RELATIONS: readonly StructuralRelation[] = ["leads", "member_of", "spokesman_for"];
export const RELATION_TYPES: readonly RelationType[] = [...EVENT_RELATIONS, ...STRUCTURAL_RELATIONS];

export function isCoreRelation(value: string): value is CoreRelation {
  return (CORE_RELATIONS as readonly string[]).includes(value);
}
