import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActorGraph } from "../../../src/types.js";
import { parseGraphText } from "../loading/utils.js";

/** The hand-written Idlib fixture shared with the end-to-end tests. */
export function fixtureText(name = "idlib-fixture.json"): string {
  return readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/viewer/${name}`, import.meta.url)), "utf8");
}

export function fixtureGraph(name = "idlib-fixture.json"): ActorGraph {
  return parseGraphText(fixtureText(name), name).graph;
}
