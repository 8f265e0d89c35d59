import { UserError } from "../cli/errors.js";
import type { Article } from "../types.js";
import { listCorpus, readCorpus } from "./corpus.js";

export { ARTICLE_EXTENSIONS, decodeArticle, listCorpus, readCorpus, type CorpusItem, type CorpusSource, type Problem } from "./corpus.js";
export { headerDate, toIsoDate } from "./date.js";

/** Reads every article under the given paths into memory; the first unusable document fails it (small inputs, tests, eval). */
export function readArticles(paths: string[]): Article[] {
  const articles: Article[] = [];
  for (const item of readCorpus(listCorpus(paths))) {
    if ("problem" in item) throw new UserError(`${item.problem.where}: ${item.problem.reason}`);
    articles.push(item.article);
  }
  return articles;
}
