import type { ActorKind, EventRelation } from "../types.js";
import {
  BACKER_NOUNS,
  CALL_VERBS,
  CLAIM_WORDS,
  HYPHEN_BACKING,
  CONTROL_VERBS,
  HEDGES,
  MEDIATION_OBJECTS,
  NEGATORS,
  PROTEGE_NOUNS,
  SPEECH_VERBS,
  STOP_VERBS,
} from "../vocabulary/triggers.js";
import { isParticiple, MEDIATION_FORMS, NOUN_TRIGGERS, VERB_FORMS } from "../vocabulary/lexicon.js";
import type { ResolvedMention } from "../resolve/document.js";
import { FUNCTION_WORDS } from "../vocabulary/cues.js";
import { TITLE_WORDS } from "../vocabulary/titles.js";
import type { Token } from "./tokens.js";

/** A relation found in one sentence, between document actor keys. */
export interface SentenceRelation {
  source: string;
  target: string;
  relation: EventRelation;
  trigger: string;
  confidence: number;
}

/**
 * A stance whose other side the sentence does not name: a ceasefire pressed for between unnamed
 * parties, or "condemned the attack" without saying whose. The document supplies it.
 */
export interface OpenRelation {
  relation: "mediates" | "condemns";
  sources: string[];
  trigger: string;
}

export interface SentenceFacts {
  relations: SentenceRelation[];
  open: OpenRelation[];
  /** Actors that attacked something the sentence does not name as an actor ("fired a missile into the sea"). */
  acts: string[];
}

/** Nouns for an attack as an event: "condemned the attack" points at whoever carried it out. */
const ATTACK_EVENTS = new Set(["attack", "attacks", "bombing", "bombings", "shelling", "strike", "strikes", "killing", "killings", "massacre", "assault", "atrocity", "atrocities", "violence", "murder", "murders", "beheading", "abduction", "kidnapping", "explosion", "blast", "ambush", "launch", "launches", "test", "tests", "operation", "offensive", "incursion", "invasion", "raid", "raids", "drills", "aggression", "violation", "violations", "use", "escalation", "crackdown", "executions", "seizure", "takeover", "coup"]);

const PREPOSITIONS = new Set(["against", "on", "in", "at", "from", "into", "over", "near", "toward", "towards", "with", "for", "to", "upon", "across", "inside", "within", "between", "among", "during"]);
/** Killing words and victims: reported accusations of these are condemnations. */
const KILL_VERBS = new Set(["kill", "murder", "massacre", "execute", "behead", "slaughter", "assassinate", "torture", "starve"]);
const VICTIMS = new Set(["civilians", "people", "children", "women", "patients", "residents", "villagers", "protesters", "innocent", "innocents", "families", "refugees", "worshippers", "students", "journalists", "men"]);
const SUBORDINATORS = new Set(["after", "before", "while", "since", "when", "by", "despite", "without", "through"]);
const FIRST_PERSON = new Set(["our", "my", "your"]);
const STANCES = new Set<EventRelation>(["condemns", "backs", "praises", "demands", "threatens"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "'re"]);
const SKIP_BEFORE_VERB = new Set(["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "did", "does", "do", "also", "reportedly", "allegedly", "repeatedly", "again", "then", "later", "earlier", "now", "already", "just", "recently", "further", "jointly", "directly", "publicly", "strongly", "sharply", "firmly"]);
const CLAUSE_STOP = new Set([";", ":", "(", ")"]);
/** First words of an insertion between commas: "X, which...,", "X, led by...,", "X, a key supplier...,". */
const INSERTION_START = new Set(["which", "who", "whose", "whom", "led", "backed", "known", "founded", "based", "a", "an", "one", "once", "long", "itself"]);
/** "a spokesman for the NUG": the body after these nouns speaks through them. */
const ROLE_NOUNS = new Set(["spokesman", "spokeswoman", "spokesperson", "head", "chief", "leader", "official", "officials", "member", "members", "representative", "envoy", "commander", "commanders", "minister", "chairperson", "chairman", "president", "statement", "fighters"]);
const PATIENT_STOP = new Set([",", ";", ":", ".", "that", "which", "who", "while", "as", "after", "before", "when", "despite", "because", "since", "until", "but", "said", "says", "according", "resulting", "killing", "displacing"]);
const COORD = new Set([",", "and", "or", "the", "”", "“", "\"", "both", "as", "well", "its", "their"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "'s", "new", "fresh", "further", "deadly", "renewed", "major", "latest", "recent", "brutal", "blistering", "heavy", "military", "air", "ground", "joint", "sustained", "ongoing", "full-scale", "large-scale", "continued", "continuing", "repeated", "any", "all", "more", "several", "two", "three", "multiple", "such"]);
const NOUN_MARKERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "'s", "of", "in", "new", "fresh", "further", "deadly", "renewed", "latest", "recent", "heavy", "blistering", "brutal", "military", "air", "ground", "joint", "sustained", "any", "such", "continued", "repeated", "several", "terrorist", "suicide", "rocket", "missile", "drone", "chemical"]);

