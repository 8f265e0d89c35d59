import { createDictionary } from "../dictionary/index.js";
import { createMatcher } from "../dictionary/matcher.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import type { DocumentExtraction } from "../extract/document.js";
import type { Article } from "../types.js";
import { ExtractionCache } from "./cache.js";
import { extractArticle } from "./split.js";

/** What a thread needs to extract: built once per worker (the matcher is the costly part). */
export interface ExtractorSetup {
  dictionary: DictionaryEntry[];
  /** Cache folder (`<out>/.cache`) and extractor version; no folder, no cache. */
  cacheRoot?: string;
  version: string;
}

export interface Extractor {
  extract(article: Article): DocumentExtraction;
  cache?: ExtractionCache;
}

export function createExtractor(setup: ExtractorSetup): Extractor {
  const matcher = createMatcher(createDictionary(setup.dictionary));
  return {
    extract: (article) => extractArticle(article, matcher),
    cache: setup.cacheRoot ? new ExtractionCache(setup.cacheRoot, setup.version) : undefined,
  };
}
