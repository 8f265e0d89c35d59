import { describe, expect, it } from "vitest";
import type { ViewState } from "./types.js";
import { decodeViewState, encodeViewState, toQueryString } from "./utils.js";

const view: ViewState = {
  graph: "/fixtures/idlib.json",
  selection: { type: "node", id: "russia" },
  hiddenRelations: ["leads", "attacks"],
  hiddenKinds: ["place"],
  minWeight: 2,
  neighbourhoodOnly: true,
  camera: { x: 0.512345678, y: 0.25, ratio: 0.6 },
};

describe("view state in the URL", () => {
  it("round-trips (camera rounded to 4 decimals)", () => {
    const back = decodeViewState(encodeViewState(view));
    expect(back).toEqual({ ...view, hiddenRelations: ["attacks", "leads"], camera: { x: 0.5123, y: 0.25, ratio: 0.6 } });
  });

  it("keeps links short: defaults are left out", () => {
    const empty: ViewState = { selection: null, hiddenRelations: [], hiddenKinds: [], minWeight: 0, neighbourhoodOnly: false };
    expect(toQueryString(encodeViewState(empty))).toBe("");
    expect(toQueryString(encodeViewState({ ...empty, selection: { type: "edge", id: "a->b:backs" } }))).toBe("?edge=a-%3Eb:backs");
  });

  it("keeps other parameters and readable separators", () => {
    const query = toQueryString(encodeViewState(view, new URLSearchParams("utm=x&node=old")));
    expect(query).toContain("utm=x");
    expect(query).toContain("node=russia");
    expect(query).not.toContain("node=old");
    expect(query).toContain("hide=attacks,leads");
    expect(query).toContain("graph=/fixtures/idlib.json");
  });

  it("ignores what it does not understand", () => {
    const back = decodeViewState("?hide=attacks,bogus&hideKinds=alien&minWeight=-3&cam=1,2&nb=yes");
    expect(back).toEqual({ selection: null, hiddenRelations: ["attacks"], hiddenKinds: [], minWeight: 0, neighbourhoodOnly: false });
  });
});