interface Context {
  tokens: Token[];
  mentions: ResolvedMention[];
  kinds: Map<string, ActorKind>;
  /** Mention index covering each token, or -1. */
  at: number[];
}

function mentionEndingAt(ctx: Context, index: number): number {
  const m = ctx.at[index];
  return m >= 0 && ctx.mentions[m].last === index ? m : -1;
}

function usable(ctx: Context, m: number): boolean {
  const mention = ctx.mentions[m];
  return !!mention.actor && !mention.locative;
}

/**
 * The mentions coordinated with mention `m` ("Russia, Syria, and Iran"), in text order. Commas alone
 * make no list ("Backed by Moscow, Damascus launched"): an "and" or "or" must join it.
 */
function coordination(ctx: Context, m: number): number[] {
  let group = [m];
  let conjoined = false;
  const walk = (step: -1 | 1) => {
    let joined = false;
    let sawConjunction = false;
    for (let i = step < 0 ? ctx.mentions[m].first - 1 : ctx.mentions[m].last + 1; i >= 0 && i < ctx.tokens.length; i += step) {
      const k = step < 0 ? mentionEndingAt(ctx, i) : ctx.mentions[ctx.at[i]]?.first === i ? ctx.at[i] : -1;
      if (k >= 0) {
        if (!joined) break;
        group = step < 0 ? [k, ...group] : [...group, k];
        joined = false;
        i = step < 0 ? ctx.mentions[k].first : ctx.mentions[k].last;
        continue;
      }
      const norm = ctx.tokens[i].norm;
      if (!COORD.has(norm)) break;
      if (norm === "and" || norm === "or") sawConjunction = true;
      if (norm === "," || norm === "and" || norm === "or") joined = true;
    }
    conjoined ||= sawConjunction;
  };
  walk(-1);
  walk(1);
  return (conjoined ? group : [m]).filter((k) => usable(ctx, k));
}

/** A mention right after a lowercase past-tense verb ("summoned China's ambassador") is that verb's object. */
function objectOfVerb(ctx: Context, head: number): boolean {
  let j = head - 1;
  while (j >= 0 && ctx.tokens[j].norm === "the") j--;
  const word = ctx.tokens[j];
  return !!word && !word.joined && /^\p{Ll}+ed$/u.test(word.text) && !BE.has(word.norm) && ctx.tokens[j - 1]?.norm !== "by";
}

function governedByPreposition(ctx: Context, head: number): boolean {
  for (let j = head - 1; j >= Math.max(0, head - 3); j--) {
    const word = ctx.tokens[j];
    if (PREPOSITIONS.has(word.norm)) return !((word.norm === "for" || word.norm === "of") && ROLE_NOUNS.has(ctx.tokens[j - 1]?.norm ?? ""));
    // "with Prime Minister Al-Abadi": a title stays with its name.
    if (word.upper && TITLE_WORDS.has(word.norm)) continue;
    if (word.upper || ctx.at[j] >= 0 || VERB_FORMS.has(word.norm) || !/^\p{L}+$/u.test(word.text)) return false;
  }
  return false;
}

/**
 * The nearest usable mention left of `from`, skipping relative clauses ("X, which controls Y, has...").
 * For a trigger noun, a stance verb on the way ends the search: in "the EU condemned the strikes" the EU
 * did not strike; a light verb of attack ("launched an offensive") does not.
 */
