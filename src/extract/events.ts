import { PATIENT_STOP } from "./arguments.js";
import { type Context } from "./context.js";

// Attacks named as events ("the attack", "the strikes") whose author the text may give elsewhere.

/** Nouns for an attack as an event: "condemned the attack" points at whoever carried it out. */
export const ATTACK_EVENTS = new Set(["attack", "attacks", "bombing", "bombings", "shelling", "strike", "strikes", "killing", "killings", "massacre", "assault", "atrocity", "atrocities", "violence", "murder", "murders", "beheading", "abduction", "kidnapping", "explosion", "blast", "ambush", "launch", "launches", "test", "tests", "operation", "offensive", "incursion", "invasion", "raid", "raids", "drills", "aggression", "violation", "violations", "use", "escalation", "crackdown", "executions", "seizure", "takeover", "coup"]);

/** "condemned the attack", "praised the strikes on X": the object is an attack event, its author not named before it. */
export function objectIsAnEvent(ctx: Context, from: number): boolean {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 5); i++) {
    if (ATTACK_EVENTS.has(ctx.tokens[i].norm)) return true;
    if (ctx.at[i] >= 0 && !ATTACK_EVENTS.has(ctx.tokens[ctx.mentions[ctx.at[i]].last].norm) && !ATTACK_EVENTS.has(ctx.tokens[ctx.mentions[ctx.at[i]].last + 1]?.norm ?? "")) return false;
    if (PATIENT_STOP.has(ctx.tokens[i].norm)) return false;
  }
  return false;
}

/** "the attack by the ADF", "Russia's invasion", "the ADF attack": the mention names who did the act. */
export function authorOfEvent(ctx: Context, m: number): boolean {
  const mention = ctx.mentions[m];
  const before = ctx.tokens[mention.first - 1]?.norm;
  const after = ctx.tokens[mention.last + 1]?.norm ?? "";
  return before === "by" || ATTACK_EVENTS.has(ctx.tokens[mention.last].norm) || after === "'s" || ATTACK_EVENTS.has(after) || ATTACK_EVENTS.has(ctx.tokens[mention.last + 2]?.norm ?? "");
}
