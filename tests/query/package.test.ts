// The package as a consumer sees it: `import … from "actorgraph"` through package.json `exports`
// (built dist/index.js and dist/index.d.ts; npm test builds first).
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, ROOT, tempDir } from "../export/helpers.js";

/** A throwaway project with actorgraph installed (symlinked) in its node_modules. */
function consumerProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules", "actorgraph"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  return dir;
}

describe("the actorgraph package", () => {
  it("works from a plain Node ESM script", () => {
    const dir = consumerProject();
    writeFileSync(
      join(dir, "script.mjs"),
      [
        'import { loadGraph, neighbors, findActor, toGexf } from "actorgraph";',
        "const graph = loadGraph(process.argv[2]);",
        'const backs = neighbors(graph, "Russia", { relation: "backs", direction: "out" });',
        'console.log(JSON.stringify({ backs: backs.map((n) => n.actor.label), trump: findActor(graph, "trump")?.key, gexf: toGexf(graph).startsWith("<?xml") }));',
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, ["script.mjs", FIXTURE], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ backs: ["Assad regime"], trump: "donald_trump", gexf: true });
  });

  it.each(["NodeNext", "Bundler"])("gives TypeScript (%s resolution) typed attributes and options", (resolution) => {
    const dir = consumerProject();
    writeFileSync(
      join(dir, "consumer.ts"),
      [
        'import { loadGraph, neighbors, shortestPath, type ActorGraph, type ActorAttributes, type Neighbor, type Path } from "actorgraph";',
        'const graph: ActorGraph = loadGraph("graph.json");',
        'const result: Neighbor[] = neighbors(graph, "Russia", { relation: "backs", direction: "out", minWeight: 1 });',
        'const kind: ActorAttributes["kind"] = result[0]!.actor.kind;',
        'const label: string = graph.getNodeAttribute("russia", "label");',
        'const path: Path | null = shortestPath(graph, "Russia", "Iran");',
        "// @ts-expect-error direction is out, in or both",
        'neighbors(graph, "Russia", { direction: "sideways" });',
        "// @ts-expect-error node attributes are typed",
        'const wrong: number = graph.getNodeAttribute("russia", "label");',
        "export { kind, label, path, wrong };",
      ].join("\n"),
    );
    const module = resolution === "NodeNext" ? "NodeNext" : "ESNext";
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module, moduleResolution: resolution, target: "ES2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ["consumer.ts"],
      }),
    );
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
  });
});