function agentLeftOf(ctx: Context, from: number, limit = 30, forNoun = false, places = false): number[] {
  for (let i = from - 1; i >= Math.max(0, from - limit); i--) {
    const t = ctx.tokens[i];
    if (CLAUSE_STOP.has(t.norm) || SPEECH_VERBS.includes(t.norm)) return [];
    if (forNoun && ctx.at[i] < 0 && VERB_FORMS.get(t.norm)?.some((v) => v.spec.relation !== "attacks")) return [];
    if (t.norm === ",") {
      // Jump back over ", which ... ," to the noun it describes.
      let j = i - 1;
      while (j >= 0 && ctx.tokens[j].norm !== ",") j--;
      const opener = ctx.tokens[j + 1]?.norm ?? "";
      if (j >= 0 && (INSERTION_START.has(opener) || (/^\p{Ll}+ed$/u.test(ctx.tokens[j + 1]?.text ?? "") && !BE.has(opener)))) {
        i = j;
        continue;
      }
    }
    const m = ctx.at[i];
    // "airstrikes against (ethnic) al-Qaida operatives ... killed": the object of a preposition is not the
    // subject, and neither is a list that one governs ("working with X, Y and Z to support...").
    const group = m >= 0 && usable(ctx, m) ? coordination(ctx, m) : [];
    const head = group.length ? Math.min(...group.map((k) => ctx.mentions[k].first)) : -1;
    const governed = m >= 0 && (governedByPreposition(ctx, ctx.mentions[m].first) || (head >= 0 && governedByPreposition(ctx, head)));
    // The subject of a passive attack may be a place: "A village near Amadiya was hit".
    if (places && m >= 0 && ctx.mentions[m].actor && ctx.kinds.get(ctx.mentions[m].actor!) === "place") return [m];
    // "Manila summoned China's ambassador and denounced...": the object of an earlier verb is not the subject.
    if (group.length && !places && objectOfVerb(ctx, head)) {
      i = head;
      continue;
    }
    if (group.length && !governed && ctx.kinds.get(ctx.mentions[m].actor!) !== "place") return group;
    if (m >= 0) i = ctx.mentions[m].first;
  }
  return [];
}

/**
 * The nearest usable mention right of `from`, within a short window and before a clause boundary.
 * A place may be hit where it lies ("a depot in Russia's Belgorod region"), so `places` admits locatives.
 */
function patientRightOf(ctx: Context, from: number, preps: string[] | undefined, limit = 8, places = false, direct = places): number[] {
  let sawPrep = !preps;
  let prepAt = -1;
  for (let i = from; i < Math.min(ctx.tokens.length, from + limit); i++) {
    const t = ctx.tokens[i];
    const m = ctx.at[i];
    // "fought the Somali government": a direct object needs no preposition.
    if (direct && m >= 0 && !sawPrep && ctx.tokens.slice(from, i).every((w) => DETERMINERS.has(w.norm))) sawPrep = true;
    if (m >= 0 && sawPrep && places && ctx.mentions[m].locative && ctx.kinds.get(ctx.mentions[m].actor ?? "") === "place") return [m];
    // The verb's own preposition ("seize X from ISIL fighters") makes its object an actor, not a location.
    const ownPrep = prepAt >= 0 && ctx.tokens.slice(prepAt + 1, i).every((w) => DETERMINERS.has(w.norm));
    if (m >= 0 && sawPrep && ownPrep && ctx.mentions[m].actor && ctx.kinds.get(ctx.mentions[m].actor!) !== "place") return coordination(ctx, m).length ? coordination(ctx, m) : [m];
    // "a depot in Russia's Belgorod region": look past the country to the place that was hit.
    if (m >= 0 && sawPrep && places && ctx.mentions[m].locative && ctx.tokens[ctx.mentions[m].last + 1]?.norm === "'s") {
      i = ctx.mentions[m].last;
      continue;
    }
    if (m >= 0 && sawPrep) return usable(ctx, m) ? coordination(ctx, m) : [];
    if (preps?.includes(t.norm)) {
      sawPrep = true;
      prepAt = i;
    }
    // "enemy fighters firing on...": a participle after a plain noun starts a new clause.
    if (i > from && t.norm.endsWith("ing") && VERB_FORMS.has(t.norm) && !DETERMINERS.has(ctx.tokens[i - 1].norm)) return [];
    if (PATIENT_STOP.has(t.norm) || (SPEECH_VERBS.includes(t.norm) && t.norm !== "according")) return [];
    // Another verb ends the object ("attacked Idlib and killed..."), but not a noun that looks like one ("artillery shells").
    const prev = ctx.tokens[i - 1];
    if (VERB_FORMS.has(t.norm) && i > from && !DETERMINERS.has(prev.norm) && (FUNCTION_WORDS.has(prev.norm) || !/^\p{Ll}+$/u.test(prev.text) || ctx.at[i - 1] >= 0)) return [];
    if ((t.norm === "and" || t.norm === "but") && /ed$/.test(ctx.tokens[i + 1]?.norm ?? "")) return [];
  }
  return [];
}

/**
 * "did not condemn", "may attack" cancel a relation; "threatened to strike" makes it a threat, and so does
 * "would" before an attack ("the movement would target any vessel"), while "would support" states nothing.
 */
function negatedOrHedged(ctx: Context, start: number, relation: EventRelation): "negated" | "threat" | undefined {
  for (let i = start - 1; i >= Math.max(0, start - 6); i--) {
    const norm = ctx.tokens[i].norm;
    // "did not condemn the strikes and instead blamed the PKK": a new verb phrase escapes the negation.
    if (ctx.at[i] >= 0 || [",", ";", ".", "and", "but", "while", "instead"].includes(norm)) break;
    if (norm.startsWith("threat") || (norm === "would" && relation === "attacks")) return "threat";
    if (norm === "would") continue;
    if (NEGATORS.includes(norm) || HEDGES.includes(norm)) return "negated";
  }
  return undefined;
}

