import type { DictionaryMatch, Matcher, NameUse } from "../dictionary/matcher.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import type { ActorKind } from "../types.js";
import {
  COMPASS_WORDS,
  COREF_NOUNS,
  FORCE_MODIFIERS,
  DOMESTIC_FORCES,
  FORCE_NOUNS,
  FORCE_MODIFIERS_BEFORE,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  GROUP_ADJECTIVES,
  GROUP_COUNTS,
  GROUP_REFERENCE_NOUNS,
  GROUP_PRONOUNS,
  GROUP_NOUNS,
  HARDWARE_NOUNS,
  LOCATIVE_PREPS,
  MEMBER_NOUNS,
  NAME_CUES,
  NAME_PREFIX_CUES,
  NON_ACTOR_NOUNS,
  PERSON_PRONOUNS,
  PLACE_NOUNS,
  PLAIN_MODIFIERS,
  POPULATION_NOUNS,
  PROTEST_NOUNS,
  SENTENCE_STARTERS,
  SUBJECT_PRONOUNS,
  WEAPON_NOUNS,
} from "../vocabulary/cues.js";
import { TITLE_WORDS, WEAK_TITLE_WORDS } from "../vocabulary/titles.js";
import { NOUN_TRIGGERS, VERB_FORMS } from "../vocabulary/lexicon.js";
import { MONTHS, WEEKDAYS } from "../vocabulary/calendar.js";
import { CALL_VERBS, CONTROL_VERBS } from "../vocabulary/triggers.js";
import { appositionAfter } from "./apposition.js";
import { opensRange } from "./ranges.js";
import type { Token } from "./tokens.js";

/** What a stretch of text refers to, before it is resolved against the rest of the document. */
export type Reference =
  /** A dictionary actor; `government` when the words name its government ("Syrian regime"), `seated` when through its seat ("the government in La Paz"). */
  | { type: "known"; entry: DictionaryEntry; use: NameUse; government: boolean; seated?: boolean }
  /** A name the dictionary lacks; `owner` is the actor it belongs to ("Iraqi Security Forces", "HTS chief X"). */
  /** `speaks`: followed by a speech verb or by "'s regime": what a person does, not a place. */
  /** `described`: its kind comes from a description in apposition ("X, a Meitei militia"), which holds for every mention of the name; `head` is that description's head noun, by which the text may name it again ("the militia"). */
  | { type: "name"; name: string; kind: ActorKind | "unknown"; title?: string; owner?: number; speaks?: boolean; described?: boolean; head?: string }
  /** "the Iraqi people", "the people of Syria": the state's people, not the state. */
  | { type: "people"; entry: DictionaryEntry }
  /** "the army", "the military": the armed force of the state in focus. */
  /** `police`: said of the police, who are the text's named police force when it names one. */
  | { type: "army"; police?: boolean }
  /** "protesters", "Georgian demonstrators": the crowd of the state named, else of the state in focus. */
  | { type: "protesters"; entry?: DictionaryEntry }
  /** "the regime", "regime forces", "the government", "the ruling party": a state's government, called by `noun`. */
  | { type: "regime"; noun: string }
  /** "the group", "the ministry", "he", "its": the latest fitting actor. */
  | { type: "anaphor"; kinds: ActorKind[]; noun: string }
  /** "the three countries", "both sides": that many fitting actors named before. */
  | { type: "group"; count: number; kinds: ActorKind[] }
  /** "the head of the group", "its leader": the leader of the latest fitting actor. */
  | { type: "leader"; kinds: ActorKind[] }
  /** "the Foreign Secretary": the person named earlier with that title. */
  | { type: "title"; title: string };

export interface Mention {
  first: number;
  last: number;
  ref: Reference;
  /** Preceded by "in", "across"...: a location, never an agent. */
  locative: boolean;
}

/** Last words of capitalised names of things, never actors: "the Mutual Defense Treaty", "the Abraham Accords". */
const THING_CUES = new Set(["treaty", "agreement", "accord", "accords", "act", "convention", "plan", "initiative", "deal", "pact", "protocol", "resolution", "charter", "declaration", "doctrine", "summit", "conference", "forum", "games", "cup", "prize", "award", "strategy", "framework", "roadmap"]);

const NAME_PREPOSITIONS = new Set(["of", "for", "on"]);
/** Nouns whose "'s" goes on with a body's name: "People's", "Workers'". */
const NAME_POSSESSORS = new Set(["people", "peoples", "workers", "women", "children", "martyrs", "citizens"]);
const CONNECTORS = new Set(["al", "al-", "el", "bu", "abu", "bin", "ibn", "bint", "de", "du", "da", "la", "van", "von", "der", "del", "dos", "y"]);
const LEADER_NOUNS = new Set(["head", "leader", "chief", "commander", "founder", "boss", "emir"]);
const GOVERNMENT_ADJECTIVES = new Set(["federal", "central", "national", "interim", "transitional", "military", "civilian", "new", "elected", "ruling", "recognised", "recognized"]);
const GROUP_OR_FORCE = new Set(["forces", "fighters", "militias", "militia", "troops", "rebels", "units", "brigades"]);
const AUXILIARIES = new Set(["has", "had", "have", "was", "were", "is", "are", "would", "will", "did", "could", "also", "then", "later"]);
const ARMY_NOUNS = new Set(["army", "military"]);
// ("dispersed by riot police": a passive's agent too.)
const CLAUSE_STARTS = new Set(["the", ",", "and", "when", "after", "as", "while", "before", "by"]);
/** Levels of government below the state: "the Borno state government". */
const LEVELS = new Set(["state", "provincial", "regional", "local", "county", "municipal", "district"]);
/** What an army sends out: "a military convoy" belongs to the army in focus, where "a military base" may be anyone's. */
const ARMY_ASSETS = new Set(["convoy", "patrol", "plane", "aircraft", "helicopter", "jet", "drone", "vessel", "ship", "truck", "column", "unit"]);
const SPEECH_AFTER = new Set(["said", "says", "told", "added", "stated", "wrote", "tweeted", "warned", "announced"]);
/** Prepositions of where something happens or is aimed ("from" also names where people come from). */
const PLACE_PREPS = new Set([...LOCATIVE_PREPS, "at"].filter((p) => p !== "from"));
const POSSESSED = new Set([...FORCE_NOUNS, ...NOUN_TRIGGERS.keys(), "allies", "ally", "backers", "backer", "patrons", "supporters", "proxies", "proxy", "fighters", "members"]);

