import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import type { DictionaryEntry } from "../dictionary/types.js";
import { writeGexfFile, writeJsonFile } from "../export/write.js";
import { articlesToGraph } from "../pipeline.js";
import { readArticles } from "../read/readArticles.js";
import type { ActorGraph } from "../types.js";
import { RELATION_TYPES } from "../vocabulary/relations.js";
import { UserError } from "./errors.js";

const KINDS = new Set(["person", "state", "government", "armed_group", "organization", "media", "place"]);

/** Reads a user's dictionary file: a JSON array of {id, label, kind, aliases?, demonyms?, metonyms?}. */
export function readDictionary(path: string): DictionaryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "not valid JSON";
    throw new UserError(`dictionary ${path}: ${reason}`);
  }
  if (!Array.isArray(data)) throw new UserError(`dictionary ${path}: expected a JSON array of actors`);
  data.forEach((entry, i) => {
    const ok = entry && typeof entry.id === "string" && typeof entry.label === "string" && KINDS.has(entry.kind);
    if (!ok) throw new UserError(`dictionary ${path}: entry ${i + 1} needs "id", "label" and a "kind" among ${[...KINDS].join(", ")}`);
  });
  return data as DictionaryEntry[];
}

/** "1 document, 14 actors, 12 relations (attacks 5, backs 2), 0.4 s". */
export function summary(graph: ActorGraph, documents: number, seconds: number): string {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + 1));
  const byType = RELATION_TYPES.filter((r) => counts.has(r)).map((r) => `${r} ${counts.get(r)}`).join(", ");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(documents, "document")}, ${plural(graph.order, "actor")}, ${plural(graph.size, "relation")}${byType ? ` (${byType})` : ""}, ${seconds.toFixed(2)} s`;
}

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("Extract actors and relations from articles (.txt, .md, .html files or folders) and write graph.json and graph.gexf")
    .argument("<paths...>", "article files or folders (searched recursively)")
    .option("-o, --out <dir>", "folder to write graph.json and graph.gexf into", "graph-data")
    .option("-d, --dictionary <file>", "JSON array of extra actors {id, label, kind, aliases, demonyms, metonyms} that extend the built-in dictionary")
    .option("--iterations <n>", "ForceAtlas2 layout iterations (0 keeps seeded positions)", "300")
    .option("-q, --quiet", "print nothing but errors")
    .action((paths: string[], options: { out: string; dictionary?: string; iterations: string; quiet?: boolean }) => {
      const started = performance.now();
      const iterations = Number(options.iterations);
      if (!Number.isInteger(iterations) || iterations < 0) throw new UserError(`--iterations must be a whole number, got ${options.iterations}`);
      const dictionary = options.dictionary ? readDictionary(options.dictionary) : [];
      const articles = readArticles(paths);
      const graph = articlesToGraph(articles, { dictionary, layoutIterations: iterations });
      writeJsonFile(graph, join(options.out, "graph.json"));
      writeGexfFile(graph, join(options.out, "graph.gexf"), { version: "1.3" });
      if (!options.quiet) {
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`Built ${join(options.out, "graph.json")} and graph.gexf: ${summary(graph, articles.length, seconds)}\n`);
      }
    });
}
