import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/query/table.js";

describe("terminal tables", () => {
  it("size columns to their widest cell, however many rows (a hub of a corpus graph has very many)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [i === 123_456 ? "Syrian Observatory" : "Iran", i]);
    const lines = renderTable(["Actor", "Row"], rows).trimEnd().split("\n");
    expect(lines).toHaveLength(200_002);
    expect(lines[1]).toBe(`${"-".repeat(18)}  ${"-".repeat(6)}`);
    expect(lines[2]).toBe(`Iran${" ".repeat(14)}  0`);
  });
});