/** Lower-case words that can open a mention in `findMentions` (every other opener is capitalised or in the dictionary). */
const MENTION_STARTS = new Set(["the", "both", "regime", "junta", "government", ...POPULATION_NOUNS, ...TITLE_WORDS, ...GOVERNMENT_NOUNS, ...ARMY_NOUNS, ...DOMESTIC_FORCES, ...FORCE_MODIFIERS_BEFORE, ...PROTEST_NOUNS, ...SUBJECT_PRONOUNS, ...PERSON_PRONOUNS, ...GROUP_PRONOUNS, "them"]);

export interface NameContext {
  /** Whether a sentence-initial word is also seen capitalised inside sentences, so it is a name. */
  isNameWord(norm: string): boolean;
  /** Whether a word is seen in lower case somewhere in the document, so it is a plain word. */
  isPlainWord(norm: string): boolean;
  /** Whether a word is part of a longer capitalised name somewhere in the document ("Trump" of "Donald Trump"). */
  isNamePart(norm: string): boolean;
}

// Months, weekdays, holidays and named operations are capitalised but never actors.
const CALENDAR = new Set(["operation", ...MONTHS, ...WEEKDAYS, "eid", "ramadan", "christmas", "easter"]);
/** What the police have that an attack may hit: "a police car", "a police post". */
const POLICE_ASSETS = new Set(["car", "cars", "vehicle", "vehicles", "station", "stations", "post", "posts", "patrol", "patrols", "checkpoint", "checkpoints", "headquarters", "convoy", "van"]);
/** What makes a coalition or party the government: "the governing coalition", "the ruling party". */
const RULING = new Set(["governing", "ruling"]);
/** Bodies only a state has: "its foreign ministry", "their embassy". */
const STATE_BODIES = new Set(["ministry", "embassy", "navy", "diplomats", "ambassador"]);
/** Holders of power in a place: "the authorities in Tehran", "officials in Kabul". */
const SEATED_NOUNS = new Set([...GOVERNMENT_NOUNS, "officials", "diplomats", "leaders", "rulers"]);
/** What may come before them when they belong to no one named ("Western diplomats in Moscow" are not Russia's): nothing, "the", a comma or a conjunction. */
const SEAT_OPENERS = new Set(["", "the", ",", "and", "that", "but"]);
// Endings of adjectives written with a capital: "Christian", "Catholic", "Buddhist", "Kurdish", "Western", "Shiite", "Sunni".
const ADJECTIVE_ENDING = /(ist|ic|ian|ish|ese|ern|ite|i)$/;
// Arabic name particles joined to a capitalised name: "al-Jolani", "bin-Laden".
const PARTICLE_NAME = /^(al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu|ben)-\p{Lu}/u;

/** Where the group noun after a name ends: "separatists", "separatist fighters", "de facto security forces"; or -1. */
function groupNounEnd(tokens: Token[], at: number, modifiers: ReadonlySet<string> = GROUP_ADJECTIVES): number {
  let j = at;
  while (j < at + 3 && modifiers.has(tokens[j]?.norm ?? "") && !tokens[j].upper) j++;
  const norm = tokens[j]?.norm ?? "";
  return GROUP_NOUNS.has(norm) || FORCE_NOUNS.has(norm) ? j : -1;
}

/** Whether a weapon noun follows, perhaps past two plain words: "Patriot missiles", "IRIS-T air defence systems". */
function hardwareAfter(tokens: Token[], from: number): boolean {
  for (let j = from; j < from + 3 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? ""); j++) if (HARDWARE_NOUNS.has(tokens[j].norm)) return true;
  return false;
}

/**
 * "Israel strikes Iran-backed militia": after a name, a force word with an object is the verb.
 * "India strikes militant camps": so is one with a plain word after it that is no verb ("Israel strikes kill 12").
 */
function forceWordIsVerb(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next) return false;
  if (/^(the|a|an)$|^\p{Lu}/u.test(next.text)) return true;
  return VERB_FORMS.has(tokens[at].norm) && /^\p{Ll}+$/u.test(next.text) && !VERB_FORMS.has(next.norm) && !FUNCTION_WORDS.has(next.norm);
}

/** Whether a "-based" follows within a few words: "the New York-based organisation". */
function basedSoon(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 4); j++) if (tokens[j].joined && tokens[j].norm === "based") return true;
  return false;
}

/** A name particle goes on with the name: "Pieter van Aalst, the Dutch diplomat…" opening a sentence. */
const particled = (tokens: Token[]) => !!tokens[1] && CONNECTORS.has(tokens[1].norm) && !tokens[1].upper && isUpperWord(tokens[2]);

/** "Anglophone separatists ambushed…": a word opening the sentence, never written in lower case, before a group noun names the group. */
function groupName(tokens: Token[], context: NameContext): boolean {
  const norm = tokens[0].norm;
  return groupNounEnd(tokens, 1) > 0 && !PLAIN_MODIFIERS.has(norm) && !SENTENCE_STARTERS.has(norm) && !/(ed|ing|ly)$/.test(norm) && !context.isPlainWord(norm);
}

/** Whether token `j` is a noun that points back ("the group"); capitalised only right after "the" ("the Alliance"). */
const corefAt = (tokens: Token[], j: number, afterThe: boolean) => !!COREF_NOUNS.get(tokens[j]?.norm ?? "") && (!tokens[j].upper || afterThe);

