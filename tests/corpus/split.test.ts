import { describe, expect, it } from "vitest";
import { extractArticle, pieceBounds } from "../../src/corpus/split.js";
import { extractDocument } from "../../src/extract/document.js";
import { dictionaryMatcher } from "../../src/pipeline.js";

const cover = (text: string, bounds: [number, number][]) => bounds.map(([from, to]) => text.slice(from, to)).join("");

describe("cutting long articles into pieces", () => {
  it("cuts at paragraph breaks when there are any", () => {
    const text = ["a".repeat(60), "b".repeat(30), "c".repeat(60)].join("\n\n");
    const bounds = pieceBounds(text, 100);
    expect(bounds.map(([from]) => text[from])).toEqual(["a", "c"]);
    expect(cover(text, bounds)).toBe(text);
  });

  it("else at sentence ends, else at spaces, else anywhere but inside a surrogate pair", () => {
    const sentences = "Word word word. ".repeat(20);
    for (const [from, to] of pieceBounds(sentences, 50)) if (to < sentences.length) expect(sentences.slice(from, to)).toMatch(/\. $/);
    const words = "word ".repeat(100);
    for (const [, to] of pieceBounds(words, 50)) if (to < words.length) expect(words[to - 1]).toBe(" ");
    const emoji = "🙂".repeat(100);
    const bounds = pieceBounds(emoji, 51);
    expect(cover(emoji, bounds)).toBe(emoji);
    for (const [from, to] of bounds) expect(to - from).toBeLessThanOrEqual(51);
    for (const [from] of bounds) expect(emoji.codePointAt(from)).toBe(0x1f642);
  });
});

describe("extracting an article piece by piece", () => {
  const matcher = dictionaryMatcher();
  const paragraph = (i: number) => `Russia attacked Ukraine on day ${i}. Hamas praised Iran. The United Nations condemned Russia.`;

  it("leaves articles within the limit to the extractor as they are", () => {
    const article = { name: "a.txt", text: paragraph(1), date: "2024-01-01" };
    expect(extractArticle(article, matcher)).toEqual(extractDocument(article, matcher));
  });

  it("puts the pieces back together: evidence offsets point into the whole text, actors are counted once", () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join("\n\n");
    const article = { name: "long.txt", text, date: "2024-01-01" };
    const whole = extractArticle(article, matcher, 1000);
    expect(whole.doc).toBe("long.txt");
    expect(whole.date).toBe("2024-01-01");
    for (const r of whole.relations) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(whole.relations.filter((r) => r.relation === "attacks")).toHaveLength(40);
    const russia = whole.actors.filter((a) => a.key === "russia");
    expect(russia).toHaveLength(1);
    expect(russia[0].mentions).toBe(80);
  });
});
