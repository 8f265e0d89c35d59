import type { Evidence, RelationType } from "../../../src/types.js";
import type { Direction } from "./phrases.js";

export interface RelationItem {
  edge: string;
  neighbour: string;
  neighbourLabel: string;
  weight: number;
  confidence: number;
  evidence: Evidence[];
}

export interface RelationGroup {
  relation: RelationType;
  direction: Direction;
  heading: string;
  items: RelationItem[];
}

/** A piece of evidence text; `trigger` pieces are the words that made the extractor see a relation. */
export interface TextPiece {
  text: string;
  trigger: boolean;
}
