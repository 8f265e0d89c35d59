import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EDGE_CSV_HEADER, NODE_CSV_HEADER, quote } from "../../src/export/csv.js";
import { writeCsvFiles } from "../../src/export/write.js";
import { fixture, python, tempDir, xmlSafe } from "./helpers.js";

// Python's csv module in strict mode: a conforming RFC 4180 reader, as Gephi and Neo4j expect.
const READ_CSV = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.DictReader(f, strict=True))))
`;

describe("CSV", () => {
  const graph = fixture();
  const dir = tempDir();
  const [nodesFile, edgesFile] = writeCsvFiles(graph, dir);

  it("writes nodes.csv and edges.csv with the headers Gephi's spreadsheet import recognises", () => {
    expect(nodesFile).toBe(join(dir, "nodes.csv"));
    expect(edgesFile).toBe(join(dir, "edges.csv"));
    expect(readFileSync(nodesFile!, "utf8").split("\n")[0]).toBe(NODE_CSV_HEADER.join(","));
    expect(readFileSync(edgesFile!, "utf8").split("\n")[0]).toBe(EDGE_CSV_HEADER.join(","));
    expect(NODE_CSV_HEADER.slice(0, 2)).toEqual(["Id", "Label"]);
    expect(EDGE_CSV_HEADER.slice(0, 6)).toEqual(["Source", "Target", "Type", "Id", "Label", "Weight"]);
    // LOAD CSV refers to columns as row.<header>: plain identifiers need no backticks.
    for (const header of [...NODE_CSV_HEADER, ...EDGE_CSV_HEADER]) expect(header).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });

  it("round-trips every value through a strict CSV reader, hostile strings included", () => {
    const nodes = python<Record<string, string>[]>(READ_CSV, [nodesFile!]);
    expect(nodes).toHaveLength(graph.order);
    for (const row of nodes) {
      const a = graph.getNodeAttributes(row.Id!);
      expect(row).toEqual(
        xmlSafe({
          Id: row.Id,
          Label: a.label,
          kind: a.kind,
          aliases: a.aliases.join("|"),
          mentions: String(a.mentions),
          documents: String(a.documents),
          role: a.role ?? "",
          affiliation: a.affiliation ?? "",
          x: String(a.x),
          y: String(a.y),
          size: String(a.size),
          color: a.color,
        }),
      );
    }
    const edges = python<Record<string, string>[]>(READ_CSV, [edgesFile!]);
    expect(edges).toHaveLength(graph.size);
    const backs = edges.find((e) => e.Id === "russia-backs-assad")!;
    expect(backs).toMatchObject({ Source: "russia", Target: "assad_regime", Type: "Directed", Label: "backs", Weight: "2", relation: "backs", evidenceCount: "2" });
    const hostile = edges.find((e) => e.Id === "hostile-condemns-russia")!;
    expect(hostile.Source).toBe('x"><script>alert(1)</script>');
    expect(hostile.evidence).toBe(xmlSafe(graph.getEdgeAttribute("hostile-condemns-russia", "evidence")[0]!.text));
  });

  it("quotes only when needed", () => {
    expect(quote("plain")).toBe("plain");
    expect(quote('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(quote(" padded")).toBe('" padded"');
    expect(quote(undefined)).toBe("");
  });
});
