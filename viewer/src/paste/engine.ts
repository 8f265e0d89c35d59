import type { ArticlesToGraph } from "./types.js";

// A glob rather than a static import: the build still works while the engine is missing, and the engine
// (with its dictionary) is fetched only when someone pastes an article.
const modules = import.meta.glob<{ articlesToGraph?: ArticlesToGraph }>("../../../src/pipeline.ts");

export async function loadEngine(): Promise<ArticlesToGraph> {
  const load = Object.values(modules)[0];
  if (!load) throw new Error("This build has no extraction engine (src/pipeline.ts was missing when it was built).");
  const engine = (await load()).articlesToGraph;
  if (typeof engine !== "function") throw new Error("src/pipeline.ts does not export articlesToGraph.");
  return engine;
}
