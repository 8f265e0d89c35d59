import type { EventRelation } from "../types.js";
import { HEDGES, NEGATORS } from "../vocabulary/triggers.js";
import { type Context } from "./context.js";

const PHRASE_BREAKS = new Set([",", ";", ".", "and", "but", "while", "instead"]);

/**
 * "did not condemn", "may attack" cancel a relation; "threatened to strike" makes it a threat, and so does
 * "would" before an attack ("the movement would target any vessel"), while "would support" states nothing.
 */
export function negatedOrHedged(ctx: Context, start: number, relation: EventRelation): "negated" | "threat" | undefined {
  for (let i = start - 1; i >= Math.max(0, start - 6); i--) {
    const norm = ctx.tokens[i].norm;
    // "did not condemn the strikes and instead blamed the PKK": a new verb phrase escapes the negation.
    if (ctx.at[i] >= 0 || PHRASE_BREAKS.has(norm)) break;
    if (norm.startsWith("threat") || (norm === "would" && relation === "attacks")) return "threat";
    if (norm === "would") continue;
    if (NEGATORS.has(norm) || HEDGES.has(norm)) return "negated";
  }
  return undefined;
}