function isNounUse(ctx: Context, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (!before) return false;
  // "car bomb attacks": a trigger right before a trigger noun modifies it; "condemn launch": a verb's object.
  if (NOUN_TRIGGERS.has(ctx.tokens[i + 1]?.norm ?? "")) return true;
  if (ctx.at[i - 1] < 0 && VERB_FORMS.has(before.norm)) return true;
  // "supplied artillery shells and troops": a bare form after a plain noun, with no object, is a noun.
  const plainBefore = !before.upper && /^\p{L}+$/u.test(before.text) && !before.norm.endsWith("ly") && !SKIP_BEFORE_VERB.has(before.norm) && before.norm !== "to" && !VERB_FORMS.has(before.norm) && ctx.at[i - 1] < 0;
  if (plainBefore && [",", "and", "to", ".", "from", "or"].includes(ctx.tokens[i + 1]?.norm ?? ".")) return true;
  if (NOUN_MARKERS.has(before.norm)) return true;
  // "Russian strikes": a bare demonym before the word (not "Israeli jets struck").
  const m = mentionEndingAt(ctx, i - 1);
  return m >= 0 && ctx.mentions[m].first === i - 1 && ctx.mentions[m].ref.type === "known" && (ctx.mentions[m].ref as { use: string }).use === "demonym";
}

/** The subject of the clause a sentence-opening participle phrase modifies: "Backed by Moscow, Damascus launched...". */
function mainSubjectAfter(ctx: Context, from: number): number[] {
  for (let i = from; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i].norm === ",") {
      for (let j = i + 1; j < Math.min(ctx.tokens.length, i + 6); j++) {
        const m = ctx.at[j];
        if (m >= 0 && usable(ctx, m)) return coordination(ctx, m);
      }
      return [];
    }
  }
  return [];
}

/** "condemned the attack", "denounced the bombing": the object is an attack event with no actor named. */
function condemnsAnEvent(ctx: Context, from: number): boolean {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 5); i++) {
    if (ATTACK_EVENTS.has(ctx.tokens[i].norm)) return true;
    if (ctx.at[i] >= 0 && !ATTACK_EVENTS.has(ctx.tokens[ctx.mentions[ctx.at[i]].last].norm) && !ATTACK_EVENTS.has(ctx.tokens[ctx.mentions[ctx.at[i]].last + 1]?.norm ?? "")) return false;
    if (PATIENT_STOP.has(ctx.tokens[i].norm)) return false;
  }
  return false;
}

/** The first actor of the sentence: the subject a trailing participle clause shares. */
function firstActor(ctx: Context): number[] {
  const k = ctx.mentions.findIndex((m, index) => usable(ctx, index) && ctx.kinds.get(m.actor!) !== "place");
  return k >= 0 ? coordination(ctx, k) : [];
}

/** "the attack by the ADF", "Russia's invasion", "the ADF attack": the mention names who did the act. */
function authorOfEvent(ctx: Context, m: number): boolean {
  const mention = ctx.mentions[m];
  const before = ctx.tokens[mention.first - 1]?.norm;
  const after = ctx.tokens[mention.last + 1]?.norm ?? "";
  return before === "by" || ATTACK_EVENTS.has(ctx.tokens[mention.last].norm) || after === "'s" || ATTACK_EVENTS.has(after) || ATTACK_EVENTS.has(ctx.tokens[mention.last + 2]?.norm ?? "");
}

/** "our ongoing support", "our efforts to defeat": owned by a first person the text does not name. */
function speakerOwned(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (FIRST_PERSON.has(ctx.tokens[j].norm)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j].text) || FUNCTION_WORDS.has(ctx.tokens[j].norm)) return false;
  }
  return false;
}

/** "its war", "Russia's invasion", "Israeli strikes": the actor right before a trigger noun owns it. */
function possessorOf(ctx: Context, i: number): number[] {
  let j = i - 1;
  while (j >= 0 && j > i - 3 && ctx.at[j] < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j].text) && !FUNCTION_WORDS.has(ctx.tokens[j].norm) && !["the", "a", "an"].includes(ctx.tokens[j].norm)) j--;
  if (ctx.tokens[j]?.norm === "'s") j--;
  const m = mentionEndingAt(ctx, j);
  return m >= 0 && usable(ctx, m) ? [m] : [];
}

