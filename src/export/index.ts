// Export entry point for Node. The browser imports the pure generators (gexf.ts, …) directly.
export { gexfChunks, toGexf, GEXF_VERSIONS, type GexfOptions, type GexfVersion } from "./gexf.js";
export { graphmlChunks, toGraphml } from "./graphml.js";
export { nodesCsvChunks, edgesCsvChunks, NODE_CSV_HEADER, EDGE_CSV_HEADER, CSV_LIST_SEPARATOR } from "./csv.js";
export { jsonChunks, toJson } from "./json.js";
export {
  exportGraph,
  writeGexfFile,
  writeGraphmlFile,
  writeJsonFile,
  writeCsvFiles,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
} from "./write.js";
