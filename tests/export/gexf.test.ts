import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { CHUNK_SIZE } from "../../src/export/chunks.js";
import { parseColor } from "../../src/export/color.js";
import { decodeKeywords, encodeKeywords, gexfChunks, toGexf, xsdDate, type GexfVersion } from "../../src/export/gexf.js";
import { writeGexfFile } from "../../src/export/write.js";
import { loadGraph } from "../../src/load/loadGraph.js";
import type { ActorGraph } from "../../src/types.js";
import { ROOT, fixture, gexfGrammar, jing, tempDir, xmlSafe, xmllintRelaxng } from "./helpers.js";
import { syntheticGraph } from "./synthetic.js";

const VERSIONS: GexfVersion[] = ["1.3", "1.2draft"];

function writeTemp(text: string, name: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** The fixture as a GEXF reader should see it: forbidden characters gone, only the first evidence item. */
function expectedAfterGexf(graph: ActorGraph) {
  const nodes = graph.mapNodes((key, a) => ({ key, ...xmlSafe(a), color: a.color.toUpperCase() }));
  const edges = graph.mapEdges((key, a, source, target) => ({
    key,
    source,
    target,
    ...xmlSafe({ ...a, evidence: a.evidence.slice(0, 1) }),
    color: a.color.toUpperCase(),
  }));
  return { nodes, edges };
}

function actual(graph: ActorGraph) {
  const nodes = graph.mapNodes((key, a) => ({ key, ...a, color: a.color.toUpperCase() }));
  const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, ...a, color: a.color.toUpperCase() }));
  return { nodes, edges };
}

describe.each(VERSIONS)("GEXF %s", (version) => {
  const graph = fixture();
  const text = toGexf(graph, { version });
  const file = writeTemp(text, `fixture-${version}.gexf`);

  it("validates against the official RELAX NG grammar with jing", () => {
    const check = jing(gexfGrammar(version), file);
    expect(check.output).toBe("");
    expect(check.ok).toBe(true);
  });

  it("uses the version's namespaces, including the 1.2draft viz namespace NetworkX looks for", () => {
    if (version === "1.3") {
      expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    } else {
      expect(text).toContain(
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
      );
    }
    expect(text).not.toContain("xsi:");
    expect(text).toMatch(/<viz:color [^>]+\/>/);
    expect(text).toMatch(/<viz:position x="12.5" y="-40.25"( z="0")?\/>/);
    expect(text).toContain('<viz:size value="14"/>');
    expect(text).toContain('<viz:thickness value="0.5"/>');
  });

  it("declares typed attributes, with aliases as a liststring", () => {
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(text).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(text).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    expect(text).toContain('<attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
  });

  it("takes the meta date from the graph, never the clock", () => {
    expect(text).toContain('<meta lastmodifieddate="2019-12-26">');
    const undated = graph.copy();
    undated.removeAttribute("date");
    expect(toGexf(undated, { version })).toContain("  <meta>\n");
  });

  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(text).not.toContain("<img");
    expect(text).not.toContain("<script");
    expect(text).toContain('label="&lt;img src=x onerror=alert(1)&gt;"');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("is byte-deterministic and streams in ~64 KB chunks", () => {
    expect(toGexf(fixture(), { version })).toBe(text);
    const big = syntheticGraph(2_000, 8_000);
    const chunks = [...gexfChunks(big, { version })];
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_SIZE);
      expect(chunk.length).toBeLessThan(CHUNK_SIZE + 4096);
    }
    expect(chunks.join("")).toBe(toGexf(syntheticGraph(2_000, 8_000), { version }));
  });

  it("writeGexfFile writes the same bytes atomically", () => {
    const path = join(tempDir(), "nested", "graph.gexf");
    writeGexfFile(graph, path, { version });
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  it("graphology-gexf reads every attribute back with its type", () => {
    const parsed = gexf.parse(Graph, text);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getAttributes()).toMatchObject({
      creator: "actorgraph test fixture",
      lastModifiedDate: "2019-12-26",
      keywords: "idlib.txt, hostile.txt",
    });
    graph.forEachNode((key, a) => {
      const b = parsed.getNodeAttributes(key);
      expect(b).toMatchObject(xmlSafe({ label: a.label, kind: a.kind, aliases: a.aliases, mentions: a.mentions, x: a.x, y: a.y, size: a.size }));
      expect(parseColor(b.color)).toEqual(parseColor(a.color));
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(parsed.source(key)).toBe(source);
      expect(parsed.target(key)).toBe(target);
      const b = parsed.getEdgeAttributes(key);
      expect(b).toMatchObject(
        xmlSafe({
          relation: a.relation,
          weight: a.weight,
          confidence: a.confidence,
          evidenceCount: a.evidence.length,
          evidence: a.evidence[0]!.text,
          thickness: a.size,
        }),
      );
    });
  });

  it("round-trips through loadGraph into an equal graph (first evidence item kept)", () => {
    const loaded = loadGraph(file);
    expect(actual(loaded)).toEqual(expectedAfterGexf(graph));
    expect(loaded.getAttributes()).toEqual({ ...graph.getAttributes(), name: `fixture-${version}` });
  });
});

