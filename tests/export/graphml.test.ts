import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nmtoken, toGraphml } from "../../src/export/graphml.js";
import { GRAPHML_SCHEMA, fixture, jing, tempDir } from "./helpers.js";

describe("GraphML", () => {
  const text = toGraphml(fixture());

  it("validates against the GraphML structure grammar (ids are NMTOKENs, types are GraphML's)", () => {
    const file = join(tempDir(), "graph.graphml");
    writeFileSync(file, text);
    expect(jing(GRAPHML_SCHEMA, file).output).toBe("");
  });

  it("declares typed keys per domain and keeps the graph metadata", () => {
    expect(text).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(text).toContain('<data key="g_date">2019-12-26</data>');
    expect(text).toContain('<graph id="G" edgedefault="directed">');
  });

  it("escapes ids reversibly and keeps the original key as data", () => {
    expect(nmtoken("assad_regime")).toBe("assad_regime");
    expect(nmtoken("a|b c")).toBe("a:7c:b:20:c");
    expect(nmtoken("a:7c:b")).toBe("a:3a:7c:3a:b"); // a literal colon is escaped, so no collisions
    expect(nmtoken("")).toBe(":");
    expect(text).toContain('<data key="n_key">x"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</data>');
    expect(text).not.toContain("<img");
  });

  it("is byte-deterministic", () => {
    expect(toGraphml(fixture())).toBe(text);
  });
});
