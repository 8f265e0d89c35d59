import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readGold } from "../../src/eval/readGold.js";
import { evaluate } from "../../src/eval/score.js";
import type { EvaluationReport } from "../../src/eval/types.js";
import { articlesToGraph } from "../../src/pipeline.js";
import { readArticles } from "../../src/read/readArticles.js";
import { expect } from "vitest";
import { runCli, tempDir, type Run } from "./cli.js";

/** Builds a folder of articles and scores it against a folder of gold files, as `actorgraph eval` does. */
export function scoreCorpus(articles: string, gold: string): EvaluationReport {
  const graph = articlesToGraph(readArticles([articles]), { layoutIterations: 0 });
  return evaluate(graph, readGold(gold));
}

/** The fixture articles, some in a subfolder and some as JSON Lines, plus one unusable document. */
export function fixtureCorpus(): string {
  const dir = tempDir();
  cpSync("tests/fixtures/articles", join(dir, "text"), { recursive: true });
  mkdirSync(join(dir, "text", "more"));
  cpSync("graph-data/articles/idlib.txt", join(dir, "text", "more", "idlib.txt"));
  const records = [
    { id: "feed-1", title: "Russia condemns strikes", date: "2024-02-01", text: "Moscow condemned Ukraine for the drone strike on Belgorod. The Kremlin said Kyiv attacked civilians." },
    { id: "feed-2", date: "2024-02-03T08:00:00Z", text: "The Russian Federation attacked Ukraine overnight. Turkey mediated between Russia and Ukraine." },
  ];
  writeFileSync(join(dir, "feed.jsonl"), `${records.map((r) => JSON.stringify(r)).join("\n")}\n{"broken\n`);
  return dir;
}

/** The bytes of a build's graph.json and graph.gexf. */
export const outputFiles = (out: string) => ["graph.json", "graph.gexf"].map((name) => readFileSync(join(out, name)));

/** `actorgraph build` with a short layout, which must succeed. */
export function buildCorpus(args: string[]): Run {
  const run = runCli(["build", ...args, "--iterations", "50"]);
  expect(run.status, run.stderr).toBe(0);
  return run;
}