describe("GEXF details", () => {
  it("keeps the string generators free of Node imports, so the browser viewer can bundle them", () => {
    const pure = ["gexf", "graphml", "csv", "json", "fields", "chunks", "color", "xml"];
    for (const name of pure) {
      const source = readFileSync(join(ROOT, "src/export", `${name}.ts`), "utf8");
      const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      expect(imports.filter((i) => i!.startsWith("node:") || /write|atomicWrite/.test(i!)), name).toEqual([]);
    }
  });

  it("xmllint also accepts the 1.3 export", () => {
    const file = writeTemp(toGexf(fixture(), { version: "1.3" }), "fixture.gexf");
    expect(xmllintRelaxng(gexfGrammar("1.3", "rng"), file).ok).toBe(true);
  });

  it("writes 1.2draft positions with the z the grammar requires, and channels instead of hex", () => {
    const text = toGexf(fixture(), { version: "1.2draft" });
    expect(text).toContain('<viz:position x="12.5" y="-40.25" z="0"/>');
    expect(text).toContain('<viz:color r="230" g="159" b="0"/>');
    expect(text).not.toContain("hex=");
  });

  it("replaces graphology's random edge keys with positional ids, so output is deterministic", () => {
    const build = () => {
      const g = fixture().emptyCopy();
      fixture().forEachEdge((_k, a, s, t) => void g.addEdge(s, t, a));
      return toGexf(g);
    };
    const first = build();
    expect(first).toContain('<edge id="e0" ');
    expect(first).not.toContain("geid_");
    expect(build()).toBe(first);
  });

  it("writes lastmodifieddate only for a real calendar day", () => {
    expect(xsdDate("2019-12-26")).toBe("2019-12-26");
    expect(xsdDate("2019-12-26T10:00:00Z")).toBe("2019-12-26");
    expect(xsdDate("2019-02-30")).toBeUndefined();
    expect(xsdDate("0000-01-01")).toBeUndefined();
    expect(xsdDate("26 Dec 2019")).toBeUndefined();
    expect(xsdDate(undefined)).toBeUndefined();
  });

  it("keeps document names that contain commas", () => {
    expect(decodeKeywords(encodeKeywords(["a.txt", "b.txt"]))).toEqual(["a.txt", "b.txt"]);
    expect(encodeKeywords(["a.txt", "b.txt"])).toBe("a.txt, b.txt");
    const awkward = ["one, two.txt", ' "quoted".txt', "[x]"];
    expect(decodeKeywords(encodeKeywords(awkward))).toEqual(awkward);
  });

  it("omits viz values the grammar cannot hold instead of writing invalid XML", () => {
    const g = fixture();
    g.setNodeAttribute("russia", "x", Number.NaN);
    g.setNodeAttribute("russia", "size", -3);
    g.setNodeAttribute("iran", "color", "not a colour");
    g.setEdgeAttribute("trump-condemns-russia", "weight", Number.POSITIVE_INFINITY);
    for (const version of VERSIONS) {
      const file = writeTemp(toGexf(g, { version }), `odd-${version}.gexf`);
      expect(jing(gexfGrammar(version), file).output).toBe("");
    }
  });

  it("graphology-gexf's own writer fails the grammars (why actorgraph writes GEXF itself)", () => {
    const g = fixture();
    // 1.3 cannot even serialise a list of evidence objects.
    expect(() => gexf.write(g, { version: "1.3" })).toThrow();
    g.updateEachEdgeAttributes((_key, a) => ({ ...a, evidence: [] }));
    const v12 = writeTemp(gexf.write(g, { version: "1.2" }), "graphology-1.2.gexf");
    const v13 = writeTemp(gexf.write(g, { version: "1.3" }), "graphology-1.3.gexf");
    expect(readFileSync(v12, "utf8")).toContain('xmlns:viz="http:///www.gexf.net/1.1draft/viz"');
    expect(jing(gexfGrammar("1.2draft"), v12).ok).toBe(false);
    expect(jing(gexfGrammar("1.3"), v13).ok).toBe(false);
  });
});
