/// <reference types="vitest/config" />
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));
const graphDataDir = resolve(repoRoot, "graph-data");
const SERVED_TYPES: Record<string, string> = {
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
};

/** Maps a request path under /graph-data/ to a file in graph-data/, or null (no traversal, graph files only). */
function graphDataFile(url: string | undefined): string | null {
  if (!url) return null;
  const path = decodeURIComponent(url.split("?")[0] ?? "");
  const match = /\/graph-data\/(.+)$/.exec(path);
  if (!match?.[1]) return null;
  const file = normalize(join(graphDataDir, match[1]));
  if (!file.startsWith(graphDataDir + sep) || !(extname(file) in SERVED_TYPES)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * The viewer's default graph is `graph-data/graph.json`, built by the CLI outside the viewer root.
 * Served live in dev and preview (so a rebuilt graph shows on reload) and copied into the build.
 */
function graphData(): Plugin {
  const middleware = (req: { url?: string }, res: import("node:http").ServerResponse, next: () => void) => {
    const file = graphDataFile(req.url);
    if (!file) return next();
    res.setHeader("Content-Type", SERVED_TYPES[extname(file)]!);
    res.setHeader("Cache-Control", "no-store");
    res.end(readFileSync(file));
  };
  return {
    name: "actorgraph-graph-data",
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
    generateBundle() {
      const file = join(graphDataDir, "graph.json");
      if (existsSync(file)) this.emitFile({ type: "asset", fileName: "graph-data/graph.json", source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  // Absolute, so the config works from any working directory (tests, bench).
  root: resolve(repoRoot, "viewer"),
  base: "./",
  // No SPA fallback: a wrong ?graph= address must answer 404, not the viewer's own page.
  appType: "mpa",
  publicDir: false,
  plugins: [graphData()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  test: {
    root: repoRoot,
    include: ["tests/**/*.test.ts", "src/**/*.test.ts", "viewer/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
