// Shared test helpers: fixture graph, temp dirs, and the external validators (jing, xmllint, NetworkX).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGraph } from "../../src/load/loadGraph.js";
import { stripInvalidXmlChars } from "../../src/export/xml.js";
import type { ActorGraph } from "../../src/types.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURE = resolve(ROOT, "tests/fixtures/graphs/small.json");
export const GEXF_SCHEMAS = resolve(ROOT, "../shared/gexf-schema");
export const GRAPHML_SCHEMA = resolve(ROOT, "tests/export/graphml.rnc");
/** Debian's python3, which has python3-networkx (the `python3` on PATH may not). */
export const PYTHON = "/usr/bin/python3";

/** Runs the built CLI as users do: `node bin/actorgraph.js …` (npm test builds dist first). */
export function actorgraph(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["bin/actorgraph.js", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function fixture(): ActorGraph {
  return loadGraph(FIXTURE);
}

export { tempDir } from "../helpers/tempDir.js";

export interface Check {
  ok: boolean;
  output: string;
}

/** The GEXF spec's own validator: `jing -c <grammar>.rnc FILE`. */
export function jing(grammar: string, file: string): Check {
  const run = spawnSync("jing", ["-c", grammar, file], { encoding: "utf8" });
  if (run.error) throw run.error;
  // Debian's jing wrapper warns about optional jars on stderr; only real errors matter.
  const output = `${run.stdout}${run.stderr}`
    .split("\n")
    .filter((line) => line && !line.startsWith("[warning]"))
    .join("\n");
  return { ok: run.status === 0 && output === "", output };
}

export function xmllintRelaxng(grammar: string, file: string): Check {
  const run = spawnSync("xmllint", ["--noout", "--relaxng", grammar, file], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

export function gexfGrammar(version: "1.3" | "1.2draft", syntax: "rnc" | "rng" = "rnc"): string {
  return join(GEXF_SCHEMAS, version, `gexf.${syntax}`);
}

/** Runs a Python script with Debian's python3 and parses the JSON it prints. */
export function python<T>(script: string, args: string[] = []): T {
  const run = spawnSync(PYTHON, ["-c", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** What a value looks like after an XML export: characters XML 1.0 forbids are gone. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return stripInvalidXmlChars(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  }
  return value;
}
