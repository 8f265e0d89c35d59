import { fileURLToPath } from "node:url";

/**
 * A file of the built library (dist/). Workers and the extractor version always use the built modules,
 * also when this module itself runs from source (under vitest), so every process runs the same code.
 */
export function distPath(relative: string): string {
  const fromSource = import.meta.url.endsWith(".ts");
  return fileURLToPath(new URL(`${fromSource ? "../../dist/" : "../"}${relative}`, import.meta.url));
}
