import type { ActorAttributes, RelationAttributes, RelationType } from "../types.js";

/** An actor as queries return it: its graph key plus its attributes. */
export interface Actor extends ActorAttributes {
  key: string;
}

/** A relation as queries return it: edge key, endpoints and attributes (with all evidence). */
export interface Relation extends RelationAttributes {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
}

/** Which edges count, seen from the queried actor: those it starts, those it receives, or both. */
export type Direction = "out" | "in" | "both";

export interface TraversalOptions {
  /** Only these relations (one or several). */
  relation?: RelationType | readonly RelationType[];
  /** Default `both`. Undirected edges match every direction. */
  direction?: Direction;
  /** Only relations whose weight is at least this. */
  minWeight?: number;
}

export interface Neighbor {
  actor: Actor;
  /** Every relation joining the queried actor and this one that passes the filters, heaviest first. */
  relations: Relation[];
  /** Sum of those relations' weights; neighbours are sorted by it. */
  weight: number;
}

/** `relations[i]` joins `actors[i]` and `actors[i + 1]` (in either direction unless restricted). */
export interface Path {
  actors: Actor[];
  relations: Relation[];
}

/** An actor is named by graph key, label or alias, or passed as returned by a query. */
export type ActorRef = string | Pick<Actor, "key">;