function isUpperWord(token: Token | undefined): boolean {
  if (!token) return false;
  const c = token.text.charCodeAt(0);
  // Most words start with a plain letter: in lower case a name only as a particle ("al-Assad"),
  // in capitals unless a month or a day.
  if (c >= 97 && c <= 122) return token.text.includes("-") && PARTICLE_NAME.test(token.text);
  if (c >= 65 && c <= 90) return !CALENDAR.has(token.norm);
  if (CALENDAR.has(token.norm)) return false;
  if (/^\d+(st|nd|rd|th)$/.test(token.norm)) return true;
  return (token.upper && /\p{L}/u.test(token.text)) || PARTICLE_NAME.test(token.text);
}

/** Titles that head a person's title: "Chief Minister", "Commander", "Ambassador". */
const HEAD_TITLES = new Set(["minister", "president", "chief", "governor", "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador", "leader", "mayor", "chairman", "chairwoman", "envoy", "premier"]);

/** Whether capitalised title words at `at` are followed by a name that is no body's: "Chief Minister Abdulraof Macarambon". */
function titleBeforePerson(tokens: Token[], at: number): boolean {
  if (!HEAD_TITLES.has(tokens[at].norm) || !tokens[at].upper) return false;
  let j = at;
  while (isUpperWord(tokens[j]) && TITLE_WORDS.has(tokens[j].norm)) j++;
  let k = j;
  while (isUpperWord(tokens[k]) && !TITLE_WORDS.has(tokens[k].norm)) k++;
  return k > j && !NAME_CUES.has(tokens[k - 1].norm);
}

/** The tokens of a run of capitalised words starting at `at` (with connectors such as "al" or "of" inside). */
function nameRun(tokens: Token[], at: number, matcher: Matcher): number {
  let last = at - 1;
  let i = at;
  let afterOf = false;
  while (i < tokens.length) {
    const token = tokens[i];
    // "Bangsamoro Chief Minister Abdulraof Macarambon": a title before a person's name ends the body's name.
    if (i > at && titleBeforePerson(tokens, i)) break;
    // A dictionary name ends the run: "Donald Trump Reuters" is a person and a news agency.
    if (isUpperWord(token) && !(i > at && matcher.matchAt(tokens, i))) {
      last = i;
      i++;
      // An initial and its dot inside a name: "S. Jaishankar", "George W. Bush".
      if (token.text.length === 1 && tokens[i]?.text === "." && isUpperWord(tokens[i + 1])) i++;
      continue;
    }
    // "Inter-American Commission on Human Rights": a body's name goes on through "of", "for" and "on".
    // (Once through one, through the next: "Front for the Liberation of the Enclave of Cabinda".)
    const joins = CONNECTORS.has(token.norm) || (NAME_PREPOSITIONS.has(token.norm) && (afterOf || hasOrgCue(tokens, at, last)));
    // "Bureau of Fisheries and Aquatic Resources": after an organisation's "of", "and" goes on with its name.
    const continues = token.norm === "and" && afterOf && !matcher.matchAt(tokens, i + 1);
    // "Front for the Liberation of the Enclave of Cabinda": a body's name goes on through "for the" and "of the".
    const throughThe = joins && NAME_PREPOSITIONS.has(token.norm) && tokens[i + 1]?.norm === "the" && !matcher.matchAt(tokens, i + 2);
    // "All People's Congress", "Sudan People's Liberation Army": a people's "'s" inside a body's name.
    const possessive = token.norm === "'s" && last === i - 1 && NAME_POSSESSORS.has(tokens[last].norm);
    const step = throughThe ? 2 : 1;
    if ((joins || continues || possessive) && last >= at && isUpperWord(tokens[i + step])) {
      afterOf ||= NAME_PREPOSITIONS.has(token.norm);
      i += step;
      continue;
    }
    break;
  }
  return last;
}

function hasOrgCue(tokens: Token[], first: number, last: number): boolean {
  if (last < first) return false;
  const kind = NAME_CUES.get(tokens[last].norm) ?? NAME_PREFIX_CUES.get(tokens[first].norm);
  // "Government of National Stability" goes on through its "of" too.
  return kind === "organization" || kind === "armed_group" || kind === "government";
}

function classify(tokens: Token[], first: number, last: number): ActorKind | "unknown" {
  const cue = NAME_CUES.get(tokens[last].norm) ?? NAME_PREFIX_CUES.get(tokens[first].norm);
  if (cue) return cue;
  // "Bureau of Fisheries", "Commission for Human Rights", "Gulf of Aden": the cue comes before its "of" or "for".
  for (let j = first; j < last; j++) {
    const head = NAME_CUES.get(tokens[j].norm);
    if (NAME_PREPOSITIONS.has(tokens[j + 1].norm) && head && head !== "media" && head !== "person") return head;
  }
  return last > first ? "person" : "unknown";
}

function text(tokens: Token[], first: number, last: number, source: string, offset: number): string {
  return source.slice(tokens[first].start - offset, tokens[last].end - offset);
}

/** Whether a one-word capital is the given name of a person the dictionary lacks: "Sofia Lindqvist", not "Moscow State University". */
function givenNameAt(tokens: Token[], match: DictionaryMatch, matcher: Matcher): boolean {
  const next = match.last + 1;
  if (match.use !== "metonym" || match.first !== match.last || !isUpperWord(tokens[next]) || matcher.matchAt(tokens, next) || TITLE_WORDS.has(tokens[next].norm)) return false;
  return classify(tokens, match.first, nameRun(tokens, next, matcher)) === "person";
}

/** Index of the last title word of a title starting at `at`, or -1. */
function titleEnd(tokens: Token[], at: number, matcher: Matcher): number {
  if (!TITLE_WORDS.has(tokens[at].norm)) return -1;
  if (WEAK_TITLE_WORDS.has(tokens[at].norm) && !tokens[at].upper) return -1;
  let i = at;
  while (i + 1 < tokens.length && (TITLE_WORDS.has(tokens[i + 1].norm) || tokens[i + 1].text === ".")) i++;
  while (tokens[i].text === ".") i--;
  return portfolioEnd(tokens, i, matcher) ?? i;
}

/**
 * "Minister for the Middle East Tobias Ellwood", "Secretary of State Antony Blinken": capitalised words
 * after "for" or "of" belong to the title when a two-word name still follows them. A dictionary actor
 * there ("President of France Emmanuel Macron") stays a mention of its own.
 */
