// Shared set-up for the viewer's end-to-end tests: build the viewer once per test file, serve it with
// vite's preview server on a free localhost port, drive Debian's Chromium with playwright-core.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";

export const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SCREENSHOTS = join(REPO, ".tmp", "viewer-screenshots");

import { CHROMIUM_ARGS } from "../../bench/shared.js";

export { CHROMIUM_ARGS };

export interface Viewer {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the viewer into a temporary directory, with the test fixtures under /fixtures/, and serves it. */
export async function startViewer(): Promise<Viewer> {
  const outDir = mkdtempSync(join(tmpdir(), "actorgraph-viewer-"));
  const configFile = join(REPO, "vite.config.ts");
  await build({ configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  cpSync(join(REPO, "tests", "fixtures", "viewer"), join(outDir, "fixtures"), { recursive: true });
  const server: PreviewServer = await preview({
    configFile,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1", strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report its address");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen in the page. */
  errors: string[];
  dialogs: string[];
}

/** Opens the viewer and waits until it has settled on a graph, an empty graph or an error. */
export async function openViewer(viewer: Viewer, query = "", viewport = { width: 1400, height: 860 }): Promise<OpenedPage> {
  const page = await viewer.browser.newPage({ viewport });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(new URL(query, viewer.url).toString());
  await waitSettled(page);
  return { page, errors, dialogs };
}

export async function waitSettled(page: Page): Promise<string> {
  await page.waitForFunction(() => ["ready", "empty", "error"].includes(document.documentElement.dataset.state ?? ""), null, { timeout: 30_000 });
  // Sigma draws on the next animation frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => document.documentElement.dataset.state ?? "");
}

/**
 * Share of the graph area's pixels that differ from its background. The screenshot is decoded in the page
 * (no PNG decoder in node_modules), so this measures what a person would see, not what the DOM claims.
 */
export async function inkedShare(page: Page, selector = "#graph"): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0) > 60) inked++;
    }
    return inked / (data.length / 4);
  }, png.toString("base64"));
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOTS, `${name}.png`);
}
