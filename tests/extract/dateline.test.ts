import { describe, expect, it } from "vitest";
import { dictionaryMatcher } from "../../src/pipeline.js";
import { datelineEnd } from "../../src/extract/dateline.js";
import { tokenize } from "../../src/extract/tokens.js";

const matcher = dictionaryMatcher();
/** The first word of the sentence proper. */
const start = (text: string) => tokenize(text)[datelineEnd(tokenize(text), matcher)]?.text;

describe("datelineEnd", () => {
  it("skips a wire dateline: place in capitals, date, agency, dash", () => {
    expect(start("JUBA, March 22 (Newswire) - Positions held by the rebels were shelled.")).toBe("Positions");
    expect(start("GENEVA (AP) — Talks resumed on Monday.")).toBe("Talks");
    expect(start("ADDIS ABABA — The African Union met.")).toBe("The");
    expect(start("Geneva, May 18 (Reuters) - Talks resumed.")).toBe("Talks");
  });

  it("skips the country written after the place", () => {
    expect(start("BUNIA, Democratic Republic of Congo (Great Lakes Wire) - A camp was attacked.")).toBe("A");
    expect(start("MARAWI, Philippines - Soldiers clashed with militants.")).toBe("Soldiers");
  });

  it("leaves sentences that only look like one", () => {
    expect(start("NATO — the alliance said it would respond.")).toBe("NATO");
    expect(start("Hamas - the group said - fired rockets.")).toBe("Hamas");
    expect(start("Russia attacked Ukraine.")).toBe("Russia");
  });
});

describe("datelineEnd and states", () => {
  it("a state's name in capitals before a dash is an actor, not a dateline", () => {
    expect(start("US – China talks resumed in Geneva.")).toBe("US");
  });
});
