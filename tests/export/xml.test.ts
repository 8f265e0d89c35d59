import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import gexf from "graphology-gexf";
// graphology-gexf's own list reader, to prove lists written here are read as lists.
import helpers from "graphology-gexf/common/helpers.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseColor, toHex } from "../../src/export/color.js";
import { decodeList, encodeList } from "../../src/export/fields.js";
import { toGexf } from "../../src/export/gexf.js";
import { escapeAttr, escapeText, stripInvalidXmlChars } from "../../src/export/xml.js";
import { fixture, gexfGrammar, jing, python, tempDir } from "./helpers.js";

/** Strings made of every UTF-16 unit, weighted towards the characters that break XML and lists. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom("&", "<", ">", '"', "'", "\t", "\n", "\r", "\u0000", "\u0001", "\u001b", "\uFFFE", "\uD800", "\uDC00", "\\", ",", "|", "[", "]", " "),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("a", "é", "😀", "Ж"),
  ),
  maxLength: 30,
});

describe("XML escaping", () => {
  it("a strict XML parser (expat) reads back every string, minus forbidden characters", () => {
    const samples = fc.sample(nasty, { numRuns: 400, seed: 42 });
    const doc = `<?xml version="1.0" encoding="UTF-8"?>\n<r>${samples.map((s) => `<v a="${escapeAttr(s)}">${escapeText(s)}</v>`).join("\n")}</r>`;
    const file = join(tempDir(), "strings.xml");
    writeFileSync(file, doc);
    const read = python<[string, string][]>(
      "import json,sys,xml.etree.ElementTree as E\n" +
        "print(json.dumps([[v.get('a'), v.text or ''] for v in E.parse(sys.argv[1]).getroot()]))",
      [file],
    );
    expect(read).toEqual(samples.map((s) => [stripInvalidXmlChars(s), stripInvalidXmlChars(s)]));
  });

  it("strips exactly what XML 1.0 forbids", () => {
    expect(stripInvalidXmlChars("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh")).toBe("abcdefgh");
    expect(stripInvalidXmlChars("tab\tnl\ncr\r")).toBe("tab\tnl\ncr\r");
    expect(stripInvalidXmlChars("pair 😀 lone \uD800 \uDC00.")).toBe("pair 😀 lone  .");
    expect(escapeAttr("plain text")).toBe("plain text");
  });
});

describe("liststring values", () => {
  it("graphology-gexf's list reader and JSON.parse both return the list that was written", () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 6 }), (items) => {
        const written = encodeList(items);
        const expected = items.map(stripInvalidXmlChars);
        expect(helpers.parseValue("liststring", written)).toEqual(expected);
        expect(JSON.parse(written)).toEqual(expected);
        expect(decodeList(written)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("a graph of hostile names validates and reads back unchanged", () => {
    const graph = fixture().emptyCopy();
    graph.clear();
    const names = fc.sample(fc.tuple(nasty, fc.array(nasty, { maxLength: 4 })), { numRuns: 150, seed: 7 });
    names.forEach(([label, aliases], i) =>
      graph.addNode(`n${i}${label}`, { label, kind: "person", aliases, mentions: i, documents: 1, x: i, y: -i, size: 1, color: "#E69F00" }),
    );
    for (const version of ["1.3", "1.2draft"] as const) {
      const text = toGexf(graph, { version });
      const file = join(tempDir(), `hostile-${version}.gexf`);
      writeFileSync(file, text);
      expect(jing(gexfGrammar(version), file).output).toBe("");
      const parsed = gexf.parse(Graph, text);
      graph.forEachNode((key, a) => {
        const b = parsed.getNodeAttributes(stripInvalidXmlChars(key));
        expect(b.aliases ?? []).toEqual(a.aliases.map(stripInvalidXmlChars));
        // graphology-gexf drops an empty label; otherwise it is exact.
        expect(b.label ?? "").toBe(stripInvalidXmlChars(a.label));
      });
    }
  });
});

describe("colours", () => {
  it("parses the CSS forms the palette and viewers use", () => {
    expect(parseColor("#0072B2")).toEqual({ r: 0, g: 114, b: 178 });
    expect(parseColor("#abc")).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc });
    expect(parseColor("rgb(1, 2, 3)")).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColor("rgba(1,2,3,0.5)")).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor("rgb(300,0,0)")).toBeUndefined();
    expect(parseColor("red")).toBeUndefined();
    expect(toHex({ r: 0, g: 114, b: 178 })).toBe("#0072B2");
  });
});
