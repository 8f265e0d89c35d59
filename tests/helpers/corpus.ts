import { readGold } from "../../src/eval/readGold.js";
import { evaluate } from "../../src/eval/score.js";
import type { EvaluationReport } from "../../src/eval/types.js";
import { articlesToGraph } from "../../src/pipeline.js";
import { readArticles } from "../../src/read/readArticles.js";

/** Builds a folder of articles and scores it against a folder of gold files, as `actorgraph eval` does. */
export function scoreCorpus(articles: string, gold: string): EvaluationReport {
  const graph = articlesToGraph(readArticles([articles]), { layoutIterations: 0 });
  return evaluate(graph, readGold(gold));
}
