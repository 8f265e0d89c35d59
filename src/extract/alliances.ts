// Backing that a noun states rather than a verb: "Iran's allies", "Hezbollah, an ally of Iran", "Iran-backed Houthis".
import { BACKER_NOUNS } from "../vocabulary/triggers.js";
import { NOUN_TRIGGERS, VERB_FORMS } from "../vocabulary/lexicon.js";
import { FUNCTION_WORDS } from "../vocabulary/cues.js";
import { agentLeftOf, patientRightOf } from "./arguments.js";
import { type Context, mentionEndingAt, usable } from "./context.js";
import type { Token } from "./tokens.js";

/** Who backs whom, as mentions, and how sure the construction is. */
export interface Alliance {
  backers: number[];
  backed: number[];
  confidence: number;
}

/** Copulas that make their subject what the noun after them names: "Turkey is Azerbaijan's closest ally". */
const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "become", "became", "becomes", "been"]);
const COPULA_FILLERS = new Set(["one", "of", "the", "a", "an", "now", "still", "also"]);

/** The copula a few filler words or adjectives before `at` ("has become one of the new"), or -1. */
function copulaBefore(tokens: Token[], at: number): number {
  let j = at - 1;
  const filler = (t: Token | undefined) => !!t && !COPULAS.has(t.norm) && (COPULA_FILLERS.has(t.norm) || (/^\p{Ll}+$/u.test(t.text) && !FUNCTION_WORDS.has(t.norm) && !VERB_FORMS.has(t.norm)));
  while (j > at - 6 && filler(tokens[j])) j--;
  return COPULAS.has(tokens[j]?.norm ?? "") ? j : -1;
}

/**
 * The backing an alliance noun at `i` states (a backer noun such as "ally" or "sponsor", or a protégé noun
 * such as "proxy"): "its Russian allies" (the modifier backs the possessor), "Russia's ally Belarus",
 * "Hezbollah, an ally of Iran". Undefined when it names no two actors.
 */
export function allianceAt(ctx: Context, i: number): Alliance | undefined {
  const { tokens, mentions, at } = ctx;
  const backerNoun = BACKER_NOUNS.has(tokens[i].norm);
  // "Iran's main ally": adjectives may stand between the possessor and the noun.
  let nounStart = i;
  while (nounStart > i - 3 && at[nounStart - 1] < 0 && /^\p{Ll}+$/u.test(tokens[nounStart - 1]?.text ?? "") && !FUNCTION_WORDS.has(tokens[nounStart - 1].norm)) nounStart--;
  const modifier = mentionEndingAt(ctx, nounStart - 1);
  const possessorAt = modifier >= 0 ? mentions[modifier].first - 1 : nounStart - 1;
  const ownerIndex = tokens[possessorAt]?.norm === "'s" ? mentionEndingAt(ctx, possessorAt - 1) : mentionEndingAt(ctx, possessorAt);
  const owner = ownerIndex >= 0 && ["its", "their"].includes(tokens[mentions[ownerIndex].first].norm) || tokens[possessorAt]?.norm === "'s" ? ownerIndex : -1;
  if (owner >= 0 && usable(ctx, owner)) {
    if (modifier >= 0 && modifier !== owner && usable(ctx, modifier)) {
      return backerNoun ? { backers: [modifier], backed: [owner], confidence: 0.75 } : { backers: [owner], backed: [modifier], confidence: 0.75 };
    }
    if (modifier >= 0) return undefined;
    // "Iran's proxies, the Houthis" / "Russia's ally Belarus".
    // "Turkey, Azerbaijan's closest ally, ...": the apposition names them before.
    const ownerStart = mentions[owner].first;
    const apposed = tokens[ownerStart - 1]?.norm === "," ? mentionEndingAt(ctx, ownerStart - 2) : -1;
    // "Turkey is Azerbaijan's closest ally", "which has become one of Syria's main backers": the subject is the one.
    const copula = copulaBefore(tokens, ownerStart);
    const named = apposed >= 0 && usable(ctx, apposed) ? [apposed] : copula >= 0 ? agentLeftOf(ctx, copula) : patientRightOf(ctx, tokens[i + 1]?.norm === "," ? i + 2 : i + 1, undefined, 4);
    if (!named.length) return undefined;
    return backerNoun ? { backers: named, backed: [owner], confidence: 0.7 } : { backers: [owner], backed: named, confidence: 0.7 };
  }
  if (tokens[i + 1]?.norm !== "of") return undefined;
  // "Hezbollah, an ally of Iran", "Iran, a key backer of Hezbollah", "Turkey is a sponsor of the SNA".
  const of = patientRightOf(ctx, i + 2, undefined, 3);
  const who = agentLeftOf(ctx, i, 6);
  if (!of.length || !who.length) return undefined;
  return backerNoun ? { backers: who, backed: of, confidence: 0.7 } : { backers: of, backed: who, confidence: 0.7 };
}

/** The actor an "X-backed" modifier describes: "Iran-backed Houthis", "Turkish-backed factions of the SNA". */
export function backedNoun(ctx: Context, from: number): number[] {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 5); i++) {
    const m = ctx.at[i];
    if (m >= 0) return usable(ctx, m) ? [m] : [];
    const t = ctx.tokens[i];
    // Only the noun phrase itself: a verb, a participle or a trigger ("factions attack SDF", "alliance led by") ends it.
    if (!/^\p{Ll}+$/u.test(t.text) || VERB_FORMS.has(t.norm) || NOUN_TRIGGERS.has(t.norm) || (i > from && /ed$/.test(t.norm))) break;
  }
  // "The Syrian Democratic Forces, a US-backed alliance, …": the apposition's noun is the actor named before it.
  const backer = ctx.at[from - 2];
  const article = ctx.mentions[backer]?.first - 1;
  if (backer >= 0 && ["a", "an", "the"].includes(ctx.tokens[article]?.norm ?? "") && ctx.tokens[article - 1]?.norm === ",") {
    const named = mentionEndingAt(ctx, article - 2);
    if (named >= 0 && usable(ctx, named)) return [named];
  }
  return [];
}
