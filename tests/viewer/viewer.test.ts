// End-to-end tests of the viewer in headless Chromium (Debian's, driven by playwright-core).
// Screenshots of the main states go to .tmp/viewer-screenshots/ for people to look at.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tempDir.js";
import { REPO, inkedShare, openViewer, screenshotPath, startViewer, waitSettled, type Viewer } from "./harness.js";

const FIXTURE = "?graph=fixtures/idlib-fixture.json";
const SEED = join(REPO, "graph-data", "graph.json");

let viewer: Viewer;

beforeAll(async () => {
  viewer = await startViewer();
});

afterAll(async () => {
  await viewer?.close();
});

/** What sigma actually draws for an edge: "visible" or "hidden". */
const edgeVisibility = (page: Page, edge: string) =>
  page.evaluate((key) => (window as unknown as DebugWindow).actorgraphDebug.edgeVisibility(key), edge);

interface DebugWindow {
  actorgraphDebug: {
    graph(): { order: number; size: number; edges(): string[]; getEdgeAttribute(e: string, a: string): unknown; hasNode(n: string): boolean } | null;
    visibleEdges(): string[];
    visibleNodes(): string[];
    edgeVisibility(edge: string): "visible" | "hidden" | null;
    nodeDisplay(node: string): { x: number; y: number; hidden: boolean; forceLabel: boolean; fresh?: boolean } | null;
    camera(): { x: number; y: number; ratio: number } | null;
    labelBoxes(): Box[];
    actorDiscs(): Box[];
    nodeOnScreen(node: string): { x: number; y: number } | null;
    highlight(): { dimmed: boolean; nodes: string[]; edges: string[] };
    layoutRunning(): boolean;
    selection(): { type: string; id: string } | null;
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Keyboard only: "/" focuses the search box, Enter chooses the first suggestion. */
async function searchAndChoose(page: Page, query: string): Promise<void> {
  await page.locator("#graph").focus();
  await page.keyboard.press("/");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("search-input");
  await page.keyboard.type(query);
  await page.getByRole("option").first().waitFor();
  await page.keyboard.press("Enter");
}

async function expectRussiaBacksAssad(page: Page): Promise<void> {
  const details = page.getByRole("region", { name: "Russia" });
  await expect.poll(() => details.count()).toBe(1);
  const backs = details.locator('.relation-group[data-relation="backs"][data-direction="out"]');
  await expect.poll(() => backs.locator("h4").textContent()).toBe("backs →");
  const item = backs.locator("li", { has: page.getByRole("button", { name: "Assad regime" }) });
  expect(await item.count()).toBeGreaterThan(0);
  // Its evidence: the sentence that says so, the trigger emphasised, the document named.
  const sentences = await item.first().locator(".evidence blockquote").allTextContents();
  expect(sentences.some((text) => /Backed by Moscow/i.test(text))).toBe(true);
  expect(await item.first().locator(".evidence mark").count()).toBeGreaterThan(0);
  expect(await item.first().locator(".evidence cite").first().textContent()).toContain(".txt");
}

describe("viewer", () => {
  it("renders the seed graph (graph-data/graph.json): the canvas is not blank", async () => {
    expect(existsSync(SEED), "graph-data/graph.json is missing: run `npm run graph` first").toBe(true);
    const seed = JSON.parse(readFileSync(SEED, "utf8")) as { nodes: unknown[]; edges: unknown[] };
    const { page, errors } = await openViewer(viewer);
    expect(await waitSettled(page)).toBe("ready");
    expect(await page.locator("#counts").textContent()).toContain(`${seed.nodes.length} of ${seed.nodes.length} actors`);
    expect(await inkedShare(page)).toBeGreaterThan(0.003);
    await page.screenshot({ path: screenshotPath("01-seed") });
    expect(errors).toEqual([]);
    await page.close();
    // The same graph as GEXF, by address, when the CLI wrote one.
    if (existsSync(join(REPO, "graph-data", "graph.gexf"))) {
      const gexf = await openViewer(viewer, "?graph=graph-data/graph.gexf");
      expect(await waitSettled(gexf.page)).toBe("ready");
      expect(await gexf.page.locator("#counts").textContent()).toContain(`${seed.nodes.length} of ${seed.nodes.length} actors`);
      expect(gexf.errors).toEqual([]);
      await gexf.page.close();
    }
  });

  it("seed graph: every actor has its label, on no other label and no actor", async () => {
    const { page, errors } = await openViewer(viewer);
    expect(await waitSettled(page)).toBe("ready");
    const debug = () => page.evaluate(() => {
      const d = (window as unknown as DebugWindow).actorgraphDebug;
      return { labels: d.labelBoxes(), discs: d.actorDiscs(), order: d.graph()!.order };
    });
    const { labels, discs, order } = await debug();
    expect(discs.length).toBe(order);
    expect(labels.length).toBe(order);
    for (const [i, a] of labels.entries()) {
      expect(labels.slice(i + 1).filter((b) => overlap(a, b))).toEqual([]);
      expect(discs.filter((d) => overlap(a, d))).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("seed graph: searching “Moscow” selects Russia, which backs the Assad regime", async () => {
    expect(existsSync(SEED), "graph-data/graph.json is missing: run `npm run graph` first").toBe(true);
    const { page, errors } = await openViewer(viewer);
    await searchAndChoose(page, "Moscow");
    await expectRussiaBacksAssad(page);
    await page.screenshot({ path: screenshotPath("02-seed-russia") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("search for “Moscow” selects Russia, centres it, and the panel lists the Assad regime under backs with its evidence", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    await expect.poll(() => page.getByRole("searchbox").count()).toBe(1);
    await searchAndChoose(page, "Moscow");
    await expect.poll(() => page.evaluate(() => (window as unknown as DebugWindow).actorgraphDebug.selection())).toEqual({ type: "node", id: "russia" });
    await expectRussiaBacksAssad(page);
    // The trigger is emphasised and the document named.
    const backs = page.locator('.relation-group[data-relation="backs"][data-direction="out"]');
    expect(await backs.locator("mark").first().textContent()).toBe("Backed by");
    expect(await page.locator(".relation-group[data-direction=in] h4").allTextContents()).toContain("← condemned by");
    // The camera is centred on Russia once the animation ends.
    await expect
      .poll(async () =>
        page.evaluate(() => {
          const debug = (window as unknown as DebugWindow).actorgraphDebug;
          const node = debug.nodeDisplay("russia")!;
          const camera = debug.camera()!;
          return Math.hypot(node.x - camera.x, node.y - camera.y) < 0.02;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: screenshotPath("03-russia-selected") });

    // Keyboard: Tab into the panel, Enter on a neighbour moves the selection there.
    const neighbour = page.locator('.relation-group[data-relation="backs"] button.neighbour', { hasText: "Assad regime" });
    await neighbour.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("region", { name: "Assad regime" }).count()).toBe(1);
    expect(page.url()).toContain("node=assad_regime");
    // Back returns to Russia: selections are history steps.
    await page.goBack();
    await expect.poll(() => page.getByRole("region", { name: "Russia" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hovering an actor highlights it and its neighbours and dims the rest", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    const debug = () => page.evaluate(() => (window as unknown as DebugWindow).actorgraphDebug.highlight());
    expect((await debug()).dimmed).toBe(false);
    const before = await inkedShare(page);
    const turkey = await page.evaluate(() => (window as unknown as DebugWindow).actorgraphDebug.nodeOnScreen("turkey"));
    await page.mouse.move(turkey!.x, turkey!.y);
    await expect.poll(async () => (await debug()).nodes).toEqual(["assad_regime", "donald_trump", "ibrahim_kalin", "russia", "turkey"]);
    expect((await debug()).dimmed).toBe(true);
    // The rest is washed out: fewer strongly coloured pixels than before.
    expect(await inkedShare(page)).toBeLessThan(before);
    await page.screenshot({ path: screenshotPath("04-hover-turkey") });
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await debug()).dimmed).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs ForceAtlas2 in a worker and stops it", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    const position = () => page.evaluate(() => {
      const graph = (window as unknown as DebugWindow).actorgraphDebug.graph() as unknown as { getNodeAttributes(n: string): { x: number; y: number } };
      return graph.getNodeAttributes("russia");
    });
    const start = await position();
    const button = page.getByRole("button", { name: "Run layout" });
    await button.click();
    await expect.poll(() => page.getByRole("button", { name: "Stop layout" }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => JSON.stringify(await position())).not.toBe(JSON.stringify(start));
    await page.getByRole("button", { name: "Stop layout" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as DebugWindow).actorgraphDebug.layoutRunning())).toBe(false);
    // Actors with no relation end on a ring just around the rest, not wherever repulsion threw them.
    const { alone, connected } = await page.evaluate(() => {
      const graph = (window as unknown as DebugWindow).actorgraphDebug.graph() as unknown as { nodes(): string[]; degree(n: string): number; getNodeAttributes(n: string): { x: number; y: number } };
      const at = (keys: string[]) => keys.map((key) => graph.getNodeAttributes(key));
      return { alone: at(graph.nodes().filter((key) => graph.degree(key) === 0)), connected: at(graph.nodes().filter((key) => graph.degree(key) > 0)) };
    });
    expect(alone.length).toBeGreaterThan(0);
    const cx = connected.reduce((sum, p) => sum + p.x, 0) / connected.length;
    const cy = connected.reduce((sum, p) => sum + p.y, 0) / connected.length;
    const reach = Math.max(...connected.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    for (const p of alone) expect(Math.hypot(p.x - cx, p.y - cy) / reach).toBeCloseTo(1.15, 5);
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath("11-after-layout") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("selecting a relation shows its evidence", async () => {
    const { page, errors } = await openViewer(viewer, `${FIXTURE}&edge=assad_regime->idlib:attacks`);
    const details = page.getByRole("region", { name: "Assad regime attacks Idlib" });
    await expect.poll(() => details.count()).toBe(1);
    expect(await details.locator(".evidence blockquote").count()).toBe(3);
    expect(await details.locator(".evidence mark").first().textContent()).toBe("bombardment");
    await page.screenshot({ path: screenshotPath("04-relation-selected") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("unchecking “attacks” hides those edges", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    const attacks = await page.evaluate(() => {
      const graph = (window as unknown as DebugWindow).actorgraphDebug.graph()!;
      return graph.edges().filter((e) => graph.getEdgeAttribute(e, "relation") === "attacks");
    });
    expect(attacks.length).toBe(4);
    for (const edge of attacks) expect(await edgeVisibility(page, edge)).toBe("visible");

    const checkbox = page.getByRole("checkbox", { name: /^attacks/ });
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    for (const edge of attacks) await expect.poll(() => edgeVisibility(page, edge)).toBe("hidden");
    expect(await edgeVisibility(page, "russia->assad_regime:backs")).toBe("visible");
    expect(await page.locator("#counts").textContent()).toContain("15 of 19 relations");
    expect(page.url()).toContain("hide=attacks");
    await page.screenshot({ path: screenshotPath("05-attacks-hidden") });

    await checkbox.check();
    for (const edge of attacks) await expect.poll(() => edgeVisibility(page, edge)).toBe("visible");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters by kind, weight and neighbourhood, with counts", async () => {
    const { page, errors } = await openViewer(viewer, `${FIXTURE}&node=turkey`);
    await page.getByRole("checkbox", { name: "Neighbourhood only" }).check();
    await expect.poll(() => page.locator("#counts").textContent()).toContain("5 of 13 actors");
    await page.getByRole("checkbox", { name: "Neighbourhood only" }).uncheck();
    await page.getByRole("checkbox", { name: /^person/ }).uncheck();
    await expect.poll(() => page.locator("#counts").textContent()).toContain("9 of 13 actors");
    await page.locator("#min-weight").fill("2");
    await expect.poll(() => page.locator("#counts").textContent()).toMatch(/2 of 19 relations/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the URL reproduces a view: selection, filters and camera", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    await searchAndChoose(page, "Turkey");
    await page.getByRole("checkbox", { name: /^demands/ }).uncheck();
    await page.getByRole("checkbox", { name: /^place/ }).uncheck();
    await page.locator("#graph").focus();
    await page.keyboard.press("+");
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => location.search.includes("cam="));
    await page.waitForTimeout(800); // let the camera settle and the URL catch up
    const link = page.url();
    const before = await page.evaluate(() => {
      const debug = (window as unknown as DebugWindow).actorgraphDebug;
      return { camera: debug.camera(), edges: debug.visibleEdges().sort(), selection: debug.selection() };
    });
    expect(link).toMatch(/node=turkey/);
    expect(link).toMatch(/hide=demands/);
    expect(link).toMatch(/hideKinds=place/);

    const second = await openViewer(viewer, link);
    const after = await second.page.evaluate(() => {
      const debug = (window as unknown as DebugWindow).actorgraphDebug;
      return { camera: debug.camera(), edges: debug.visibleEdges().sort(), selection: debug.selection() };
    });
    expect(after.selection).toEqual(before.selection);
    expect(after.edges).toEqual(before.edges);
    expect(after.camera!.ratio).toBeCloseTo(before.camera!.ratio, 3);
    expect(after.camera!.x).toBeCloseTo(before.camera!.x, 3);
    expect(after.camera!.y).toBeCloseTo(before.camera!.y, 3);
    expect(await second.page.getByRole("checkbox", { name: /^demands/ }).isChecked()).toBe(false);
    expect(await second.page.getByRole("checkbox", { name: /^place/ }).isChecked()).toBe(false);
    expect(await second.page.getByRole("region", { name: "Turkey" }).count()).toBe(1);
    await second.page.screenshot({ path: screenshotPath("06-url-restored") });
    expect([...errors, ...second.errors]).toEqual([]);
    await page.close();
    await second.page.close();
  });

  it("a hostile label runs no script and shows as text", async () => {
    const { page, errors, dialogs } = await openViewer(viewer, "?graph=fixtures/hostile.json");
    await searchAndChoose(page, "Moscow");
    const label = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert(1)">';
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(label);
    // Sigma draws the label itself (WebGL text), with the actor highlighted.
    await page.locator("#graph").hover();
    await page.getByRole("searchbox").fill("<img");
    await page.getByRole("option").first().waitFor();
    expect(await page.getByRole("option").first().textContent()).toContain("<img src=x");
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#details img, #details script, #details svg, #details iframe, #search img").count()).toBe(0);
    expect(await page.locator("#details mark").first().textContent()).toBe("<script>window.__pwned=1</script>");
    expect(await page.locator("#details cite").first().textContent()).toContain("<iframe");
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: screenshotPath("07-hostile") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a malformed graph shows the error message, never a blank page", async () => {
    const cases: [string, RegExp][] = [
      ["?graph=fixtures/malformed.json", /not valid JSON/],
      ["?graph=fixtures/wrong-shape.json", /not an actor graph/],
      ["?graph=fixtures/does-not-exist.json", /No graph at this address/],
    ];
    for (const [query, message] of cases) {
      const { page, errors } = await openViewer(viewer, query);
      expect(await waitSettled(page)).toBe("error");
      expect(await page.getByRole("alert").textContent()).toMatch(message);
      if (query.includes("malformed")) await page.screenshot({ path: screenshotPath("08-malformed") });
      expect(errors).toEqual([]);
      await page.close();
    }
    const empty = await openViewer(viewer, "?graph=fixtures/empty.json");
    expect(await waitSettled(empty.page)).toBe("empty");
    expect(await empty.page.getByRole("alert").textContent()).toMatch(/no actors yet/);
    expect(empty.errors).toEqual([]);
    await empty.page.close();
  });

  it("exports the visible graph as GEXF (which opens again) and the view as PNG", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    await page.getByRole("checkbox", { name: /^person/ }).uncheck();
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "GEXF" }).click()]);
    expect(gexf.suggestedFilename()).toMatch(/\.gexf$/);
    const text = readFileSync((await gexf.path())!, "utf8");
    expect(text).toContain("<gexf");
    expect(text).toContain("Assad regime");
    expect(text).not.toContain("Donald Trump");

    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
    const image = readFileSync((await png.path())!);
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect(image.length).toBeGreaterThan(5_000);

    // The exported GEXF opens in the viewer (file chooser) with the same actors.
    const saved = join(tempDir(), gexf.suggestedFilename());
    await gexf.saveAs(saved);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Open…" }).click()]);
    await chooser.setFiles(saved);
    await page.waitForFunction(() => document.querySelector("#source")?.textContent?.endsWith(".gexf") && document.documentElement.dataset.state === "ready");
    expect(await page.locator("#counts").textContent()).toContain("9 of 9 actors");
    await searchAndChoose(page, "Moscow");
    await expect.poll(() => page.locator('.relation-group[data-relation="backs"] mark').first().textContent()).toBe("Backed by");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is usable on a narrow (mobile) screen", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole("searchbox").fill("Moscow");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("region", { name: "Russia" }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("09-mobile") });
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await expect.poll(() => page.getByRole("checkbox", { name: /^attacks/ }).isVisible()).toBe(true);
    await page.waitForTimeout(400); // the drawer slides in
    await page.screenshot({ path: screenshotPath("09-mobile-filters") });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("button", { name: "Filters", exact: true }).getAttribute("aria-expanded")).toBe("false");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pasting a short article adds its actors, marked as new", async () => {
    const { page, errors } = await openViewer(viewer, FIXTURE);
    const article = [
      "Qatar mediated talks between Israel and Hamas in Doha on Monday, officials said.",
      "Egypt condemned Israel after air strikes on Gaza killed dozens of civilians.",
      "Iran praised Hamas, while the United States backed Israel.",
    ].join("\n\n");
    await page.getByRole("button", { name: "Add article" }).click();
    await page.getByLabel("Article text").fill(article);
    await page.getByRole("button", { name: "Extract and add" }).click();
    await expect.poll(() => page.locator("#paste-status").textContent(), { timeout: 30_000 }).toMatch(/new actor/);
    const added = await page.locator(".paste-added button").allTextContents();
    expect(added).toEqual(expect.arrayContaining(["Qatar", "Israel", "Hamas"]));
    const order = await page.evaluate(() => (window as unknown as DebugWindow).actorgraphDebug.graph()!.order);
    expect(order).toBe(13 + added.length);
    // Existing actors are reused, not duplicated, and the new ones carry the "new" mark.
    expect(added).not.toContain("Iran");
    const israel = await page.evaluate(() => {
      const debug = (window as unknown as DebugWindow).actorgraphDebug;
      const display = debug.graph()!.hasNode("israel") ? debug.nodeDisplay("israel") : null;
      return display && { fresh: display.fresh, forceLabel: display.forceLabel };
    });
    expect(israel).toEqual({ fresh: true, forceLabel: true });
    await page.screenshot({ path: screenshotPath("10-pasted") });
    await searchAndChoose(page, "Qatar");
    await expect.poll(() => page.getByRole("region", { name: "Qatar" }).locator(".badge-new").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
