// Worker thread entry: extracts the articles the pool sends, one message each, and caches the result.
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../types.js";
import { compact } from "./cache.js";
import { createExtractor, type ExtractorSetup } from "./task.js";

export interface WorkerRequest {
  id: number;
  key: string;
  article: Article;
}

/**
 * The extraction goes back in its cached form, as JSON without the sentences the article holds: one
 * serialisation serves the cache and the reply, and a string crosses threads faster than objects.
 */
export type WorkerReply = { id: number; stored: string } | { id: number; error: string } | { ready: true };

const extractor = createExtractor(workerData as ExtractorSetup);
// Set up: from now on a death is a document's fault, not the build's.
parentPort!.postMessage({ ready: true } satisfies WorkerReply);

parentPort!.on("message", ({ id, key, article }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const stored = JSON.stringify(compact(extractor.extract(article), article));
    extractor.cache?.setStored(key, stored);
    reply = { id, stored };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
  parentPort!.postMessage(reply);
});
