import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../src/vocabulary/relations.js";
import { fixtureGraph } from "../test/fixtures.js";
import { RELATION_PHRASES, relationHeading, relationSentence } from "./phrases.js";
import { evidenceSource, groupRelations, splitOnTrigger, uniqueEvidence } from "./utils.js";

const graph = fixtureGraph();

describe("groupRelations", () => {
  it("groups Russia's relations by type and direction, outgoing first", () => {
    const groups = groupRelations(graph, "russia");
    expect(groups.map((g) => g.heading)).toEqual([
      "backs →",
      "attacks →",
      "← condemned by",
      "← attacked by",
      "← mediated by",
      "← faces demands from",
    ]);
    const backs = groups[0]!;
    expect(backs.items.map((i) => i.neighbourLabel)).toEqual(["Assad regime"]);
    expect(backs.items[0]!.evidence[0]!.trigger).toBe("Backed by");
  });

  it("orders items by weight, then name", () => {
    const attacks = groupRelations(graph, "russia").find((g) => g.relation === "attacks" && g.direction === "out")!;
    expect(attacks.items.map((i) => i.neighbour)).toEqual(["idlib", "hts"]);
  });

  it("leaves out relations that are filtered out", () => {
    const shown = new Set(graph.edges().filter((e) => graph.getEdgeAttribute(e, "relation") !== "backs"));
    expect(groupRelations(graph, "russia", shown).some((g) => g.relation === "backs")).toBe(false);
  });
});

describe("phrases", () => {
  it("has words for every relation type, both ways", () => {
    for (const relation of RELATION_TYPES) {
      expect(RELATION_PHRASES[relation].out).toBeTruthy();
      expect(RELATION_PHRASES[relation].in).toBeTruthy();
    }
    expect(relationHeading("condemns", "in")).toBe("← condemned by");
    expect(relationSentence("Russia", "backs", "Assad regime")).toBe("Russia backs Assad regime");
  });
});

describe("splitOnTrigger", () => {
  it("marks the trigger, case-insensitively, preferring a whole word", () => {
    expect(splitOnTrigger("They hit back after the hit", "HIT")).toEqual([
      { text: "They ", trigger: false },
      { text: "hit", trigger: true },
      { text: " back after the hit", trigger: false },
    ]);
    expect(splitOnTrigger("Unhit, then hit.", "hit")).toEqual([
      { text: "Unhit, then ", trigger: false },
      { text: "hit", trigger: true },
      { text: ".", trigger: false },
    ]);
  });

  it("falls back to a partial match, then to the whole text", () => {
    expect(splitOnTrigger("bombardments", "bombardment")[0]).toEqual({ text: "bombardment", trigger: true });
    expect(splitOnTrigger("nothing here", "absent")).toEqual([{ text: "nothing here", trigger: false }]);
    expect(splitOnTrigger("text", "")).toEqual([{ text: "text", trigger: false }]);
  });

  it("keeps markup-looking text as plain text pieces", () => {
    const pieces = splitOnTrigger("a <b>bold</b> claim", "<b>");
    expect(pieces.map((p) => p.text).join("")).toBe("a <b>bold</b> claim");
    expect(pieces.find((p) => p.trigger)?.text).toBe("<b>");
  });
});

describe("evidence helpers", () => {
  it("drops repeated sentences and names the source", () => {
    const e = { doc: "a.txt", start: 1, end: 5, text: "x", trigger: "x", date: "2020-01-02" };
    expect(uniqueEvidence([e, { ...e, trigger: "y" }])).toHaveLength(1);
    expect(evidenceSource(e)).toBe("a.txt, 2020-01-02");
    expect(evidenceSource({ ...e, doc: "", date: undefined })).toBe("unnamed document");
  });
});
