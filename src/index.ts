// Public API of the `actorgraph` package.

// ---- Types of the graph and its attributes -------------------------------------------------
export type * from "./types.js";

// ---- Loading ---------------------------------------------------------------------------------
export { loadGraph, type GraphSource, type SerializedActorGraph } from "./load/loadGraph.js";

// ---- Queries ---------------------------------------------------------------------------------
export {
  findActor,
  suggestActors,
  resolveActor,
  normalizeName,
  UnknownActorError,
  neighbors,
  relationsBetween,
  egoGraph,
  shortestPath,
} from "./query/index.js";
export type { Actor, ActorRef, Direction, Neighbor, Path, Relation, TraversalOptions } from "./query/index.js";
export type { TraversalOptions as NeighborOptions } from "./query/index.js";

// ---- Export ----------------------------------------------------------------------------------
export {
  toGexf,
  gexfChunks,
  toGraphml,
  graphmlChunks,
  toJson,
  jsonChunks,
  nodesCsvChunks,
  edgesCsvChunks,
  exportGraph,
  writeGexfFile,
  writeGraphmlFile,
  writeJsonFile,
  writeCsvFiles,
  EXPORT_FORMATS,
  GEXF_VERSIONS,
} from "./export/index.js";
export type { ExportFormat, ExportOptions, GexfOptions, GexfVersion } from "./export/index.js";

// ---- Errors ----------------------------------------------------------------------------------
export { UserError } from "./cli/errors.js";

// ---- Extraction (articles → graph) -----------------------------------------------------------
export { articlesToGraph, type PipelineOptions } from "./pipeline.js";
export { createDictionary, builtinDictionary, type DictionaryEntry } from "./dictionary/index.js";
export { evaluate } from "./eval/score.js";
export type { EvaluationReport, GoldDocument } from "./eval/types.js";