/** Finds the relations one sentence states, with their direction, trigger and confidence. */
export function findRelations(tokens: Token[], mentions: ResolvedMention[], kinds: Map<string, ActorKind>): SentenceFacts {
  const at = new Array<number>(tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.first; i <= m.last; i++) at[i] = k;
  });
  const ctx: Context = { tokens, mentions, kinds, at };
  const relations: SentenceRelation[] = [];
  const open: OpenRelation[] = [];
  const acts: string[] = [];
  // The last verb's arguments: "X denounced Y and accused Z" keeps X as the subject of "accused".
  let previous: { agents: number[]; patients: number[]; end: number } | undefined;
  const subjectOf = (i: number): number[] => {
    // "praised Kenya for hosting talks", "accused Kigali of sending troops": the object does the -ing.
    if (/ing$/.test(tokens[i].norm) && (tokens[i - 1]?.norm === "for" || tokens[i - 1]?.norm === "of")) {
      const object = mentionEndingAt(ctx, i - 2);
      if (object >= 0 && usable(ctx, object)) return coordination(ctx, object);
    }
    const agents = agentLeftOf(ctx, i);
    if (previous && agents.length && agents.every((a) => previous!.patients.includes(a))) {
      const between = tokens.slice(previous.end + 1, i).map((t) => t.norm);
      if (between.includes("and") && !between.some((w) => VERB_FORMS.has(w) || SPEECH_VERBS.includes(w))) return previous.agents;
    }
    return agents;
  };
  const keyOf = (k: number) => mentions[k].actor!;

  const emit = (relation: EventRelation, agents: number[], patients: number[], trigger: string, confidence: number) => {
    // "American and British strikes on its positions": "its" cannot be one of the strikers.
    if (patients.some((p) => mentions[p].ref.type === "anaphor" && agents.some((a) => mentions[a].actor === mentions[p].actor))) return;
    for (const a of agents) {
      for (const p of patients) {
        const source = keyOf(a);
        const target = keyOf(p);
        if (source === target) continue;
        if (kinds.get(source) === "place") continue;
        if (kinds.get(target) === "place" && relation !== "attacks" && relation !== "mediates") continue;
        relations.push({ source, target, relation, trigger, confidence });
      }
    }
  };

  // Who speaks, and which tokens are their words: the speaker stands behind accusations in them.
  let speaker: number[] = [];
  let speechAt = -1;
  tokens.forEach((t, i) => {
    if (!SPEECH_VERBS.includes(t.norm) || speaker.length) return;
    // "Trump tweeted" names the speaker before the verb, "noted AFP" and "according to X" after it.
    const left = mentionEndingAt(ctx, i - 1);
    const right = t.norm === "according" ? ctx.at[i + 2] : ctx.at[i + 1];
    const k = left >= 0 && usable(ctx, left) ? left : right !== undefined && right >= 0 && usable(ctx, right) ? right : -1;
    if (k >= 0) {
      speaker = coordination(ctx, k);
      speechAt = i;
    }
  });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const norm = token.norm;

    // "Israeli-occupied", "Tripoli-based": split off to find the actor, not a verb of its own.
    if (token.joined && !HYPHEN_BACKING.includes(norm)) continue;
    // "Iran-backed Houthis", "Turkish-backed factions": the actor before the hyphen backs the one after.
    if (token.joined && HYPHEN_BACKING.includes(norm) && mentionEndingAt(ctx, i - 1) >= 0 && usable(ctx, mentionEndingAt(ctx, i - 1))) {
      const backed = patientRightOf(ctx, i + 1, undefined, 3);
      emit("backs", [mentionEndingAt(ctx, i - 1)], backed, `${tokens[i - 1].text}-${token.text}`, 0.8);
      continue;
    }

    // "its Russian allies", "Iran's allies": the modifier backs the possessor.
    if (BACKER_NOUNS.includes(norm) || PROTEGE_NOUNS.includes(norm)) {
      const modifier = mentionEndingAt(ctx, i - 1);
      const possessorAt = modifier >= 0 ? mentions[modifier].first - 1 : i - 1;
      const ownerIndex = tokens[possessorAt]?.norm === "'s" ? mentionEndingAt(ctx, possessorAt - 1) : mentionEndingAt(ctx, possessorAt);
      const owner = ownerIndex >= 0 && ["its", "their"].includes(tokens[mentions[ownerIndex].first].norm) || tokens[possessorAt]?.norm === "'s" ? ownerIndex : -1;
      if (owner >= 0 && usable(ctx, owner)) {
        if (modifier >= 0 && modifier !== owner && usable(ctx, modifier)) {
          const [backer, backed] = BACKER_NOUNS.includes(norm) ? [modifier, owner] : [owner, modifier];
          emit("backs", [backer], [backed], token.text, 0.75);
        } else if (modifier < 0) {
          // "Iran's proxies, the Houthis" / "Russia's ally Belarus".
          // "Turkey, Azerbaijan's closest ally, ...": the apposition names them before.
          const ownerStart = mentions[owner].first;
          const apposed = tokens[ownerStart - 1]?.norm === "," ? mentionEndingAt(ctx, ownerStart - 2) : -1;
          const named = apposed >= 0 && usable(ctx, apposed) ? [apposed] : patientRightOf(ctx, i + 1, undefined, 4);
          if (named.length) emit("backs", BACKER_NOUNS.includes(norm) ? named : [owner], BACKER_NOUNS.includes(norm) ? [owner] : named, token.text, 0.7);
        }
      } else if (tokens[i + 1]?.norm === "of" && (norm === "ally" || norm === "allies" || norm === "proxy" || norm === "proxies")) {
        // "Hezbollah, an ally of Iran".
        const of = patientRightOf(ctx, i + 2, undefined, 3);
        const who = agentLeftOf(ctx, i, 6);
        if (of.length && who.length) emit("backs", norm.startsWith("all") ? who : of, norm.startsWith("all") ? of : who, token.text, 0.7);
      }
      continue;
    }

    // "called for Moscow, Damascus and Tehran to stop": the caller condemns them.
    if (STOP_VERBS.includes(norm) && tokens[i - 1]?.norm === "to") {
      const targetEnd = mentionEndingAt(ctx, i - 2);
      if (targetEnd >= 0) {
        const targets = coordination(ctx, targetEnd);
        const first = Math.min(...targets.map((k) => mentions[k].first), mentions[targetEnd].first);
        for (let j = first - 1; j >= Math.max(0, first - 5); j--) {
          if (CALL_VERBS.includes(tokens[j].norm)) {
            const callers = subjectOf(j);
            emit("condemns", callers, targets, tokens.slice(j, i + 1).map((t) => t.text).join(" "), 0.7);
            previous = { agents: callers, patients: targets, end: i };
            break;
          }
        }
      }
      continue;
    }

    // Mediation phrases: "hosted talks between", "pressing for a new ceasefire", "sending a delegation to Moscow".
    if (MEDIATION_FORMS.has(norm)) {
      const objectAt = tokens.slice(i + 1, i + 6).findIndex((t) => MEDIATION_OBJECTS.includes(t.norm));
      // "urged Washington to press for a ceasefire" asks for mediation; it reports none.
      const requested = tokens[i - 1]?.norm === "to" && tokens.slice(Math.max(0, i - 8), i).some((t) => CONTROL_VERBS.includes(t.norm) || CALL_VERBS.includes(t.norm));
      if (objectAt >= 0 && !requested && negatedOrHedged(ctx, i, "mediates") === undefined) {
        const objectIndex = i + 1 + objectAt;
        const agents = subjectOf(i);
        const parties = patientRightOf(ctx, objectIndex + 1, ["between", "with", "to", "on", "over", "for"], 6);
        const trigger = tokens.slice(i, objectIndex + 1).map((t) => t.text).join(" ");
        if (agents.length && parties.length) emit("mediates", agents, parties, trigger, 0.7);
        else if (agents.length) open.push({ relation: "mediates", sources: agents.map(keyOf), trigger });
        i = objectIndex;
        continue;
      }
    }

    const verbs = VERB_FORMS.get(norm);
    const noun = NOUN_TRIGGERS.get(norm);
    const insideMention = at[i] >= 0 && mentions[at[i]].first < i && mentions[at[i]].last === i;
    // "Allied Democratic Forces" names a group; only a trailing force word ("ADF attack") acts.
    if (at[i] >= 0 && !insideMention) continue;
    const nounUse = noun && (!verbs || insideMention || isNounUse(ctx, i));

    if (nounUse && noun) {
      const hedge = negatedOrHedged(ctx, i, noun.relation);
      if (hedge === "negated") continue;
      // "denounced the attack as an assault on X" describes; it reports no new act.
      if (tokens.slice(Math.max(0, i - 3), i).some((t) => t.norm === "as")) continue;
      // "the attack by X on Y" / "Russian strikes on Kharkiv" / "Damascus launched an offensive against Idlib".
      let agents: number[] = [];
      let next = i + 1;
      // "came under fire from X", "drawing criticism from Washington": X acts on the subject.
      if (tokens[i + 1]?.norm === "from") {
        const actors = patientRightOf(ctx, i + 1, ["from"], 6);
        const subject = noun.relation === "attacks" ? agentLeftOf(ctx, i, 30, true) : previous?.agents.length ? previous.agents : agentLeftOf(ctx, i, 30, true);
        emit(noun.relation, actors, subject, token.text, 0.65);
        continue;
      }
      if (tokens[i + 1]?.norm === "by" && at[i + 2] >= 0 && usable(ctx, at[i + 2])) {
        agents = coordination(ctx, at[i + 2]);
        next = Math.max(...agents.map((k) => mentions[k].last)) + 1;
      } else if (insideMention) {
        agents = usable(ctx, at[i]) ? coordination(ctx, at[i]) : [];
      } else if (tokens[i - 1]?.norm === "in" && norm === "support" && tokens[i + 1]?.norm === "of") {
        // "In support of the Iraqi forces, Coalition aircraft struck...".
        const backed = patientRightOf(ctx, i + 2, undefined, 5);
        const backers = i <= 2 ? mainSubjectAfter(ctx, i + 2) : agentLeftOf(ctx, i);
        emit("backs", backers, backed, "in support of", 0.7);
        continue;
      } else {
        agents = possessorOf(ctx, i);
        // "our ongoing support": the speaker's own side, which the text does not name.
        if (!agents.length && !speakerOwned(ctx, i)) agents = agentLeftOf(ctx, i, 30, true);
        if (!agents.length && speechAt >= 0 && speechAt < i && STANCES.has(noun.relation)) agents = speaker;
      }
      // "strikes on a village in Shan State", "a supplier of fighter jets to the junta".
      const attack = noun.relation === "attacks";
      const patients = tokens[next] && noun.after.includes(tokens[next].norm)
        ? patientRightOf(ctx, next + 1, undefined, 8, attack, false)
        : tokens[next]?.norm === "of" ? patientRightOf(ctx, next + 1, noun.after.filter((p) => p !== "of"), 8) : [];
      emit(hedge === "threat" ? "threatens" : noun.relation, agents, patients, token.text, 0.65);
      continue;
    }

    if (!verbs || (!noun && isNounUse(ctx, i))) continue;
    // "have taken back territory", "pushing ISIL back": a particle, not the verb "back".
    if (norm === "back" && (VERB_FORMS.has(tokens[i - 1]?.norm ?? "") || /(ed|en|ook|ought|ing)$/.test(tokens[i - 1]?.norm ?? "") || at[i - 1] >= 0 && tokens[i - 2] && /(ing|ed)$/.test(tokens[i - 2].norm))) continue;
    // "one in Baghdad claimed by Daesh", "Daesh claimed responsibility": the claimant carried out the attack.
    if (CLAIM_WORDS.includes(norm)) {
      const by = tokens[i + 1]?.norm === "by" ? patientRightOf(ctx, i + 2, undefined, 3) : [];
      const claimed = by.length ? by : tokens.slice(i + 1, i + 5).some((t) => t.norm === "responsibility" || ATTACK_EVENTS.has(t.norm)) ? subjectOf(i) : [];
      acts.push(...claimed.map(keyOf));
      continue;
    }
    for (const { spec, form } of verbs) {
      if (spec.particle && tokens[i + 1]?.norm !== spec.particle) continue;
      if (spec.object && !tokens.slice(i + 1, i + 4).some((t) => spec.object!.includes(t.norm))) continue;
      const end = spec.particle ? i + 1 : i;
      const trigger = tokens.slice(i, end + 1).map((t) => t.text).join(" ");
      const hedge = negatedOrHedged(ctx, i, spec.relation);
      if (hedge === "negated") {
        // "denied backing the M23 and accused the army": the denial still has a subject for what follows.
        previous = { agents: subjectOf(i), patients: patientRightOf(ctx, end + 1, spec.after), end };
        break;
      }
      const relation: EventRelation = hedge === "threat" ? "threatens" : spec.relation;

      let beforeVerb = i - 1;
      while (beforeVerb >= 0 && SKIP_BEFORE_VERB.has(tokens[beforeVerb].norm) && !BE.has(tokens[beforeVerb].norm)) beforeVerb--;
      // "is allied with X" states a relation in the active sense.
      const stative = !!spec.after?.includes(tokens[end + 1]?.norm ?? "");
      const passive = isParticiple(form, norm) && beforeVerb >= 0 && BE.has(tokens[beforeVerb].norm) && form !== "ing" && !stative;
      // "Armed and funded by Iran, ...": skip coordinated participles to reach "by".
      let byAt = end + 1;
      while (tokens[byAt]?.norm === "and" && VERB_FORMS.has(tokens[byAt + 1]?.norm ?? "")) byAt += 2;
      // "hit by water cannon fired by a Chinese coast guard vessel": the actor may come a few words on.
      const byAgent = tokens[byAt]?.norm === "by" ? patientRightOf(ctx, byAt + 1, undefined, 8) : [];

      if (isParticiple(form, norm) && byAgent.length && i <= 1) {
        // "Backed by Moscow, Damascus launched...".
        emit(relation, byAgent, mainSubjectAfter(ctx, byAt + 1), trigger, 0.8);
      } else if (passive || (isParticiple(form, norm) && byAgent.length)) {
        // "Idlib was shelled by regime forces" / "a plane shot down by HTS".
        const patients = agentLeftOf(ctx, beforeVerb >= 0 && passive ? beforeVerb : i, 30, false, relation === "attacks");
        emit(relation, byAgent, patients, trigger, 0.8);
        if (relation === "mediates" && byAgent.length && !patients.length) open.push({ relation, sources: byAgent.map(keyOf), trigger });
        // "The strikes were condemned by Iran": the condemned act's author is named elsewhere.
        const eventSubject = tokens.slice(Math.max(0, i - 5), i).some((t) => ATTACK_EVENTS.has(t.norm));
        if (relation === "condemns" && byAgent.length && !patients.length && eventSubject) open.push({ relation, sources: byAgent.map(keyOf), trigger });
      } else {
        let agents = subjectOf(i);
        // ", pounding positions...": a participle after a comma shares the main clause's subject.
        if (form === "ing" && tokens[i - 1]?.norm === ",") agents = previous?.agents.length ? previous.agents : firstActor(ctx);
        // "enemy fighters firing on Iraqi forces": the participle's subject is the unnamed noun before it.
        const before = tokens[i - 1];
        if (form === "ing" && before && ctx.at[i - 1] < 0 && /^\p{Ll}+$/u.test(before.text) && !FUNCTION_WORDS.has(before.norm) && !SKIP_BEFORE_VERB.has(before.norm) && before.norm !== "to" && !SUBORDINATORS.has(before.norm)) agents = [];
        // "after brokering a deal", "while shelling the town": the main clause's subject acts.
        if (form === "ing" && SUBORDINATORS.has(tokens[i - 1]?.norm ?? "")) agents = firstActor(ctx);
        // "Pyongyang said the test was a warning to...": a stance in reported words is the speaker's.
        if (!agents.length && speechAt >= 0 && speechAt < i && STANCES.has(relation)) agents = speaker;
        // "urged jihadists to battle the regime": the one who urges is behind the attack.
        if (tokens[i - 1]?.norm === "to") {
          let control = -1;
          for (let j = i - 2; j >= Math.max(0, i - 10) && control < 0; j--) if (CONTROL_VERBS.includes(tokens[j].norm)) control = j;
          if (control >= 0) agents = agentLeftOf(ctx, control);
          else if (speakerOwned(ctx, i - 1)) agents = [];
          // "The UK stands by Iraq to defeat Daesh": both sides of the previous relation pursue the aim.
          else if (previous && previous.end >= i - 3 && previous.agents.length) agents = [...new Set([...previous.agents, ...previous.patients])];
        }
        // "condemned the massacre and ...": an attack event with no named author is resolved from the document.
        const event = relation === "condemns" && condemnsAnEvent(ctx, end + 1);
        // "seize the hospital from ISIL": the verb's own preposition names the target before any direct object.
        const viaPrep = spec.after ? patientRightOf(ctx, end + 1, spec.after, 12, relation === "attacks", false) : [];
        const found = viaPrep.length ? viaPrep : patientRightOf(ctx, end + 1, spec.after, spec.after ? 12 : 8, relation === "attacks");
        const patients = event ? found.filter((p) => authorOfEvent(ctx, p)) : found;
        const accusation = KILL_VERBS.has(spec.base) || tokens.slice(end + 1, end + 8).some((t) => VICTIMS.has(t.norm));
        previous = { agents, patients, end: patients.length ? Math.max(...patients.map((p) => mentions[p].last)) : end };
        if (!patients.length && agents.length && (relation === "mediates" || (relation === "condemns" && condemnsAnEvent(ctx, end + 1)))) {
          open.push({ relation, sources: agents.map(keyOf), trigger });
        }
        const quoted = tokens.slice(0, i).filter((t) => /^["“”]$/.test(t.text)).length % 2 === 1;
        const inQuote = quoted && speechAt >= 0 && speaker.length > 0 && !agents.some((a) => speaker.includes(a));
        if (relation === "attacks" && agents.length && !patients.length && inQuote && accusation) {
          // An accusation of killing, quoted or reported: the speaker condemns those accused.
          emit("condemns", speaker, agents, trigger, 0.6);
        }
        if (spec.reverse) emit(relation, patients, agents, trigger, 0.7);
        else emit(relation, agents, patients, trigger, 0.8);
        if (spec.mutual) emit(relation, patients, agents, trigger, 0.7);
        // "Thai and Cambodian troops exchanged fire": each side acts on the other.
        if (spec.mutual && !patients.length && agents.length > 1) for (const a of agents) emit(relation, [a], agents, trigger, 0.7);
        if (relation === "attacks" && !patients.length) acts.push(...agents.map(keyOf));
      }
      break;
    }
  }
  return { relations, open, acts };
}
