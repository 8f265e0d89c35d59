import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_LENGTH, splitSentences } from "../../src/extract/sentences.js";
import { tokenize } from "../../src/extract/tokens.js";

describe("splitSentences", () => {
  it("keeps offsets that slice back to each sentence", () => {
    const text = "Rebels shelled the town. The army answered!\n\nA new paragraph starts here";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Rebels shelled the town.", "The army answered!", "A new paragraph starts here"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not end a sentence after abbreviations such as U.S. or Gen.", () => {
    const sentences = splitSentences("The U.S. Army said Gen. Smith arrived on Dec. 6. Talks began.");
    expect(sentences).toHaveLength(2);
  });

  it("cuts a sentence without punctuation into bounded pieces", () => {
    const text = "word ".repeat(2000);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
  });
});

describe("tokenize", () => {
  it("splits possessives, negations and hyphenated backers", () => {
    expect(tokenize("Syria’s army didn't stop Iran-backed militias").map((t) => t.text)).toEqual([
      "Syria", "’s", "army", "did", "n't", "stop", "Iran", "backed", "militias",
    ]);
  });

  it("keeps dotted and hyphenated words whole, and splits only a lower-case possessive", () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words("The U.S. hit al-Qaida-linked cells.")).toEqual(["The", "U.S", ".", "hit", "al-Qaida", "linked", "cells", "."]);
    expect(words("ISIS'S fighters WON'T stop")).toEqual(["ISIS'S", "fighters", "WO", "N'T", "stop"]);
    expect(words("Erdoğan’s envoy")).toEqual(["Erdoğan", "’s", "envoy"]);
  });

  it("reads Unicode letters, marks, digits and spaces as the regular expressions define them", () => {
    // Combining accents stay in their word, a no-break space separates, an emoji is one token of two code units.
    const tokens = tokenize("Ste\u0301phane\u00a0met 𝐀li 😀 ٣٤ Élysée", 10);
    expect(tokens.map((t) => t.text)).toEqual(["Ste\u0301phane", "met", "𝐀li", "😀", "٣٤", "Élysée"]);
    expect(tokens.map((t) => t.upper)).toEqual([true, false, true, false, false, true]);
    expect(tokens.map((t) => t.norm)).toEqual(["stephane", "met", "ali", "😀", "٣٤", "elysee"]);
    for (const t of tokens) expect("          Ste\u0301phane\u00a0met 𝐀li 😀 ٣٤ Élysée".slice(t.start, t.end)).toBe(t.text);
  });
});
