// Viewer benchmark: builds the viewer, serves it, opens a deterministic synthetic graph (10,000 actors,
// 50,000 relations by default) in headless Chromium, and reports how long it takes to show and how many
// frames per second it draws while idle, hovering, panning and zooming.
//
//   node bench/viewer-bench.js [--nodes 10000] [--edges 50000] [--seconds 4] [--json]
//
// Headless Chromium here renders WebGL in software (SwiftShader, on the CPU): drawing 50,000 edges takes
// seconds per frame, so pan and zoom frame rates and the time to the first frame are a floor that a desktop
// GPU beats by far. Hover does no WebGL work (the viewer draws highlights on a 2D layer), so its frame rate
// is meaningful here. Targets, checked on exit (status 1 when missed): graph read and renderer ready (the
// JavaScript side of loading) within 10 s of navigation, hover ≥ 20 fps.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { KIND_COLORS, RELATION_COLORS } from "../dist/style/palette.js";
import { CHROMIUM_ARGS, random } from "./shared.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));

const TARGETS = { readyMs: 10_000, hoverFps: 20 };

// Shares of the synthetic graph's actors and relations; every kind and relation the palette knows appears,
// one not named here with a small share, so a new kind or relation is in the benchmark without an edit here.
const KIND_SHARES = { person: 0.35, state: 0.08, government: 0.07, armed_group: 0.1, organization: 0.25, media: 0.1, place: 0.05 };
const RELATION_SHARES = { condemns: 0.18, backs: 0.18, attacks: 0.2, mediates: 0.06, praises: 0.08, threatens: 0.1, demands: 0.12, leads: 0.03, member_of: 0.03, spokesman_for: 0.02 };
const OTHER_SHARE = 0.02;

/** The names of a palette and their weights, normalised to sum to 1. */
function weighted(palette, shares) {
  const items = Object.keys(palette);
  const raw = items.map((name) => shares[name] ?? OTHER_SHARE);
  const total = raw.reduce((sum, w) => sum + w, 0);
  return { items, weights: raw.map((w) => w / total) };
}

const KINDS = weighted(KIND_COLORS, KIND_SHARES);
const RELATIONS = weighted(RELATION_COLORS, RELATION_SHARES);

function pick(rand, { items, weights }) {
  let r = rand();
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r <= 0) return items[i];
  }
  return items[items.length - 1];
}

/**
 * A graph shaped like a large news corpus: communities (regions) laid out on a ring, most relations
 * inside a community, a few hubs that everyone talks about. Graphology JSON, as `actorgraph build` writes.
 */
