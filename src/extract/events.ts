import { namingClauseEnd, PATIENT_STOP } from "./arguments.js";
import { type Context } from "./context.js";

// Acts named as events ("the attack", "the strikes", "the sanctions") whose author the text may give elsewhere.

/** Nouns for an attack as an event: "condemned the attack" points at whoever carried it out. */
export const ATTACK_EVENTS = new Set(["attack", "attacks", "bombing", "bombings", "shelling", "strike", "strikes", "killing", "killings", "massacre", "assault", "atrocity", "atrocities", "violence", "murder", "murders", "beheading", "abduction", "kidnapping", "explosion", "blast", "ambush", "shooting", "shootings", "act", "acts", "launch", "launches", "test", "tests", "operation", "offensive", "incursion", "invasion", "raid", "raids", "drills", "exercises", "manoeuvres", "maneuvers", "aggression", "violation", "violations", "use", "escalation", "crackdown", "executions", "seizure", "takeover", "coup", "barrage", "barrages", "bombardment", "airstrike", "airstrikes", "onslaught", "harassment", "mistreatment", "ramming", "suppression", "repression"]);

/** Attacks named by the deaths they caused: "denounced the killings" points at who killed, not at a claim of another act. */
export const KILLING_EVENTS = new Set(["killing", "killings", "massacre", "massacres", "murder", "murders", "deaths", "shooting", "shootings", "executions"]);

/** Sanctions named as an event: "condemned the sanctions" points at whoever imposed them. */
export const SANCTION_EVENTS = new Set(["sanctions", "embargo", "embargoes", "blacklisting", "penalties"]);

/** The relation an event's author holds to its target: what "condemned the attack" or "condemned the sanctions" looks for. */
export type EventKind = "attacks" | "sanctions";
export const EVENT_KINDS: readonly EventKind[] = ["attacks", "sanctions"];

export const eventKind = (norm: string): EventKind | undefined => (ATTACK_EVENTS.has(norm) ? "attacks" : SANCTION_EVENTS.has(norm) ? "sanctions" : undefined);

/** Where "in the strongest terms", "in no uncertain terms" opening at `i` ends, or -1. */
function termsEnd(ctx: Context, i: number): number {
  for (let k = i + 2; k <= i + 4; k++) if (ctx.tokens[k]?.norm === "terms") return k;
  return -1;
}

/** "condemned the attack", "praised the strikes on X", "condemned the sanctions": the object is an event, its author not named before it. */
export function objectEvent(ctx: Context, from: number): EventKind | undefined {
  let end = from + 5;
  for (let i = from; i < Math.min(ctx.tokens.length, end); i++) {
    // "condemned what it called a “cowardly terrorist act”": the words naming the act go on past the clause.
    const naming = namingClauseEnd(ctx, i);
    if (naming > 0) {
      i = naming;
      end = i + 6;
      continue;
    }
    // "condemns in the strongest terms the harassment of…": a manner phrase comes between the verb and its object.
    const terms = ctx.tokens[i].norm === "in" ? termsEnd(ctx, i) : -1;
    if (terms > 0) {
      i = terms;
      end = i + 6;
      continue;
    }
    // ("backed the decision to act": after "to", a verb.)
    const kind = ctx.tokens[i - 1]?.norm === "to" ? undefined : eventKind(ctx.tokens[i].norm);
    if (kind) return kind;
    if (ctx.at[i] >= 0 && !eventKind(ctx.tokens[ctx.mentions[ctx.at[i]].last].norm) && !eventKind(ctx.tokens[ctx.mentions[ctx.at[i]].last + 1]?.norm ?? "")) return undefined;
    if (PATIENT_STOP.has(ctx.tokens[i].norm)) return undefined;
  }
  return undefined;
}

/** "the attack by the ADF", "Russia's invasion", "the ADF attack", "EU sanctions": the mention names who did the act. */
export function authorOfEvent(ctx: Context, m: number): boolean {
  const mention = ctx.mentions[m];
  // "the Bhamo strikes": a place is where the act happened, not who did it.
  if (ctx.kinds.get(mention.actor ?? "") === "place") return false;
  const before = ctx.tokens[mention.first - 1]?.norm;
  const after = ctx.tokens[mention.last + 1]?.norm ?? "";
  return before === "by" || !!eventKind(ctx.tokens[mention.last].norm) || after === "'s" || !!eventKind(after) || !!eventKind(ctx.tokens[mention.last + 2]?.norm ?? "");
}

/**
 * The authors among the mentions found after a stance toward an event, or the actor a "by" names further on
 * ("denounced the joint drills as a rehearsal for invasion by the United States").
 */
export function eventAuthors(ctx: Context, found: number[], from: number): number[] {
  const authors = found.filter((p) => authorOfEvent(ctx, p));
  if (authors.length) return authors;
  for (let i = from; i < Math.min(ctx.tokens.length, from + 14); i++) {
    const norm = ctx.tokens[i].norm;
    if (norm === "," || norm === ";" || norm === "and") return [];
    if (norm !== "by") continue;
    const m = ctx.at[ctx.tokens[i + 1]?.norm === "the" ? i + 2 : i + 1] ?? -1;
    if (m >= 0 && ctx.mentions[m].actor && ctx.kinds.get(ctx.mentions[m].actor!) !== "place") return [m];
  }
  return [];
}
