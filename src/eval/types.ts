import type { ActorKind, CoreRelation } from "../types.js";

/** A gold annotation file, as described in shared/gold/README.md. */
export interface GoldDocument {
  doc: string;
  actors: { id: string; type: ActorKind; names: string[]; required?: boolean }[];
  relations: { source: string | string[]; type: CoreRelation; target: string | string[]; required?: boolean; evidence?: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  found: number;
  required: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore {
  doc: string;
  byRelation: Record<CoreRelation, Counts>;
  actorsFound: number;
  actorsRequired: number;
  /** Predicted triples that match nothing, and required gold triples nobody found: what to read when improving. */
  falsePositives: string[];
  misses: string[];
}

export interface EvaluationReport {
  documents: DocumentScore[];
  byRelation: Record<CoreRelation, Counts & Scores>;
  micro: Counts & Scores;
  actorRecall: number;
}
