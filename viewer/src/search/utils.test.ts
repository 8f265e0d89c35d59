import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../test/fixtures.js";
import { buildSearchIndex, normalize, search } from "./utils.js";

const index = buildSearchIndex(fixtureGraph());

describe("search", () => {
  it("finds Russia by its alias Moscow, saying so", () => {
    const [first] = search(index, "Moscow");
    expect(first).toMatchObject({ node: "russia", label: "Russia", via: "Moscow" });
  });

  it("matches prefixes, word starts and ignores case and accents", () => {
    expect(search(index, "mosc")[0]?.node).toBe("russia");
    expect(search(index, "tahrir")[0]?.node).toBe("hts");
    expect(search(index, "ASSAD").map((r) => r.node)).toEqual(expect.arrayContaining(["assad_regime", "bashar_al_assad"]));
    expect(search(index, "Türkey")[0]?.node).toBe("turkey");
  });

  it("prefers a label match over an alias match", () => {
    const results = search(index, "Syria");
    expect(results[0]?.label.startsWith("Syria")).toBe(true);
  });

  it("returns nothing for blank or unknown queries and honours the limit", () => {
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "zzzz")).toEqual([]);
    expect(search(index, "a", 3)).toHaveLength(3);
  });
});

describe("normalize", () => {
  it("folds case, accents and punctuation", () => {
    expect(normalize("  Al-Qaeda's  ÉLAN ")).toBe("al qaedas elan");
  });
});
