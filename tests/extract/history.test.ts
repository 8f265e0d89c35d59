import { describe, expect, it } from "vitest";
import { datedBy, reportingYear } from "../../src/extract/history.js";
import { tokenize } from "../../src/extract/tokens.js";

describe("dating acts", () => {
  it("takes the article's year from its date, else from the latest year it writes", () => {
    expect(reportingYear("Troops left in 1995 and came back in 2003.", "2001-05-01")).toBe(2001);
    expect(reportingYear("Troops left in 1995 and came back in 2003.")).toBe(2003);
    expect(reportingYear("No year here.")).toBeUndefined();
  });

  it("dates a clause by \"in\" or \"during\" and a year or decade, not by one in another clause", () => {
    const tokens = tokenize("Iran, which armed the group in the early 1980s, said it backs Hezbollah during 2024.");
    const armed = tokens.findIndex((t) => t.norm === "armed");
    const backs = tokens.findIndex((t) => t.norm === "backs");
    expect(datedBy(tokens, armed, 1989)).toBe(true);
    expect(datedBy(tokens, armed, 1988)).toBe(false);
    expect(datedBy(tokens, backs, 2014)).toBe(false);
    // "since 2014" says it still goes on.
    const since = tokenize("Russia has backed the separatists since 2014.");
    expect(datedBy(since, since.findIndex((t) => t.norm === "backed"), 2016)).toBe(false);
  });
});
