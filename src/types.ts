import type { AbstractGraph as Graph } from "graphology-types";

/**
 * What an actor is. `place` only appears where a place is the object of an action; `population` is a
 * state's people named as such ("the Iraqi people", "Syrian civilians"), apart from the state.
 */
export type ActorKind =
  | "person"
  | "state"
  | "government"
  | "armed_group"
  | "organization"
  | "media"
  | "population"
  | "place";

/** The four relations that evaluation scores. */
export type CoreRelation = "condemns" | "backs" | "attacks" | "mediates";

/** Relations between actors that are reported as events or stances. */
export type EventRelation = CoreRelation | "praises" | "threatens" | "demands" | "sanctions";

/** Structural facts ("Presidential spokesman Ibrahim Kalin"), kept apart from events. */
export type StructuralRelation = "leads" | "member_of" | "spokesman_for";

export type RelationType = EventRelation | StructuralRelation;

/** One sentence that proves an edge. Offsets are UTF-16 offsets into the document's text. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  text: string;
  trigger: string;
  date?: string;
}

export interface ActorAttributes {
  label: string;
  kind: ActorKind;
  aliases: string[];
  mentions: number;
  documents: number;
  role?: string;
  affiliation?: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface RelationAttributes {
  relation: RelationType;
  weight: number;
  confidence: number;
  evidence: Evidence[];
  firstSeen?: string;
  lastSeen?: string;
  color: string;
  size: number;
}

export interface GraphAttributes {
  name: string;
  creator: string;
  description: string;
  documents: string[];
  /** Latest date found in the input (never the clock), so output stays deterministic. */
  date?: string;
}

export type ActorGraph = Graph<ActorAttributes, RelationAttributes, GraphAttributes>;

/** A document as the extractor sees it: plain text plus a name used in evidence. */
export interface Article {
  name: string;
  text: string;
  date?: string;
}
