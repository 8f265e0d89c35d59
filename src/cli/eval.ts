import type { Command } from "commander";
import { readGold } from "../eval/readGold.js";
import { evaluate } from "../eval/score.js";
import type { EvaluationReport } from "../eval/types.js";
import { loadGraph } from "../load/loadGraph.js";
import { CORE_RELATIONS } from "../vocabulary/relations.js";

const pct = (x: number) => x.toFixed(3);

/** The report as a table: one row per relation type, then the micro average and actor recall. */
export function formatReport(report: EvaluationReport, verbose = false): string {
  const rows = [["relation", "precision", "recall", "f1", "tp", "fp", "found/required"]];
  for (const r of CORE_RELATIONS) {
    const s = report.byRelation[r];
    rows.push([r, pct(s.precision), pct(s.recall), pct(s.f1), `${s.tp}`, `${s.fp}`, `${s.found}/${s.required}`]);
  }
  const m = report.micro;
  rows.push(["micro", pct(m.precision), pct(m.recall), pct(m.f1), `${m.tp}`, `${m.fp}`, `${m.found}/${m.required}`]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const lines = rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  lines.push(`actor recall ${pct(report.actorRecall)} over ${report.documents.length} document(s)`);
  if (verbose) {
    for (const d of report.documents) {
      for (const fp of d.falsePositives) lines.push(`  FP   ${d.doc}: ${fp}`);
      for (const miss of d.misses) lines.push(`  MISS ${d.doc}: ${miss}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("Score a built graph against gold annotations (shared/gold format): precision, recall and F1 per relation type")
    .requiredOption("-g, --gold <path>", "a .gold.json file or a folder of them")
    .option("--graph <file>", "the graph to score", "graph-data/graph.json")
    .option("-v, --verbose", "list false positives and misses per document")
    .option("--json", "print the report as JSON")
    .action((options: { gold: string; graph: string; verbose?: boolean; json?: boolean }) => {
      const report = evaluate(loadGraph(options.graph), readGold(options.gold));
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, options.verbose));
    });
}
