import type { RelationType } from "../../../src/types.js";

/**
 * The one place where relations become words. `out` reads from the selected actor ("backs → Assad regime"),
 * `in` reads towards it ("← condemned by Donald Trump").
 */
export const RELATION_PHRASES: Record<RelationType, { out: string; in: string }> = {
  condemns: { out: "condemns", in: "condemned by" },
  backs: { out: "backs", in: "backed by" },
  attacks: { out: "attacks", in: "attacked by" },
  mediates: { out: "mediates", in: "mediated by" },
  praises: { out: "praises", in: "praised by" },
  threatens: { out: "threatens", in: "threatened by" },
  demands: { out: "demands", in: "faces demands from" },
  sanctions: { out: "sanctions", in: "sanctioned by" },
  leads: { out: "leads", in: "led by" },
  member_of: { out: "member of", in: "has member" },
  spokesman_for: { out: "spokesman for", in: "has spokesman" },
};

export type Direction = "out" | "in";

export function relationHeading(relation: RelationType, direction: Direction): string {
  const phrase = RELATION_PHRASES[relation];
  return direction === "out" ? `${phrase.out} →` : `← ${phrase.in}`;
}

/** A whole relation as a sentence: "Russia backs Assad regime". */
export function relationSentence(source: string, relation: RelationType, target: string): string {
  return `${source} ${RELATION_PHRASES[relation].out} ${target}`;
}
