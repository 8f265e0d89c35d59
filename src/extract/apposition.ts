import type { ActorKind } from "../types.js";
import { GROUP_ADJECTIVES, NAME_CUES } from "../vocabulary/cues.js";
import type { Token } from "./tokens.js";

// "Arambai Tenggol, a Meitei militia", "Haalvsh, a group that documents abuses", "Rask, a town in Iran":
// a description in apposition after a name says what kind of actor the name is.

/** Heads of a description that name a kind beyond the name cues: "an apex body", "a rights watchdog". */
const MORE_HEADS: ReadonlyMap<string, ActorKind> = new Map([
  ["body", "organization"],
  ["watchdog", "organization"],
  ["charity", "organization"],
  ["outfit", "armed_group"],
  ["insurgency", "armed_group"],
]);
/** Where a description's head ends: a clause, a preposition or a list goes on after it. */
const ENDS = new Set([",", ".", ";", ":", "that", "which", "who", "whose", "of", "in", "across", "along", "near", "based", "linked", "with", "from", "to", "for", "on", "and", "or", "since", "operating", '"', ")"]);
/** Words a description may hold before its head. */
const REACH = 6;

export interface Apposition {
  kind: ActorKind;
  /** The description's first and last tokens ("a" … "militia"). */
  first: number;
  last: number;
}

/** The kind that a description right after token `last` ("…, a Meitei militia,") gives the name ending there. */
export function appositionAfter(tokens: Token[], last: number): Apposition | undefined {
  const article = tokens[last + 2]?.norm;
  if (tokens[last + 1]?.norm !== "," || (article !== "a" && article !== "an")) return undefined;
  let head = -1;
  for (let j = last + 3; j < Math.min(tokens.length, last + 3 + REACH); j++) {
    if (ENDS.has(tokens[j].norm)) break;
    head = j;
  }
  if (head < 0 || tokens[head].upper) return undefined;
  const norm = tokens[head].norm;
  const named = MORE_HEADS.get(norm) ?? NAME_CUES.get(norm);
  if (!named || named === "person") return undefined;
  // "a militant group" is armed; "a group that documents abuses", "a rights group" is not.
  const armed = tokens.slice(last + 3, head).some((t) => GROUP_ADJECTIVES.has(t.norm));
  const kind = norm === "group" && !armed ? "organization" : named;
  return { kind, first: last + 2, last: head };
}
