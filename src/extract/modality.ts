import type { EventRelation } from "../types.js";
import { ATTACK_VOWS, DENIALS, HEDGES, NEGATORS, OFFERS, PLEDGES, REQUEST_WORDS, UNDOABLE, UNDOING_VERBS } from "../vocabulary/triggers.js";
import { POSSESSIVES } from "../vocabulary/cues.js";
import { type Context } from "./context.js";

const PHRASE_BREAKS = new Set([",", ";", ".", "and", "but", "while", "instead"]);

/**
 * "did not condemn", "may attack" cancel a relation; "threatened to strike" makes it a threat, and so does
 * "would" or a vow before an attack ("the movement would target any vessel", "vowed to destroy Hamas"),
 * while "would support" and "vowed to support" state nothing (a pledge of support is backing). "lifted sanctions", "withdrew its support"
 * undo backing and sanctions, and "called for sanctions" imposes none.
 */
export function negatedOrHedged(ctx: Context, start: number, relation: EventRelation): "negated" | "threat" | undefined {
  let threat = false;
  let infinitive = false;
  for (let i = start - 1; i >= Math.max(0, start - 6); i--) {
    const norm = ctx.tokens[i].norm;
    // "pledged support to X" gives its backing at once; "vowed to support X" only means to.
    if (relation === "backs" && (ATTACK_VOWS.has(norm) || OFFERS.has(norm)) && !infinitive) continue;
    // "pledged to support Bamako" is a public commitment: backing already.
    if (relation === "backs" && PLEDGES.has(norm)) continue;
    infinitive ||= norm === "to";
    // "withdrew its support": a possessive pronoun is part of the noun phrase.
    if (ctx.at[i] >= 0 && POSSESSIVES.has(norm)) continue;
    // "did not condemn the strikes and instead blamed the PKK": a new verb phrase escapes the negation.
    if (ctx.at[i] >= 0 || PHRASE_BREAKS.has(norm)) {
      // "Juba denied that it had armed the youths": the clause a denial opens is denied.
      const first = ctx.at[i] >= 0 ? ctx.mentions[ctx.at[i]].first : -1;
      if (first >= 2 && ctx.tokens[first - 1].norm === "that" && DENIALS.has(ctx.tokens[first - 2].norm)) return "negated";
      break;
    }
    // A threat still yields to a negation before it ("did not vow to attack"), not to a hedge ("reportedly threatened").
    if (UNDOABLE.has(relation) && UNDOING_VERBS.has(norm)) return "negated";
    if (relation === "sanctions" && REQUEST_WORDS.has(norm)) return "negated";
    if (norm.startsWith("threat") || (relation === "attacks" && (norm === "would" || ATTACK_VOWS.has(norm)))) threat = true;
    else if (norm !== "would" && (NEGATORS.has(norm) || (!threat && HEDGES.has(norm)))) return "negated";
  }
  return threat ? "threat" : undefined;
}
