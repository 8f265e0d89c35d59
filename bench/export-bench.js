#!/usr/bin/env node
// Export benchmark: a deterministic synthetic graph (default 50,000 actors, 200,000 relations)
// written as GEXF 1.3 by actorgraph's streaming writer and by graphology-gexf's `write`, each in
// its own process so peak memory is measured separately. Needs `npm run build:lib` first.
//
//   node bench/export-bench.js [--actors 50000] [--relations 200000] [--min-ratio 2]
//
// Prints one line per writer and the speed ratio; exits 1 when the ratio is under --min-ratio.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { writeGexfFile } from "../dist/export/write.js";
import { KIND_COLORS, RELATION_COLORS } from "../dist/style/palette.js";
import { random } from "./shared.js";


const KINDS = Object.keys(KIND_COLORS);
const RELATIONS = Object.keys(RELATION_COLORS);

/** A synthetic ActorGraph with realistic attributes (aliases, evidence, layout); same seed, same graph. */
export function syntheticGraph(actors, relations, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const graph = new Graph({ type: "directed", multi: true });
  graph.replaceAttributes({ name: "synthetic", creator: "actorgraph bench", description: "synthetic", documents: ["a.txt"], date: "2020-01-01" });
  for (let i = 0; i < actors; i++) {
    const kind = pick(KINDS);
    graph.addNode(`actor_${i}`, {
      label: `Actor ${i} & Co`,
      kind,
      aliases: [`A${i}`, `"Alias" ${i}`],
      mentions: 1 + Math.floor(next() * 50),
      documents: 1,
      x: (next() - 0.5) * 1000,
      y: (next() - 0.5) * 1000,
      size: 1 + next() * 20,
      color: KIND_COLORS[kind],
    });
  }
  for (let i = 0; i < relations; i++) {
    const relation = pick(RELATIONS);
    const source = `actor_${Math.floor(next() * actors)}`;
    const target = `actor_${Math.floor(next() * actors)}`;
    graph.addDirectedEdgeWithKey(`rel_${i}`, source, target, {
      relation,
      weight: 1 + Math.floor(next() * 5),
      confidence: Math.round(next() * 1000) / 1000,
      evidence: [{ doc: "a.txt", start: i, end: i + 60, text: `Sentence ${i} says <who> did "what" to whom.`, trigger: "did" }],
      color: RELATION_COLORS[relation],
      size: 1,
    });
  }
  return graph;
}

// graphology-gexf cannot serialise evidence objects, so it gets the same flat view actorgraph writes.
const graphologyOptions = {
  version: "1.3",
  formatNode: (_key, a) => ({
    label: a.label,
    viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    attributes: { kind: a.kind, aliases: a.aliases, mentions: a.mentions, documents: a.documents },
  }),
  formatEdge: (_key, a) => ({
    label: a.relation,
    weight: a.weight,
    viz: { color: a.color, thickness: a.size },
    attributes: {
      relation: a.relation,
      confidence: a.confidence,
      evidenceCount: a.evidence.length,
      evidence: a.evidence[0]?.text,
      evidenceDoc: a.evidence[0]?.doc,
      evidenceTrigger: a.evidence[0]?.trigger,
      evidenceStart: a.evidence[0]?.start,
      evidenceEnd: a.evidence[0]?.end,
    },
  }),
};

const WRITERS = {
  actorgraph: (graph, path) => writeGexfFile(graph, path, { version: "1.3" }),
  "graphology-gexf": (graph, path) => writeFileSync(path, gexf.write(graph, graphologyOptions)),
};

/** Child mode: build the graph, time one writer, report JSON on stdout. */
function runChild(writer, actors, relations, out) {
  const graph = syntheticGraph(actors, relations);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  WRITERS[writer](graph, out);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ writer, seconds, bytes: statSync(out).size, extraMemory: Math.max(0, peakRss - baseline) }));
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function main() {
  const { values } = parseArgs({
    options: {
      actors: { type: "string", default: "50000" },
      relations: { type: "string", default: "200000" },
      "min-ratio": { type: "string", default: "2" },
      child: { type: "string" },
      out: { type: "string" },
    },
  });
  const actors = Number(values.actors);
  const relations = Number(values.relations);
  if (values.child) return runChild(values.child, actors, relations, values.out);

  const dir = mkdtempSync(join(tmpdir(), "actorgraph-bench-"));
  const script = fileURLToPath(import.meta.url);
  const results = {};
  try {
    for (const writer of Object.keys(WRITERS)) {
      const out = join(dir, `${writer}.gexf`);
      const run = spawnSync(
        process.execPath,
        ["--expose-gc", "--max-old-space-size=8192", script, "--child", writer, "--actors", `${actors}`, "--relations", `${relations}`, "--out", out],
        { encoding: "utf8" },
      );
      if (run.status !== 0) throw new Error(`${writer} failed: ${run.stderr.split("\n")[0]}`);
      const result = JSON.parse(run.stdout);
      results[writer] = result;
      console.log(
        `${writer.padEnd(16)} ${result.seconds.toFixed(2).padStart(7)} s  ${mb(result.bytes).padStart(7)} written  +${mb(result.extraMemory)} peak memory`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = results["graphology-gexf"].seconds / results.actorgraph.seconds;
  const minRatio = Number(values["min-ratio"]);
  console.log(`GEXF export of ${actors} actors / ${relations} relations: actorgraph is ${ratio.toFixed(1)}x faster than graphology-gexf (need ≥ ${minRatio}x)`);
  if (ratio < minRatio) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
