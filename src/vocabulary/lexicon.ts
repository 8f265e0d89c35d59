import type { EventRelation } from "../types.js";
import { MEDIATION_VERBS, NOUNS, VERBS, type VerbSpec } from "./triggers.js";

/** The grammatical form a trigger word was found in. */
export type VerbForm = "base" | "third" | "past" | "ing";

export interface VerbTrigger {
  spec: VerbSpec;
  form: VerbForm;
}

function regularForms(base: string): Record<VerbForm, string> {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const consonantY = /[^aeiou]y$/.test(base);
  return {
    base,
    third: consonantY ? `${base.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`,
    past: consonantY ? `${base.slice(0, -1)}ied` : base.endsWith("e") ? `${base}d` : `${base}ed`,
    ing: `${stem}ing`,
  };
}

function formOf(word: string, base: string): VerbForm {
  if (word.endsWith("ing")) return "ing";
  if (word.endsWith("s") && !word.endsWith("ss")) return "third";
  return word === base ? "base" : "past";
}

/** Every inflection of every trigger verb, keyed by word. */
export const VERB_FORMS: Map<string, VerbTrigger[]> = (() => {
  const map = new Map<string, VerbTrigger[]>();
  const add = (word: string, trigger: VerbTrigger) => map.set(word, [...(map.get(word) ?? []), trigger]);
  for (const spec of VERBS) {
    const regular = regularForms(spec.base);
    const words = spec.forms ? [spec.base, ...spec.forms] : Object.values(regular);
    for (const word of new Set(words)) add(word, { spec, form: spec.forms ? formOf(word, spec.base) : (Object.entries(regular).find(([, w]) => w === word)![0] as VerbForm) });
  }
  return map;
})();

/** Trigger nouns keyed by word. */
export const NOUN_TRIGGERS: Map<string, { relation: EventRelation; after: string[] }> = new Map(
  NOUNS.map((noun) => [noun.word, { relation: noun.relation, after: noun.after }]),
);

/** Past forms that double as participles ("was struck"). */
export function isParticiple(form: VerbForm, word: string): boolean {
  return form === "past" || /(ed|en|wn|ck|ght|ot|hit|un)$/.test(word);
}

/** Forms of "host" and "co-host", whose guests may be the parties themselves: "will host Pešić and Marić". */
export const HOSTING_FORMS: ReadonlySet<string> = new Set(["host", "co-host"].flatMap((verb) => Object.values(regularForms(verb))));

/** Every form of the verbs that make a mediation phrase with a following object ("hosted talks", "sent a delegation"). */
export const MEDIATION_FORMS: Set<string> = new Set([
  ...[...MEDIATION_VERBS].flatMap((verb) => Object.values(regularForms(verb))),
  "sent",
  "led",
  "held",
]);
