import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { syntheticArticle } from "../../bench/corpus.js";
import { extractDocument } from "../../src/extract/document.js";
import type { SentenceFacts } from "../../src/extract/relations.js";
import type { Token } from "../../src/extract/tokens.js";
import { dictionaryMatcher } from "../../src/pipeline.js";
import { readArticles } from "../../src/read/readArticles.js";
import type { ResolvedMention } from "../../src/resolve/document.js";

// Every sentence goes through findRelations here (the filter is switched off), and each call is recorded,
// so the real filter can be checked against what the analysis found.
const calls: { tokens: Token[]; mentions: ResolvedMention[]; facts: SentenceFacts }[] = [];
vi.mock("../../src/extract/prefilter.js", async (original) => ({ ...(await original<object>()), mayRelate: () => true }));
vi.mock("../../src/extract/relations.js", async (original) => {
  const real = await original<typeof import("../../src/extract/relations.js")>();
  return {
    ...real,
    findRelations: (tokens: Token[], mentions: ResolvedMention[], kinds: Map<string, never>) => {
      const facts = real.findRelations(tokens, mentions, kinds);
      calls.push({ tokens, mentions, facts });
      return facts;
    },
  };
});

const { mayRelate } = await vi.importActual<typeof import("../../src/extract/prefilter.js")>("../../src/extract/prefilter.js");
const matcher = dictionaryMatcher();

/** Extracts the texts and returns how many sentences the filter passed and rejected; fails if a rejected one found anything. */
function check(texts: string[]): { passed: number; rejected: number } {
  calls.length = 0;
  texts.forEach((text, i) => extractDocument({ name: `${i}.txt`, text }, matcher));
  let rejected = 0;
  for (const { tokens, mentions, facts } of calls) {
    if (mayRelate(tokens, mentions)) continue;
    rejected++;
    expect(facts, tokens.map((t) => t.text).join(" ")).toEqual({ relations: [], open: [], acts: [], victims: [], claims: [] });
  }
  return { passed: calls.length - rejected, rejected };
}

const NEWS_WORDS = ["Russia", "attacked", "the", "Kremlin", "Hamas", "condemned", "Israel", ",", ".", "backed", "by", "Iran", "did", "not", "regime", "its", "allies", "'s", "it", "they", "group", "said", "claimed", "responsibility", "attack", "hosted", "talks", "between", "ceasefire", "pressed", "for", "fired", "missile", "into", "sea", "\n\n", "President", "army", "the", "military"];

describe("the cheap first pass (mayRelate)", () => {
  it("never rejects a sentence of the fixture articles in which the analysis finds something", () => {
    const texts = [...readArticles(["tests/fixtures/articles"]), ...readArticles(["graph-data/articles"])].map((a) => a.text);
    const { passed, rejected } = check(texts);
    expect(passed).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });

  it("never rejects one in the benchmark's synthetic news, where it rejects most background sentences", () => {
    const { rejected } = check(Array.from({ length: 60 }, (_, i) => syntheticArticle(i).text));
    expect(rejected).toBeGreaterThan(100);
  });

  it("never rejects one in news-like word salad", () => {
    const salad = fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 40 }).map((words) => words.join(" "));
    fc.assert(fc.property(fc.array(salad, { minLength: 1, maxLength: 6 }), (texts) => void check([texts.join(". ")])), { numRuns: 400 });
  });
});
