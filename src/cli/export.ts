// `actorgraph export`: convert a built graph to GEXF, GraphML, CSV or JSON.
import type { Command } from "commander";
import { GEXF_VERSIONS, type GexfVersion } from "../export/gexf.js";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../export/write.js";
import { loadGraph } from "../load/loadGraph.js";
import { UserError } from "./errors.js";

interface ExportFlags {
  format: string;
  gexfVersion: string;
  out: string;
  quiet?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("Write a graph as GEXF (Gephi), GraphML, CSV (nodes.csv + edges.csv for Gephi or Neo4j) or JSON")
    .argument("<graph>", "graph.json or .gexf file")
    .requiredOption("-o, --out <path>", "file to write (a folder for csv)")
    .option("-f, --format <format>", EXPORT_FORMATS.join(", "), "gexf")
    .option("--gexf-version <version>", "1.3, or 1.2draft for NetworkX", "1.3")
    .option("-q, --quiet", "print nothing but errors")
    .action((input: string, flags: ExportFlags) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new UserError(`unknown format "${flags.format}" (expected ${EXPORT_FORMATS.join(", ")})`);
      }
      if (!(GEXF_VERSIONS as readonly string[]).includes(flags.gexfVersion)) {
        throw new UserError(`unknown GEXF version "${flags.gexfVersion}" (expected ${GEXF_VERSIONS.join(" or ")})`);
      }
      const graph = loadGraph(input);
      let written: string[];
      try {
        written = exportGraph(graph, flags.format as ExportFormat, flags.out, { gexfVersion: flags.gexfVersion as GexfVersion });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!code) throw error;
        throw new UserError(`cannot write "${flags.out}": ${code}`);
      }
      if (!flags.quiet) {
        process.stdout.write(`Wrote ${written.join(" and ")}: ${graph.order} actors, ${graph.size} relations\n`);
      }
    });
}