export function syntheticGraph(order, size, seed = 42) {
  const rand = random(seed);
  const communities = Math.max(1, Math.round(Math.sqrt(order) / 2.5));
  const nodes = [];
  const byCommunity = Array.from({ length: communities }, () => []);
  for (let i = 0; i < order; i++) {
    const community = Math.floor(rand() * communities);
    const angle = (2 * Math.PI * community) / communities;
    const spread = 60 + rand() * 80;
    const r = Math.sqrt(-2 * Math.log(rand() + 1e-9)) * spread;
    const theta = rand() * 2 * Math.PI;
    const kind = pick(rand, KINDS);
    const key = `a${i}`;
    nodes.push({
      key,
      attributes: {
        label: `Actor ${i} ${kind === "person" ? "(official)" : ""}`.trim(),
        kind,
        aliases: [`Actor ${i}`, `A-${i}`],
        mentions: 1 + Math.floor(rand() * 20),
        documents: 1 + Math.floor(rand() * 5),
        x: Math.round((Math.cos(angle) * 1500 + Math.cos(theta) * r) * 100) / 100,
        y: Math.round((Math.sin(angle) * 1500 + Math.sin(theta) * r) * 100) / 100,
        size: 1,
        color: "#999999",
      },
    });
    byCommunity[community].push(key);
  }
  const hubs = nodes.slice(0, Math.max(1, Math.round(order / 200))).map((n) => n.key);
  const edges = [];
  const seen = new Set();
  let attempts = 0;
  while (edges.length < size && attempts++ < size * 5) {
    const source = nodes[Math.floor(rand() * order)].key;
    const community = byCommunity[Math.floor(rand() * communities)];
    const roll = rand();
    const target =
      roll < 0.15 ? hubs[Math.floor(rand() * hubs.length)] : roll < 0.9 && community.length ? community[Math.floor(rand() * community.length)] : nodes[Math.floor(rand() * order)].key;
    const relation = pick(rand, RELATIONS);
    const key = `${source}|${relation}|${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const weight = 1 + Math.floor(-Math.log(rand() + 1e-9) * 1.2);
    edges.push({
      key,
      source,
      target,
      attributes: {
        relation,
        weight,
        confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
        evidence: [{ doc: `doc-${Math.floor(rand() * 2000)}.txt`, start: 0, end: 48, text: `Actor ${source.slice(1)} ${relation} actor ${target.slice(1)}, officials said.`, trigger: relation }],
        color: "#bbbbbb",
        size: 1,
      },
    });
  }
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { name: `synthetic ${order}/${size}`, creator: "bench/viewer-bench.js", description: "Synthetic benchmark graph", documents: [] },
    nodes,
    edges,
  };
}

/** Counts animation frames in the page while `interact` runs; returns frames per second and the worst frame. */
async function framesDuring(page, interact) {
  await page.evaluate(() => {
    const state = { frames: 0, last: performance.now(), worst: 0, running: true };
    window.__benchFrames = state;
    const tick = (now) => {
      if (!state.running) return;
      state.frames++;
      state.worst = Math.max(state.worst, now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await interact();
  const seconds = (Date.now() - started) / 1000;
  const { frames, worst } = await page.evaluate(() => {
    window.__benchFrames.running = false;
    return window.__benchFrames;
  });
  return { fps: Math.round((frames / seconds) * 10) / 10, worstFrameMs: Math.round(worst) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      nodes: { type: "string", default: "10000" },
      edges: { type: "string", default: "50000" },
      seconds: { type: "string", default: "4" },
      json: { type: "boolean", default: false },
    },
  });
  const order = Number(values.nodes);
  const size = Number(values.edges);
  const seconds = Number(values.seconds);
  const log = values.json ? () => {} : (line) => console.log(line);

  const outDir = mkdtempSync(join(tmpdir(), "actorgraph-viewer-bench-"));
  const configFile = join(REPO, "vite.config.ts");
  log(`building the viewer…`);
  await build({ configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const graph = syntheticGraph(order, size);
  writeFileSync(join(outDir, "bench-graph.json"), JSON.stringify(graph));
  const server = await preview({ configFile, logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", open: false } });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    log(`loading ${graph.nodes.length} actors, ${graph.edges.length} relations…`);
    const started = Date.now();
    await page.goto(`${url}?graph=bench-graph.json`);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 300_000 });
    // The first picture is on screen once sigma has drawn a frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const wallLoadMs = Date.now() - started;
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { read: at("actorgraph:graph-read"), mounted: at("actorgraph:graph-mounted"), firstFrame: performance.now() };
    });

    const box = await page.locator("#graph").boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const until = (t) => Date.now() - t < seconds * 1000;

    const idle = await framesDuring(page, () => page.waitForTimeout(seconds * 1000));
    const hover = await framesDuring(page, async () => {
      const t = Date.now();
      for (let i = 0; until(t); i++) {
        await page.mouse.move(box.x + ((i * 37) % box.width), box.y + ((i * 53) % box.height));
      }
    });
    const pan = await framesDuring(page, async () => {
      const t = Date.now();
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; until(t); i++) await page.mouse.move(cx + 200 * Math.sin(i / 10), cy + 120 * Math.cos(i / 10));
      await page.mouse.up();
    });
    const zoom = await framesDuring(page, async () => {
      const t = Date.now();
      await page.mouse.move(cx, cy);
      for (let i = 0; until(t); i++) await page.mouse.wheel(0, i % 20 < 10 ? -120 : 120);
    });

    const result = {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      graphJsonMB: Math.round((JSON.stringify(graph).length / 1e6) * 10) / 10,
      loadMs: {
        total: wallLoadMs,
        fetchAndRead: Math.round(marks.read ?? 0),
        mountRenderer: Math.round((marks.mounted ?? 0) - (marks.read ?? 0)),
        ready: Math.round(marks.mounted ?? wallLoadMs),
        firstFrame: Math.round(marks.firstFrame),
      },
      fps: { idle: idle.fps, hover: hover.fps, pan: pan.fps, zoom: zoom.fps },
      worstFrameMs: { idle: idle.worstFrameMs, hover: hover.worstFrameMs, pan: pan.worstFrameMs, zoom: zoom.worstFrameMs },
      renderer: await page.evaluate(() => {
        const gl = document.createElement("canvas").getContext("webgl2");
        const info = gl?.getExtension("WEBGL_debug_renderer_info");
        return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unknown";
      }),
      errors,
    };
    if (values.json) console.log(JSON.stringify(result));
    else {
      log(`load: ${result.loadMs.total} ms to the first frame; ready after ${result.loadMs.ready} ms (fetch + read ${result.loadMs.fetchAndRead} ms, renderer ${result.loadMs.mountRenderer} ms)`);
      log(`frame rate: idle ${result.fps.idle} fps, hover ${result.fps.hover} fps, pan ${result.fps.pan} fps, zoom ${result.fps.zoom} fps`);
      log(`worst frame: idle ${result.worstFrameMs.idle} ms, hover ${result.worstFrameMs.hover} ms, pan ${result.worstFrameMs.pan} ms, zoom ${result.worstFrameMs.zoom} ms`);
      log(`WebGL: ${result.renderer}`);
      if (errors.length) log(`page errors: ${errors.join("; ")}`);
    }
    const missed = [
      result.loadMs.ready > TARGETS.readyMs ? `ready after ${result.loadMs.ready} ms > ${TARGETS.readyMs} ms` : null,
      result.fps.hover < TARGETS.hoverFps ? `hover ${result.fps.hover} fps < ${TARGETS.hoverFps} fps` : null,
      errors.length ? "page errors" : null,
    ].filter(Boolean);
    log(missed.length ? `targets missed: ${missed.join("; ")}` : `targets met: ready < ${TARGETS.readyMs / 1000} s, hover ≥ ${TARGETS.hoverFps} fps`);
    if (missed.length) process.exitCode = 1;
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
