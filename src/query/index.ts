export { findActor, suggestActors, resolveActor, normalizeName, UnknownActorError } from "./names.js";
export { neighbors, relationsBetween } from "./neighbors.js";
export { egoGraph, shortestPath } from "./paths.js";
export type { Actor, ActorRef, Direction, Neighbor, Path, Relation, TraversalOptions } from "./types.js";
