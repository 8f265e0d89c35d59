import type { ResolvedMention } from "../resolve/document.js";
import { MEDIATION_FORMS, VERB_FORMS } from "../vocabulary/lexicon.js";
import { CLAIM_WORDS, PERPETRATION_WORDS, VERDICT_VERBS } from "../vocabulary/triggers.js";
import type { Token } from "./tokens.js";

/**
 * The cheap first pass: whether `findRelations` can find anything in a sentence. A relation joins two
 * different actors; an act or an open stance ("fired a missile", "condemned the attack", "pressed for
 * a ceasefire") needs one actor and a trigger verb. Most sentences of most articles have neither, and
 * skip the analysis. Mentions are still found in every sentence: coreference and counts need them.
 * tests/corpus/prefilter.test.ts checks that a sentence this rejects never yields anything.
 */
export function mayRelate(tokens: Token[], mentions: ResolvedMention[]): boolean {
  let first: string | undefined;
  for (const m of mentions) {
    if (m.actor === undefined) continue;
    if (first === undefined) first = m.actor;
    else if (m.actor !== first) return true;
  }
  return first !== undefined && tokens.some((t) => VERB_FORMS.has(t.norm) || MEDIATION_FORMS.has(t.norm) || CLAIM_WORDS.has(t.norm) || PERPETRATION_WORDS.has(t.norm) || VERDICT_VERBS.has(t.norm));
}
