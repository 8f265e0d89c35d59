import worldCountries from "world-countries/countries.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { builtinDictionary, createDictionary } from "../../src/dictionary/index.js";
import { slug } from "../../src/dictionary/countries.js";
import { createMatcher } from "../../src/dictionary/matcher.js";
import { tokenize } from "../../src/extract/tokens.js";

const matchOf = (text: string, dictionary = builtinDictionary()) => {
  const match = createMatcher(dictionary).matchAt(tokenize(text), 0);
  return match && { id: match.entry.id, use: match.use, words: match.last - match.first + 1 };
};

describe("the actor dictionary", () => {
  it("holds every UN member state", () => {
    const members = (worldCountries as { cca3: string; unMember: boolean }[]).filter((c) => c.unMember).map((c) => c.cca3);
    const states = new Set(builtinDictionary().filter((e) => e.kind === "state").map((e) => e.country));
    expect(members.length).toBeGreaterThanOrEqual(193);
    for (const code of members) expect(states).toContain(code);
  });

  it("has unique ids and only known kinds", () => {
    const entries = builtinDictionary();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(["person", "state", "government", "armed_group", "organization", "media", "place"]).toContain(e.kind);
  });

  it("knows names, capitals, seats of power and demonyms", () => {
    expect(matchOf("the Kremlin said")).toBeUndefined(); // "the" is not part of the name
    expect(matchOf("Kremlin said")).toMatchObject({ id: "russia", use: "metonym" });
    expect(matchOf("Moscow said")).toMatchObject({ id: "russia", use: "metonym" });
    expect(matchOf("White House officials")).toMatchObject({ id: "united_states", use: "metonym", words: 2 });
    expect(matchOf("Russian jets")).toMatchObject({ id: "russia", use: "demonym" });
    expect(matchOf("Hayat Tahrir al-Sham fighters")).toMatchObject({ id: "hts", use: "name", words: 3 });
    expect(matchOf("UN envoy")).toMatchObject({ id: "united_nations" });
  });

  it("gives the bare name \"Congo\" to the DRC, not to Congo-Brazzaville, as the data file says", () => {
    expect(matchOf("Congo said")).toMatchObject({ id: "democratic_republic_of_congo" });
    expect(matchOf("Congo-Brazzaville said")).toMatchObject({ id: "republic_of_congo" });
  });

  it("leaves out the capitals the data file says stand for someone else (Brussels for the EU, Jerusalem, Sanaa)", () => {
    for (const city of ["Jerusalem", "Sana'a"]) expect(matchOf(`${city} said`)).toBeUndefined();
    expect(matchOf("Brussels said")).toMatchObject({ id: "european_union", use: "metonym" });
    expect(matchOf("Pretoria said")).toMatchObject({ id: "south_africa", use: "metonym" });
  });

  it("matches capitalised acronyms only in capitals, and common words only when capitalised", () => {
    expect(matchOf("us")).toBeUndefined();
    expect(matchOf("US forces")).toMatchObject({ id: "united_states" });
    expect(matchOf("turkey dinner")).toBeUndefined();
  });

  it("takes the longest name", () => {
    expect(matchOf("South Sudan army")).toMatchObject({ id: "south_sudan" });
  });

  it("lets a user's entries extend and replace the built-in ones", () => {
    const dictionary = createDictionary([
      { id: "blue_lions", label: "Blue Lions", kind: "armed_group", aliases: ["BL"] },
      { id: "russia", label: "Russian Federation", kind: "state", aliases: ["RF"] },
    ]);
    expect(matchOf("BL fighters", dictionary)).toMatchObject({ id: "blue_lions" });
    expect(matchOf("RF said", dictionary)).toMatchObject({ id: "russia" });
    expect(matchOf("Kremlin said", dictionary)).toBeUndefined();
  });
});

describe("the matcher's first-word test", () => {
  it("says which words can start a dictionary name, so other words skip the look-up", () => {
    const matcher = createMatcher(createDictionary());
    expect(matcher.starts("russia")).toBe(true);
    expect(matcher.starts("kremlin")).toBe(true);
    expect(matcher.starts("said")).toBe(false);
    expect(matcher.starts("the")).toBe(false);
  });
});

describe("slug", () => {
  it("gives the same key for ASCII names (fast path) as for names that need Unicode folding", () => {
    expect(slug("Abu Mohammed al-Jolani")).toBe("abu_mohammed_al_jolani");
    expect(slug("  --Hay'at Tahrir al-Sham__ ")).toBe("hay_at_tahrir_al_sham");
    expect(slug("São Tomé and Príncipe")).toBe("sao_tome_and_principe");
    expect(slug("Sao Tome and Principe")).toBe(slug("São Tomé and Príncipe"));
    expect(slug("M23")).toBe("m23");
  });
});