function portfolioEnd(tokens: Token[], last: number, matcher: Matcher): number | undefined {
  let j = last + 1;
  if (tokens[j]?.norm !== "for" && tokens[j]?.norm !== "of") return undefined;
  j++;
  if (tokens[j]?.norm === "the") j++;
  let end = j;
  while (isUpperWord(tokens[end]) && !matcher.matchAt(tokens, end)) end++;
  // At least one word of portfolio and a given name and a surname.
  return end - j >= 3 && !isUpperWord(tokens[end]) ? end - 3 : undefined;
}

/**
 * Finds the actor mentions of one sentence: dictionary names (longest first), titled people,
 * unknown capitalised names, and words that point back to earlier actors.
 */
export function findMentions(tokens: Token[], sentence: string, offset: number, matcher: Matcher, context: NameContext): Mention[] {
  const mentions: Mention[] = [];
  // The word before a mention that would begin at `first`, past "the" and compass words: "in Idlib", "in the Idlib region", "in northwestern Syria".
  const wordBefore = (first: number) => {
    let j = first - 1;
    while (j >= 0 && (tokens[j].norm === "the" || COMPASS_WORDS.has(tokens[j].norm))) j--;
    return j;
  };
  const push = (first: number, last: number, ref: Reference) => {
    const j = wordBefore(first);
    const source = tokens[j - 1]?.norm ?? "";
    // "The authorities in Tehran", "officials in Kabul": those who hold power in a state's seat are its government or its state.
    const seated = tokens[j]?.norm === "in" && ref.type === "known" && ref.entry.kind === "state" && ref.use !== "demonym" && SEATED_NOUNS.has(source) && SEAT_OPENERS.has(tokens[j - 2]?.norm ?? "");
    if (seated && ref.type === "known" && GOVERNMENT_NOUNS.has(source)) ref = { ...ref, government: true, seated: true };
    const locative = !seated && j >= 0 && LOCATIVE_PREPS.has(tokens[j].norm) && !(tokens[j].norm === "from" && (MEMBER_NOUNS.has(source) || WEAPON_NOUNS.has(source))) && !opensRange(tokens, j);
    mentions.push({ first, last, ref, locative });
  };
  // "Iran's foreign minister, Abbas Araghchi": the mention before a title and a comma at `at` owns the name after them.
  const appositive = (at: number): { owner: number; title: string } | undefined => {
    if (tokens[at - 1]?.text !== ",") return undefined;
    let k = at - 2;
    while (k >= 0 && TITLE_WORDS.has(tokens[k].norm)) k--;
    const previous = mentions[mentions.length - 1];
    // A person owns no one here: "Trump's envoy, Steve Witkoff" works for a government the text names elsewhere.
    if (k === at - 2 || !previous || (previous.ref.type === "name" && (previous.ref.kind === "person" || previous.ref.kind === "unknown"))) return undefined;
    // The title's first words may be in the mention: "Pakistan's army" of "Pakistan's army chief".
    const owned = previous.last === k || (previous.last === k - 1 && tokens[k].norm === "'s") || (previous.last > k && previous.last < at - 2);
    return owned ? { owner: mentions.length - 1, title: text(tokens, k + 1, at - 2, sentence, offset) } : undefined;
  };

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    // Every rule below starts from a dictionary word, a cue word or a name word: most words are none of these.
    if (!isUpperWord(token) && !MENTION_STARTS.has(token.norm) && !matcher.starts(token.norm)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];

    const found = matcher.matchAt(tokens, i);
    // "Sofia Lindqvist", "Victoria Nuland": a capital before a name word the dictionary lacks is a given name.
    const givenName = !!found && givenNameAt(tokens, found, matcher);
    const match = givenName ? undefined : found;
    if (match) {
      const after = tokens[match.last + 1];
      const afterNorm = after?.norm ?? "";
      const isState = match.entry.kind === "state";
      // "Iraqi Security Forces": a demonym or state before a capitalised name with a cue is that body's owner.
      if (isUpperWord(after) && (match.use === "demonym" || isState || match.entry.kind === "organization") && !matcher.matchAt(tokens, match.last + 1)) {
        const runLast = nameRun(tokens, match.last + 1, matcher);
        // "Syrian Arab forces": a demonym, a capitalised word and a force make one group.
        if (match.use === "demonym" && GROUP_OR_FORCE.has(tokens[runLast + 1]?.norm ?? "") && !NAME_CUES.get(tokens[runLast].norm)) {
          push(i, runLast + 1, { type: "name", name: text(tokens, i, runLast + 1, sentence, offset), kind: "armed_group" });
          i = runLast + 2;
          continue;
        }
        // ("the Belize Territorial Volunteers, a nationalist group": a description may tell what no cue does.)
        const cued = classify(tokens, match.last + 1, runLast);
        const described = cued === "unknown" || cued === "person" ? appositionAfter(tokens, runLast) : undefined;
        const kind = described?.kind ?? cued;
        if (kind === "organization" || kind === "armed_group" || kind === "media") {
          push(match.first, match.last, { type: "known", entry: match.entry, use: match.use, government: false });
          push(i, runLast, { type: "name", name: text(tokens, i, runLast, sentence, offset), kind, owner: mentions.length - 1, ...(described ? { described: true } : {}) });
          i = runLast + 1;
          continue;
        }
      }
      // "the Syrian regime", "Myanmar's junta", "Myanmar's military government".
      const governing = afterNorm === "'s" ? (tokens[match.last + 2]?.norm === "military" ? match.last + 3 : match.last + 2) : match.last + 1;
      if (isState && GOVERNMENT_NOUNS.has(tokens[governing]?.norm ?? "")) {
        push(match.first, governing, { type: "known", entry: match.entry, use: match.use, government: true });
        i = governing + 1;
        continue;
      }
      // "ethnic Armenian forces" are a community's fighters, not the state of Armenia.
      if (isState && match.use === "demonym" && tokens[i - 1]?.norm === "ethnic") {
        const grouped = GROUP_NOUNS.has(afterNorm) || FORCE_NOUNS.has(afterNorm);
        if (grouped) push(i - 1, match.last + 1, { type: "name", name: text(tokens, i - 1, match.last + 1, sentence, offset), kind: "armed_group" });
        i = grouped ? match.last + 2 : match.last + 1;
        continue;
      }
      if (isState && match.use === "demonym" && GROUP_NOUNS.has(afterNorm)) {
        const name = text(tokens, i, match.last + 1, sentence, offset);
        push(i, match.last + 1, { type: "name", name, kind: "armed_group" });
        i = match.last + 2;
        continue;
      }
      if (isState && match.use === "demonym" && PROTEST_NOUNS.has(afterNorm)) {
        push(i, match.last + 1, { type: "protesters", entry: match.entry });
        i = match.last + 2;
        continue;
      }
      if (isState && match.use === "demonym" && POPULATION_NOUNS.has(afterNorm)) {
        push(i, match.last + 1, { type: "people", entry: match.entry });
        i = match.last + 2;
        continue;
      }
      // "the Chinese coast guard" is a force, "the Syrian coast" a place.
      const coastGuard = afterNorm === "coast" && tokens[match.last + 2]?.norm === "guard";
      if (coastGuard) {
        push(match.first, match.last + 2, { type: "known", entry: match.entry, use: match.use, government: false });
        i = match.last + 3;
        continue;
      }
      // "Yemeni rebel forces", "Somali Islamist militants": a group of the demonym's people, not the state's force.
      const rebels = isState && match.use === "demonym" ? groupNounEnd(tokens, match.last + 1) : -1;
      if (rebels > match.last + 1 && groupNounEnd(tokens, match.last + 1, FORCE_MODIFIERS) < 0) {
        push(i, rebels, { type: "name", name: text(tokens, i, rebels, sentence, offset), kind: "armed_group" });
        i = rebels + 1;
        continue;
      }
      // "Iraqi security forces", "Kyrgyz border guards": a force noun after a modifier or two (not "the Syrian border").
      const modified = groupNounEnd(tokens, match.last + 1, FORCE_MODIFIERS);
      if (modified > match.last + 1 && FORCE_NOUNS.has(tokens[modified].norm)) {
        push(match.first, modified, { type: "known", entry: match.entry, use: match.use, government: false });
        i = modified + 1;
        continue;
      }
      if (isState && match.use === "demonym" && NON_ACTOR_NOUNS.has(afterNorm)) {
        i = match.last + 1;
        continue;
      }
      const corefKinds = COREF_NOUNS.get(afterNorm);
      if (isState && match.use === "demonym" && corefKinds?.includes("armed_group")) {
        // "the Yemeni movement": the group named before, not the state.
        push(match.last + 1, match.last + 1, { type: "anaphor", kinds: corefKinds, noun: afterNorm });
        i = match.last + 2;
        continue;
      }
      // "Russian forces", "Kyiv's forces": the state acting through its force.
      const possessed = afterNorm === "'s" && FORCE_NOUNS.has(tokens[match.last + 2]?.norm ?? "");
      const force = FORCE_NOUNS.has(afterNorm) && !(match.use === "name" && forceWordIsVerb(tokens, match.last + 1));
      let last = force ? match.last + 1 : possessed ? match.last + 2 : match.last;
      // "Russian missiles and drones struck": force words joined by "and" are one force.
      if (force && tokens[last + 1]?.norm === "and" && FORCE_NOUNS.has(tokens[last + 2]?.norm ?? "")) last += 2;
      push(match.first, last, { type: "known", entry: match.entry, use: match.use, government: false });
      i = last + 1;
      continue;
    }

    // Titles, governments, leaders, armies and pronouns: each rule below starts from one of these words.
    if (MENTION_STARTS.has(token.norm)) {
      // A title followed by a name: "Presidential spokesman Ibrahim Kalin", "HTS chief Abu Mohammed al-Jolani".
      const tEnd = titleEnd(tokens, i, matcher);
      if (tEnd >= 0 && (token.upper || (mentions.length > 0 && mentions[mentions.length - 1].last === i - 1))) {
        const nameStart = tEnd + 1;
        // "Defence Minister Israel Katz": a dictionary word can start a name when another capitalised word follows it.
        const known = matcher.matchAt(tokens, nameStart);
        const startsName = !known || (known.first === known.last && isUpperWord(tokens[nameStart + 1]) && !matcher.matchAt(tokens, nameStart + 1) && !TITLE_WORDS.has(tokens[nameStart + 1].norm));
        const nameLast = isUpperWord(tokens[nameStart]) && startsName ? Math.max(nameRun(tokens, nameStart + (known ? 1 : 0), matcher), nameStart) : -1;
        if (nameLast >= nameStart) {
          const previous = mentions[mentions.length - 1];
          const owned = previous && (previous.last === i - 1 || (previous.last === i - 2 && tokens[i - 1].norm === "'s"));
          // "Pakistan's army chief, General Asim Munir": the apposition's owner and title come first.
          const apposed = owned ? undefined : appositive(i);
          const owner = owned ? mentions.length - 1 : apposed?.owner;
          const kind = classify(tokens, nameStart, nameLast);
          if (kind === "person" || kind === "unknown") {
            push(nameStart, nameLast, {
              type: "name",
              name: text(tokens, nameStart, nameLast, sentence, offset),
              kind: "person",
              title: apposed?.title ?? text(tokens, i, tEnd, sentence, offset),
              owner,
            });
          } else {
            // "Iran's Foreign Ministry": the title words belong to the body's name.
            push(i, nameLast, { type: "name", name: text(tokens, i, nameLast, sentence, offset), kind, owner });
          }
          i = nameLast + 1;
          continue;
        }
        if (tokens[i - 1]?.norm === "the" && token.upper) {
          push(i, tEnd, { type: "title", title: text(tokens, i, tEnd, sentence, offset) });
          i = tEnd + 1;
          continue;
        }
      }

      // "the Government of Iraq", "the regime of Bashar al-Assad's Syria": one mention of that state's government;
      // "the people of Iraq", "the population of Syria": of its people.
      const people = POPULATION_NOUNS.has(token.norm);
      if ((people || GOVERNMENT_NOUNS.has(token.norm)) && next?.norm === "of") {
        // "the government of the Democratic Republic of Congo".
        const state = matcher.matchAt(tokens, tokens[i + 2]?.norm === "the" ? i + 3 : i + 2);
        if (state && state.entry.kind === "state") {
          push(i, state.last, people ? { type: "people", entry: state.entry } : { type: "known", entry: state.entry, use: state.use, government: true });
          i = state.last + 1;
          continue;
        }
      }
      // "regime", "the regime", "regime forces", "the government".
      const isGovernment = token.norm === "government";
      const governmentForce = isGovernment && FORCE_NOUNS.has(next?.norm ?? "");
      // "the government", "the federal government", "the interim government".
      const definite = tokens[i - 1]?.norm === "the" || (tokens[i - 2]?.norm === "the" && GOVERNMENT_ADJECTIVES.has(tokens[i - 1]?.norm ?? ""));
      // "the Government of National Unity" is a name, not "the government".
      const named = token.upper && (next?.norm === "of" || next?.norm === "for") && isUpperWord(tokens[i + 2]);
      if (!named && (token.norm === "regime" || token.norm === "junta" || governmentForce || (isGovernment && definite))) {
        const last = FORCE_NOUNS.has(next?.norm ?? "") && next?.norm !== "regime" ? i + 1 : i;
        push(i, last, { type: "regime", noun: token.norm });
        i = last + 1;
        continue;
      }

      // "the three countries", "both sides", "the warring parties".
      const counted = token.norm === "both" ? i : token.norm === "the" && !next?.upper ? i + 1 : -1;
      const count = counted >= 0 ? GROUP_COUNTS.get(tokens[counted]?.norm ?? "") : undefined;
      const groupKinds = count ? GROUP_REFERENCE_NOUNS.get(tokens[counted + 1]?.norm ?? "") : undefined;
      if (count && groupKinds && !isUpperWord(tokens[counted + 2])) {
        push(i, counted + 1, { type: "group", count, kinds: groupKinds });
        i = counted + 2;
        continue;
      }
      // "the head of the group", "its leader", "the group's chief".
      if (token.norm === "the" && LEADER_NOUNS.has(next?.norm ?? "") && tokens[i + 2]?.norm === "of") {
        const nounAt = tokens[i + 3]?.norm === "the" ? i + 4 : -1;
        const kinds = nounAt > 0 ? COREF_NOUNS.get(tokens[nounAt]?.norm ?? "") : undefined;
        if (kinds) {
          push(i, nounAt, { type: "leader", kinds });
          i = nounAt + 1;
          continue;
        }
      }
      if (GROUP_PRONOUNS.has(token.norm) && LEADER_NOUNS.has(next?.norm ?? "")) {
        push(i, i + 1, { type: "leader", kinds: ["armed_group", "organization", "state", "government"] });
        i += 2;
        continue;
      }
      // "the army", "Army aircraft": the armed force of the state in focus.
      // ("a military base" is no one's army.)
      // ("a military convoy" is the army's all the same.)
      // ("an army supply convoy" too.)
      const asset = ARMY_ASSETS.has(next?.norm ?? "") || ARMY_ASSETS.has(tokens[i + 2]?.norm ?? "");
      const indefinite = (tokens[i - 1]?.norm === "a" || tokens[i - 1]?.norm === "an") && !asset;
      if (ARMY_NOUNS.has(token.norm) && !indefinite && (tokens[i - 1]?.norm === "the" || i === 0 || FORCE_NOUNS.has(next?.norm ?? "") || asset) && !isUpperWord(next) && (i === 0 || !token.upper)) {
        const last = FORCE_NOUNS.has(next?.norm ?? "") ? i + 1 : i;
        push(i, last, { type: "army" });
        i = last + 1;
        continue;
      }
      // "fired tear gas at thousands of demonstrators": a crowd no one names is an actor all the same.
      if (PROTEST_NOUNS.has(token.norm)) {
        push(i, i, { type: "protesters" });
        i++;
        continue;
      }
      // "Riot police fired tear gas", "Soldiers raided the village": unowned forces opening a clause are the state in focus's.
      const forceEnd = DOMESTIC_FORCES.has(token.norm) ? i : FORCE_MODIFIERS_BEFORE.has(token.norm) && (DOMESTIC_FORCES.has(next?.norm ?? "") || next?.norm === "forces") ? i + 1 : -1;
      // ("a bomb under a police car", "a raid on a police post": what belongs to the police is theirs.)
      const policeAsset = token.norm === "police" && POLICE_ASSETS.has(next?.norm ?? "");
      if (forceEnd >= 0 && (i === 0 || CLAUSE_STARTS.has(tokens[i - 1].norm) || policeAsset) && !isUpperWord(tokens[forceEnd + 1])) {
        push(i, forceEnd, tokens[forceEnd].norm === "police" ? { type: "army", police: true } : { type: "army" });
        i = forceEnd + 1;
        continue;
      }
      // "the New York-based organisation": the noun after a base named with a hyphen points back.
      if (token.norm === "the" && basedSoon(tokens, i + 2) && isUpperWord(next) && !matcher.matchAt(tokens, i + 1)) {
        const base = nameRun(tokens, i + 1, matcher) + 1;
        if (tokens[base]?.joined && tokens[base].norm === "based" && corefAt(tokens, base + 1, false)) {
          const noun = tokens[base + 1].norm;
          push(base + 1, base + 1, { type: "anaphor", kinds: COREF_NOUNS.get(noun)!, noun });
          i = base + 2;
          continue;
        }
      }
      // "the governing coalition", "the ruling party": the government of the state in focus.
      if (token.norm === "the" && RULING.has(next?.norm ?? "") && (tokens[i + 2]?.norm === "coalition" || tokens[i + 2]?.norm === "party")) {
        push(i + 1, i + 2, { type: "regime", noun: tokens[i + 2].norm });
        i += 3;
        continue;
      }
      // "the group", "the paramilitary group", "the Iran-backed group".
      // "the Alliance", "the Coalition" capitalised still point back, unless a name goes on ("the Alliance of Sahel States").
      const nounAt = token.norm !== "the" ? undefined : corefAt(tokens, i + 1, true) ? i + 1 : corefAt(tokens, i + 2, false) ? i + 2 : undefined;
      const nameGoesOn = nounAt !== undefined && (isUpperWord(tokens[nounAt + 1]) || (tokens[nounAt].upper && ["of", "for"].includes(tokens[nounAt + 1]?.norm ?? "")));
      if (nounAt !== undefined && !nameGoesOn && (nounAt === i + 1 || !isUpperWord(tokens[i + 1]))) {
        const noun = tokens[nounAt].norm;
        push(nounAt, nounAt, { type: "anaphor", kinds: COREF_NOUNS.get(noun)!, noun });
        i = nounAt + 1;
        continue;
      }
      // "it had targeted", "they fired", "it struck": a subject pronoun before its verb.
      // ("it fully backed": an adverb may come between.)
      const verbAt = next && /^\p{Ll}+ly$/u.test(next.text) ? i + 2 : i + 1;
      const verb = tokens[verbAt];
      if (SUBJECT_PRONOUNS.has(token.norm) && verb && (AUXILIARIES.has(verb.norm) || /ed$/.test(verb.norm) || VERB_FORMS.has(verb.norm))) {
        push(i, i, { type: "anaphor", kinds: token.norm === "it" ? ["state", "government", "armed_group", "organization"] : ["armed_group", "state", "government"], noun: token.norm });
        i++;
        continue;
      }
      // "urging them to lift the bans", "called on them to": an object pronoun urged to act stands for actors named before.
      // ("called them illegal" names things.)
      const urger = tokens[i - 1]?.norm === "on" ? tokens[i - 2] : tokens[i - 1];
      if (token.norm === "them" && next?.norm === "to" && (CALL_VERBS.has(urger?.norm ?? "") || CONTROL_VERBS.has(urger?.norm ?? ""))) {
        push(i, i, { type: "anaphor", kinds: ["armed_group", "state", "government", "organization"], noun: token.norm });
        i++;
        continue;
      }
      if (PERSON_PRONOUNS.has(token.norm)) {
        push(i, i, { type: "anaphor", kinds: ["person"], noun: token.norm });
        i++;
        continue;
      }
      // ("Its foreign ministry said": one plain word may come between, and the body then speaks for the actor.)
      const modified = !!next && /^\p{Ll}+$/u.test(next.text) && !FUNCTION_WORDS.has(next.norm) && FORCE_NOUNS.has(tokens[i + 2]?.norm ?? "");
      if (GROUP_PRONOUNS.has(token.norm) && (POSSESSED.has(next?.norm ?? "") || modified || matcher.matchAt(tokens, i + 1)?.use === "demonym")) {
        const last = modified ? i + 2 : i;
        // ("its foreign ministry", "their embassy": only a state has one.)
        const kinds: ActorKind[] = STATE_BODIES.has(tokens[i + (modified ? 2 : 1)]?.norm ?? "") ? ["state", "government"] : ["armed_group", "organization", "state", "government"];
        push(i, last, { type: "anaphor", kinds, noun: token.norm });
        i = last + 1;
        continue;
      }
    }

    // An unknown capitalised name.
    // A name particle goes on with the name: "Pieter van Aalst, the Dutch diplomat…" opening a sentence.
    // (So does a description after it: "Haalvsh, a group that documents abuses, said".)
    if (isUpperWord(token) && !(i === 0 && !context.isNameWord(token.norm) && !isUpperWord(next) && !particled(tokens) && !groupName(tokens, context) && !appositionAfter(tokens, 0))) {
      const starter = SENTENCE_STARTERS.has(token.norm);
      const first = starter ? i + 1 : i;
      if (first < tokens.length && isUpperWord(tokens[first]) && (givenName || !matcher.matchAt(tokens, first)) && !TITLE_WORDS.has(tokens[first].norm)) {
        const last = nameRun(tokens, first, matcher);
        const after = tokens[last + 1];
        // "Buddhist temple", "Western partners": one capitalised word before a plain noun is an adjective.
        // ("Kurdish targets": a word shaped like a demonym stays an adjective before any plain word but a force.)
        const grouped = groupNounEnd(tokens, last + 1);
        const demonymLike = /(ish|ian|ese|i)$/.test(token.norm) && grouped < 0;
        const regional = LEVELS.has(after?.norm ?? "") && GOVERNMENT_NOUNS.has(tokens[last + 2]?.norm ?? "");
        const adjective = last === first && after && !after.upper && /^\p{L}+$/u.test(after.text) && !/ed$/.test(after.norm) && grouped < 0 && !regional;
        const cue = NAME_CUES.get(tokens[first].norm);
        if (adjective && !cue && !context.isNamePart(token.norm) && !FUNCTION_WORDS.has(after.norm) && !NAME_CUES.get(after.norm) && (demonymLike || (!VERB_FORMS.has(after.norm) && !FORCE_NOUNS.has(after.norm)))) {
          // "the Torkham crossing", "the Piagapo detachment": before a site's noun, a name that is no adjective is the place ("a Christian village" is not).
          if (PLACE_NOUNS.has(after.norm) && !ADJECTIVE_ENDING.test(tokens[first].norm)) {
            push(first, last + 1, { type: "name", name: text(tokens, first, last, sentence, offset), kind: "place" });
            i = last + 2;
            continue;
          }
          i = last + 1;
          continue;
        }
        // ("Coalition aircraft" are the coalition's: a name cue keeps its actor.)
        if (THING_CUES.has(tokens[last].norm) || (hardwareAfter(tokens, last + 1) && !NAME_CUES.has(tokens[last].norm))) {
          i = last + 1;
          continue;
        }
        const rules = tokens[last + 1]?.norm === "'s" && tokens.slice(last + 2, last + 4).some((t) => GOVERNMENT_NOUNS.has(t.norm));
        const speaks = SPEECH_AFTER.has(tokens[last + 1]?.norm ?? "") || rules;
        // "the Viv Ansanm coalition": a lowercase cue word after a name belongs to it and tells its kind.
        const trailing = tokens[last + 1] && !tokens[last + 1].upper ? NAME_CUES.get(tokens[last + 1].norm) : undefined;
        if (trailing === "armed_group" || trailing === "organization") {
          push(first, last + 1, { type: "name", name: text(tokens, first, last, sentence, offset), kind: trailing, speaks });
          i = last + 2;
          continue;
        }
        // "the Assad regime", "the Maduro junta": a name and a government noun name a government;
        // so do a region's: "the Borno state government", "the Kurdistan regional government".
        const governs = regional ? last + 2 : last + 1;
        if (GOVERNMENT_NOUNS.has(tokens[governs]?.norm ?? "")) {
          push(first, governs, { type: "name", name: text(tokens, first, governs, sentence, offset), kind: "government", speaks });
          i = governs + 1;
          continue;
        }
        // "Coalition military forces", "Coalition aircraft": the force is the named body acting.
        let end = last;
        while (end < last + 2 && (FORCE_NOUNS.has(tokens[end + 1]?.norm ?? "") || (tokens[end + 1]?.norm === "military" && FORCE_NOUNS.has(tokens[end + 2]?.norm ?? "")))) end++;
        // "Tigrayan forces": an unknown word with a force after it names an armed group.
        const named = classify(tokens, first, last);
        // "Anglophone separatist fighters", "Baloch separatists", "Abkhaz security forces".
        if (end === last && grouped > last && named === "unknown") end = grouped;
        // "near Deir Hafer", "in the Old City", "in northern Shan State": an untitled name of several words where something happens is a place.
        // ("the northern province of Quang Ninh", "the town of Rask": a place noun and "of" name a place.)
        const placeOf = tokens[first - 1]?.norm === "of" && NAME_CUES.get(tokens[first - 2]?.norm ?? "") === "place" && !tokens[first - 2].upper;
        const placed = (named === "person" || named === "unknown") && end === last && tokens[last + 1]?.norm !== "'s" && (PLACE_PREPS.has(tokens[wordBefore(first)]?.norm ?? "") ? named === "person" : placeOf);
        const kind = end > last && named === "unknown" ? "armed_group" : placed ? "place" : named;
        const apposed = kind === "person" && end === last ? appositive(first) : undefined;
        push(first, end, { type: "name", name: text(tokens, first, last, sentence, offset), kind, speaks, ...apposed });
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  ownersAfter(tokens, mentions, sentence, offset);
  return describedNames(tokens, mentions);
}

/**
 * "Arambai Tenggol, a Meitei militia": an unknown name takes the kind its description gives, and the
 * description names no actor of its own ("Meitei militia" is Arambai Tenggol). Owners are renumbered.
 */
function describedNames(tokens: Token[], mentions: Mention[]): Mention[] {
  let inside: Set<number> | undefined;
  mentions.forEach((m, k) => {
    if (m.ref.type !== "name" || m.ref.title) return;
    const described = appositionAfter(tokens, m.last);
    if (!described) return;
    m.ref = { ...m.ref, kind: described.kind, described: true, head: tokens[described.last].norm };
    for (let j = k + 1; j < mentions.length && mentions[j].first <= described.last; j++) if (mentions[j].ref.type === "name") (inside ??= new Set()).add(j);
  });
  if (!inside) return mentions;
  const kept: Mention[] = [];
  const renumbered = new Map<number, number>();
  mentions.forEach((m, k) => {
    if (inside!.has(k)) return;
    renumbered.set(k, kept.length);
    kept.push(m);
  });
  for (const m of kept) if (m.ref.type === "name" && m.ref.owner !== undefined) m.ref = { ...m.ref, owner: renumbered.get(m.ref.owner) };
  return kept;
}

/**
 * "General Abdourahamane Tiani, the head of the junta", "Yahya Sinwar, Hamas's leader in Gaza", "Emmanuel
 * Macron, the French president": a title in
 * apposition after a person names the actor the person belongs to, which comes later in the sentence.
 */
function ownersAfter(tokens: Token[], mentions: Mention[], sentence: string, offset: number): void {
  // (Indexed on first need: few sentences have a person followed by a comma.)
  let starts: Map<number, number> | undefined;
  mentions.forEach((person) => {
    const ref = person.ref;
    if (ref.type !== "name" || ref.kind !== "person" || ref.owner !== undefined || tokens[person.last + 1]?.text !== ",") return;
    const startingAt = (starts ??= new Map(mentions.map((m, k) => [m.first, k])));
    let j = person.last + 2;
    if (tokens[j]?.norm === "the") j++;
    const titleFrom = (from: number) => {
      let t = from;
      while (t < tokens.length && TITLE_WORDS.has(tokens[t].norm)) t++;
      return t;
    };
    let owner: number | undefined;
    let title: [number, number] | undefined;
    const possessor = startingAt.get(j);
    if (possessor !== undefined) {
      // "Hamas's leader", "the French president".
      const from = mentions[possessor].last + (tokens[mentions[possessor].last + 1]?.norm === "'s" ? 2 : 1);
      const end = titleFrom(from);
      // "the UN Secretary-General's special representative" holds someone else's title.
      if (end > from && tokens[end]?.norm !== "'s") [owner, title] = [possessor, [from, end - 1]];
    } else {
      const end = titleFrom(j);
      const of = tokens[end]?.norm === "of" ? (tokens[end + 1]?.norm === "the" ? end + 2 : end + 1) : -1;
      if (end > j && of > 0 && startingAt.has(of)) [owner, title] = [startingAt.get(of)!, [j, end - 1]];
    }
    const owning = owner !== undefined ? mentions[owner].ref : undefined;
    if (!owning || !title || owning.type === "anaphor" || owning.type === "leader" || (owning.type === "name" && (owning.kind === "person" || owning.kind === "unknown"))) return;
    // The apposition's title is the role held there ("General X, the head of the junta" heads it).
    person.ref = { ...ref, owner, title: text(tokens, title[0], title[1], sentence, offset) };
  });
}
