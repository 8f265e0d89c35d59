import type { ActorKind, EventRelation } from "../types.js";
import {
  BACKER_NOUNS,
  BETWEEN_OBJECTS,
  CALL_VERBS,
  CLAIM_WORDS,
  CLAIMED_LANDS,
  DRAWING,
  HOSTED,
  HYPHEN_BACKING,
  PERPETRATION_WORDS,
  CONTROL_VERBS,
  MEDIATION_GUESTS,
  MEDIATION_OBJECTS,
  PROTEGE_NOUNS,
  SPEECH_VERBS,
  STOP_VERBS,
  TARGET_PREPS,
  VERDICT_VERBS,
  VERDICTS,
  type VerbSpec,
} from "../vocabulary/triggers.js";
import { HOSTING_FORMS, isParticiple, MEDIATION_FORMS, NOUN_TRIGGERS, VERB_FORMS } from "../vocabulary/lexicon.js";
import type { ResolvedMention } from "../resolve/document.js";
import { armedBodyName, FORCE_NOUNS, FUNCTION_WORDS, GROUP_NOUNS, MEMBER_NOUNS, POSSESSIVES } from "../vocabulary/cues.js";
import {
  agentLeftOf,
  BE,
  coordination,
  firstActor,
  isStanceVerb,
  mainSubjectAfter,
  namingClauseEnd,
  PATIENT_STOP,
  patientRightOf,
  possessorOf,
  speakerOwned,
  TIME_PREPOSITIONS,
} from "./arguments.js";
import { type Context, createContext, mentionEndingAt, usable } from "./context.js";
import { datedBy, mayDate } from "./history.js";
import { ATTACK_EVENTS, eventAuthors, eventKind, KILLING_EVENTS, objectEvent, type EventKind } from "./events.js";
import { mapped, someIn } from "./arrays.js";
import { negatedOrHedged } from "./modality.js";
import { findSpeech } from "./speech.js";
import { allianceAt, backedNoun } from "./alliances.js";
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
  /** For a stance toward an event ("condemned the sanctions"): the kind of act whose author it points at. */
  event?: EventKind;
  /** Whom the event hit, where the words say ("condemned the attack on the Piagapo detachment"). */
  targets?: string[];
  /** The event is named by its deaths ("denounced the killings"). */
  killing?: boolean;
}

export interface SentenceFacts {
  relations: SentenceRelation[];
  open: OpenRelation[];
  /** Actors that attacked something the sentence does not name as an actor ("fired a missile into the sea"). */
  acts: string[];
  /** Those attacked by no one the sentence names ("A police station was attacked with drones"). */
  victims: string[];
  /**
   * Claims of an act: "The assault was claimed by X", "X claimed responsibility"; and blame for one
   * ("blamed X for both incidents"), which names its authors but, unlike a claim, not the act others condemn.
   */
  claims: { by: string[]; trigger: string; blame?: boolean; act?: string }[];
}

/** Killing words and victims: reported accusations of these are condemnations. */
const KILL_VERBS = new Set(["kill", "murder", "massacre", "execute", "behead", "slaughter", "assassinate", "torture", "starve"]);

const VICTIMS = new Set(["civilians", "people", "children", "women", "patients", "residents", "villagers", "protesters", "innocent", "innocents", "families", "refugees", "worshippers", "students", "journalists", "men"]);

/** Words that open a clause of their own before its subject: "after police stations were attacked". */
const CLAUSE_OPENERS = new Set(["after", "before", "when", "while", "because", "until", "once", "although", "though"]);
const SUBORDINATORS = new Set(["after", "before", "while", "since", "when", "by", "despite", "without", "through"]);

const STANCES = new Set<EventRelation>(["condemns", "backs", "praises", "demands", "threatens", "sanctions"]);

/** Stances that an attack event as object turns toward its author. */
const EVENT_STANCES = new Set<EventRelation>(["condemns", "backs", "praises"]);

/** Attacks that answer another: their authors are not who "condemned the attack" means. */
const ANSWERS = new Set(["counterattack", "retaliate", "retake", "recapture", "liberate"]);

/** What a force has in the field: attacked with no owner named, it is the reporting side's. */
const OWN_ASSETS = new Set(["convoy", "patrol", "outpost", "post", "checkpoint", "base", "camp", "barracks", "position", "positions", "unit", "column", "vehicle", "helicopter", "aircraft", "plane", "ship", "vessel"]);

/** Things said, whose speakers act through them: "issued statements backing Manila". */
const STATEMENT_NOUNS = new Set(["statement", "statements", "remarks", "comments", "communique", "resolution", "resolutions", "letter", "letters", "declaration", "messages", "message"]);

/** Plain nouns for people who act: as the word right before a verb, its subject is no named actor. */
const UNNAMED_AGENTS = new Set([...MEMBER_NOUNS, ...GROUP_NOUNS, "gunmen", "attackers", "assailants", "paramilitaries", "terrorists", "bombers", "men", "shooters", "pirates", "bandits"]);

/** Whether the plain noun at `at` belongs to an actor named right before it: "Taliban border forces", "Russia's elite troops". */
function ownedNoun(ctx: Context, at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    if (ctx.at[j] >= 0 || ctx.tokens[j].norm === "'s") return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j].text) || FUNCTION_WORDS.has(ctx.tokens[j].norm) || SUBORDINATORS.has(ctx.tokens[j].norm)) return false;
  }
  return false;
}

/** The auxiliaries of perfect tenses: "has since supplied". */
const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);

const SKIP_BEFORE_VERB = new Set(["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "did", "does", "do", "also", "reportedly", "allegedly", "repeatedly", "again", "then", "later", "earlier", "now", "already", "just", "recently", "further", "jointly", "directly", "publicly", "strongly", "sharply", "firmly"]);

const NOUN_MARKERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "'s", "of", "in", "new", "fresh", "further", "deadly", "renewed", "latest", "recent", "heavy", "blistering", "brutal", "military", "air", "ground", "joint", "sustained", "any", "such", "continued", "repeated", "several", "terrorist", "suicide", "rocket", "missile", "drone", "chemical"]);

/** A "by" a few plain words on, before any actor, verb or clause break: where a passive names its agent. */
function laterBy(ctx: Context, from: number): number | undefined {
  for (let j = from; j < Math.min(ctx.tokens.length, from + 10); j++) {
    const t = ctx.tokens[j];
    if (t.norm === "by") return j;
    // ("was attacked on Thursday near the town of Buco-Zau by": a place on the way is passed.)
    const m = ctx.at[j];
    if ((m >= 0 && ctx.kinds.get(ctx.mentions[m].actor ?? "") !== "place") || PATIENT_STOP.has(t.norm) || VERB_FORMS.has(t.norm)) return undefined;
  }
  return undefined;
}

/** The first index in [from, to) of a token with this norm, or -1. */
function indexIn(tokens: Token[], from: number, to: number, norm: string): number {
  for (let j = Math.max(0, from); j < Math.min(to, tokens.length); j++) if (tokens[j].norm === norm) return j;
  return -1;
}

/** The last index in [from, to) of a token with this norm, or -1. */
function lastIndexIn(tokens: Token[], from: number, to: number, norm: string | ReadonlySet<string>): number {
  for (let j = to - 1; j >= Math.max(0, from); j--) if (typeof norm === "string" ? tokens[j].norm === norm : norm.has(tokens[j].norm)) return j;
  return -1;
}

const VERDICT_PHRASES = mapped([...VERDICTS], (verdict) => verdict.split(" "));
/** Whether a naming clause ("what it called", "what they described as") ends a few words before token `i`. */
function namedAct(ctx: Context, i: number): boolean {
  for (let j = Math.max(0, i - 7); j < i; j++) {
    const end = namingClauseEnd(ctx, j);
    if (end >= 0 && end < i && i - end <= 4) return true;
  }
  return false;
}

/** Where a verdict starts within the clause after a verb of naming ("called the attack cowardly"), or -1. */
function verdictAfter(tokens: Token[], from: number): number {
  // "called for", "called on": a request, not a name.
  if (["for", "on", "upon"].includes(tokens[from]?.norm ?? "")) return -1;
  for (let i = from; i < Math.min(tokens.length, from + 10); i++) {
    if (PATIENT_STOP.has(tokens[i].norm) && tokens[i].norm !== "as") return -1;
    if (VERDICT_PHRASES.some((words) => words.every((w, k) => tokens[i + k]?.norm === w))) return i;
  }
  return -1;
}

/** The words of tokens [from, to) joined by single spaces: a trigger as evidence shows it. */
function wordsOf(tokens: Token[], from: number, to: number): string {
  let words = "";
  for (let i = from; i < to; i++) words += i > from ? ` ${tokens[i].text}` : tokens[i].text;
  return words;
}

/** Quotation marks before token `i`: an odd count means `i` is inside a quotation. */
function quotesBefore(tokens: Token[], i: number): number {
  let count = 0;
  for (let j = 0; j < i; j++) if (tokens[j].text === '"' || tokens[j].text === "“" || tokens[j].text === "”") count++;
  return count;
}

/** Whether the words right before `i` are an actor's force: "US drone", "U.S. military drone". */
function forceBefore(ctx: Context, i: number): boolean {
  let j = i - 1;
  while (j > i - 3 && ctx.at[j] < 0 && FORCE_NOUNS.has(ctx.tokens[j].norm)) j--;
  return mentionEndingAt(ctx, j) >= 0;
}

function isNounUse(ctx: Context, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (!before) return false;
  // "a prisoner exchange brokered by Qatar": a participle before "by" is a passive verb, whatever comes before it.
  if (ctx.tokens[i + 1]?.norm === "by" && /ed$/.test(ctx.tokens[i].norm)) return false;
  // "our ongoing support": a possessive before an adjective makes the word a noun.
  const possessive = POSSESSIVES.has(ctx.tokens[i - 2]?.norm ?? "");
  if (possessive && /^\p{Ll}+$/u.test(before.text) && !FUNCTION_WORDS.has(before.norm) && ctx.at[i - 1] < 0 && !/ed$/.test(ctx.tokens[i].norm)) return true;
  // "car bomb attacks": a trigger right before a trigger noun modifies it; "condemn launch": a verb's object.
  // ("set fire to": a noun the verb takes as its object is no modifier; nor is a stance verb: "AU condemns attack".)
  const next = ctx.tokens[i + 1]?.norm ?? "";
  const verbs = VERB_FORMS.get(ctx.tokens[i].norm);
  if (NOUN_TRIGGERS.has(next) && !/ed$/.test(ctx.tokens[i].norm) && !verbs?.some((v) => v.spec.object?.includes(next) || v.spec.relation !== "attacks")) return true;
  if (ctx.at[i - 1] < 0 && VERB_FORMS.has(before.norm) && !NOUN_TRIGGERS.has(before.norm)) return true;
  // "supplied artillery shells and troops": a bare form after a plain noun, with no object, is a noun.
  const plainBefore = !before.upper && /^\p{L}+$/u.test(before.text) && !before.norm.endsWith("ly") && !SKIP_BEFORE_VERB.has(before.norm) && before.norm !== "to" && !VERB_FORMS.has(before.norm) && ctx.at[i - 1] < 0;
  // ("a militia armed and paid by X": a past form stays a verb.)
  if (plainBefore && !ctx.tokens[i].norm.endsWith("ed") && [",", "and", "to", ".", "from", "or"].includes(ctx.tokens[i + 1]?.norm ?? ".")) return true;
  // ("A US drone struck", "A U.S. military drone struck": after an actor's force, a past form is the verb.)
  if (NOUN_MARKERS.has(before.norm) && !(forceBefore(ctx, i) && !!verbs?.some((v) => v.form === "past"))) return true;
  // "amid strikes", "after attacks": a time preposition takes a noun ("after attacking" stays a verb).
  // ("has since supplied": after an auxiliary, "since" is an adverb.)
  if (TIME_PREPOSITIONS.has(before.norm) && !ctx.tokens[i].norm.endsWith("ing") && !PERFECT_AUXILIARIES.has(ctx.tokens[i - 2]?.norm ?? "")) return true;
  // "Russian strikes": a bare demonym before the word (not "Israeli jets struck").
  const m = mentionEndingAt(ctx, i - 1);
  // ("Iraqis unite": a plural demonym is a people, the subject of a verb.)
  return m >= 0 && ctx.mentions[m].first === i - 1 && !before.norm.endsWith("s") && ctx.mentions[m].ref.type === "known" && (ctx.mentions[m].ref as { use: string }).use === "demonym";
}

/** Whether the words around token `i` cancel its verb: "a general strike", "struck down the accord". */
function cancelled(tokens: Token[], i: number, cancel: NonNullable<VerbSpec["cancel"]>): boolean {
  return cancel.before.has(tokens[i - 1]?.norm ?? "") || (tokens[i + 1]?.norm === cancel.particle && tokens[i + 2]?.norm !== "by");
}

/** Where an attack noun stands among the three words from `from` ("blamed for an assault", "claimed responsibility for the raid"), or -1. */
function attackNounAt(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) if (ATTACK_EVENTS.has(tokens[j].norm)) return j;
  return -1;
}

/** Words that open another clause with its own subject. */
const NEW_CLAUSE_WORDS = new Set(["but", "while", "whereas", ";"]);
/** What those blamed for an act may be blamed for besides the act's own noun: "blamed X for both incidents". */
const INCIDENTS = new Set(["incident", "incidents"]);
/** Actors that hold talks on their own behalf: a state's talks with one other party are its diplomacy. */
const OWN_BEHALF = new Set<ActorKind>(["state", "government"]);
/** A bare demonym before a plain noun ("depend on Russian crude") names a thing of the country, not the country. */
function demonymOfThing(ctx: Context, m: number): boolean {
  const { ref, first, last } = ctx.mentions[m];
  const next = ctx.tokens[last + 1];
  return first === last && ref.type === "known" && ref.use === "demonym" && !!next && /^\p{Ll}+$/u.test(next.text) && !NOUN_TRIGGERS.has(next.norm);
}

/** The host that words after talks name: "hosted by X", "under the auspices of X", "with the mediation of X", "with X acting as mediator". */
function hostAfter(ctx: Context, from: number): number[] {
  const { tokens } = ctx;
  for (let j = from; j < Math.min(tokens.length, from + 15); j++) {
    const norm = tokens[j].norm;
    if (norm === ";" || norm === ".") break;
    if (HOSTED.has(norm) && tokens[j + 1]?.norm === "by") return patientRightOf(ctx, j + 2, undefined, 3);
    if ((norm === "auspices" || norm === "mediation") && tokens[j + 1]?.norm === "of") return patientRightOf(ctx, j + 2, undefined, 3);
    if ((norm === "acting" || norm === "serving") && tokens[j + 1]?.norm === "as" && MEDIATION_OBJECTS.has(tokens[j + 2]?.norm ?? "")) {
      const host = mentionEndingAt(ctx, j - 1);
      if (host >= 0 && usable(ctx, host)) return coordination(ctx, host);
    }
  }
  return [];
}

/** Every word a rule below starts from; the other words of a sentence are passed over at once. */
const RELATION_CUES = new Set([...HYPHEN_BACKING, ...BACKER_NOUNS, ...PROTEGE_NOUNS, ...STOP_VERBS, ...MEDIATION_FORMS, ...VERB_FORMS.keys(), ...NOUN_TRIGGERS.keys(), ...CLAIM_WORDS, ...PERPETRATION_WORDS, ...VERDICT_VERBS]);

/**
 * Finds the relations one sentence states, with their direction, trigger and confidence; none that the
 * sentence dates to `historyUntil` or earlier.
 */
export function findRelations(tokens: Token[], mentions: ResolvedMention[], kinds: Map<string, ActorKind>, historyUntil?: number, headline = false): SentenceFacts {
  const ctx = createContext(tokens, mentions, kinds);
  const history = historyUntil !== undefined && mayDate(tokens) ? historyUntil : undefined;
  const { at } = ctx;
  const relations: SentenceRelation[] = [];
  const open: OpenRelation[] = [];
  const acts: string[] = [];
  const victims: string[] = [];
  const claims: SentenceFacts["claims"] = [];
  // The last verb's arguments: "X denounced Y and accused Z" keeps X as the subject of "accused".
  let previous: { agents: number[]; patients: number[]; end: number } | undefined;
  const subjectOf = (i: number): number[] => {
    // "praised Kenya for hosting talks", "accused Kigali of sending troops": the object does the -ing.
    if (/ing$/.test(tokens[i].norm) && (tokens[i - 1]?.norm === "for" || tokens[i - 1]?.norm === "of")) {
      // ("accused the Jalisco New Generation Cartel (CJNG) of arming": past the acronym in brackets.)
      const object = mentionEndingAt(ctx, tokens[i - 2]?.norm === ")" ? i - 3 : i - 2);
      if (object >= 0 && usable(ctx, object)) return coordination(ctx, object);
    }
    // "Ecuador's presidency said in a statement that Glas was a criminal, and accused Mexico": a stance after
    // "and" that closes what a speaker said is the speaker's ("said it would cooperate, but the militia… and
    // accused" is another clause's).
    // ("had been directed and financed by X": verbs joined to a verb before them share its subject.)
    const joinedVerb = /ed$/.test(tokens[i - 2]?.norm ?? "");
    if (speaker.length && speechAt < i && tokens[i - 1]?.norm === "and" && !joinedVerb && isStanceVerb(tokens[i].norm) && speaker.every((k) => mentions[k].last < speechAt) && !someIn(tokens, speechAt, i, (t) => NEW_CLAUSE_WORDS.has(t.norm))) return speaker;
    const agents = agentLeftOf(ctx, i);
    if (previous && agents.length && agents.every((a) => previous!.patients.includes(a))) {
      const from = previous.end + 1;
      if (someIn(tokens, from, i, (t) => t.norm === "and") && !someIn(tokens, from, i, (t) => VERB_FORMS.has(t.norm) || SPEECH_VERBS.has(t.norm))) return previous.agents;
    }
    return agents;
  };
  const keyOf = (k: number) => mentions[k].actor!;

  const emit = (relation: EventRelation, agents: number[], patients: number[], trigger: string, confidence: number) => {
    // "Armenian forces shelled its positions": "its" is not one of the shellers but the actor before them
    // ("Azerbaijan's ministry said..."); with none, the sentence says nothing usable.
    const acts = (key: string | undefined) => agents.some((a) => mentions[a].actor === key);
    const targets = mapped(patients, (p) => (mentions[p].ref.type === "anaphor" && acts(mentions[p].actor) ? mentions[p].otherwise : keyOf(p)));
    if (patients.some((p, k) => mentions[p].ref.type === "anaphor" && (targets[k] === undefined || acts(targets[k])))) return;
    // "between the three countries": each actor a group reference stands for.
    const everyTarget = patients.some((p) => mentions[p].members) ? patients.flatMap((p, k) => mentions[p].members ?? [targets[k]!]) : (targets as string[]);
    // An attack with no attacker named waits for a claim.
    if (!agents.length && relation === "attacks") victims.push(...everyTarget);
    const sources = agents.some((a) => mentions[a].members) ? agents.flatMap((a) => mentions[a].members ?? [keyOf(a)]) : mapped(agents, keyOf);
    for (const source of sources) {
      for (const target of everyTarget) {
        if (source === target) continue;
        if (kinds.get(source) === "place") continue;
        if (kinds.get(target) === "place" && relation !== "attacks" && relation !== "mediates") continue;
        relations.push({ source, target, relation, trigger, confidence });
      }
    }
  };

  const { speaker, at: speechAt } = findSpeech(ctx);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const norm = token.norm;
    if (!RELATION_CUES.has(norm)) continue;

    // "Iran-backed Houthis", "Turkish-backed factions": the actor before the hyphen backs the one after.
    if (token.joined && HYPHEN_BACKING.has(norm) && mentionEndingAt(ctx, i - 1) >= 0 && usable(ctx, mentionEndingAt(ctx, i - 1))) {
      const backed = backedNoun(ctx, i + 1);
      emit("backs", [mentionEndingAt(ctx, i - 1)], backed, `${tokens[i - 1].text}-${token.text}`, 0.8);
      continue;
    }
    // Else a word split off a hyphen is no verb of its own: "Israeli-occupied", "Tripoli-based", and
    // "foreign-sponsored interference", with no actor before the hyphen.
    if (token.joined) continue;

    // "its Russian allies", "Iran's allies", "Hezbollah, an ally of Iran": who backs whom an alliance noun says.
    if (BACKER_NOUNS.has(norm) || PROTEGE_NOUNS.has(norm)) {
      const alliance = allianceAt(ctx, i);
      if (alliance) emit("backs", alliance.backers, alliance.backed, token.text, alliance.confidence);
      continue;
    }

    // "China called the Indian strikes regrettable", "described the raid as a violation": naming the act condemns its author.
    const verdictAt = VERDICT_VERBS.has(norm) ? verdictAfter(tokens, i + 1) : -1;
    if (verdictAt >= 0 && negatedOrHedged(ctx, i, "condemns") === undefined) {
      const agents = subjectOf(i);
      const event = objectEvent(ctx, i + 1);
      const named = patientRightOf(ctx, i + 1, undefined, verdictAt - i - 1);
      const patients = event ? eventAuthors(ctx, named, i + 1) : named;
      const trigger = wordsOf(tokens, i, i + 1);
      if (patients.length) emit("condemns", agents, patients, trigger, 0.7);
      else if (event && agents.length) open.push({ relation: "condemns", sources: agents.map(keyOf), trigger, event });
      previous = { agents, patients, end: verdictAt };
      i = verdictAt;
      continue;
    }

    // "called for Moscow, Damascus and Tehran to stop": the caller condemns them.
    if (STOP_VERBS.has(norm) && tokens[i - 1]?.norm === "to") {
      const targetEnd = mentionEndingAt(ctx, i - 2);
      if (targetEnd >= 0) {
        const targets = coordination(ctx, targetEnd);
        const first = Math.min(...targets.map((k) => mentions[k].first), mentions[targetEnd].first);
        for (let j = first - 1; j >= Math.max(0, first - 5); j--) {
          if (CALL_VERBS.has(tokens[j].norm)) {
            const callers = subjectOf(j);
            // "called on both sides to halt the fighting" takes no side: it condemns neither.
            if (!targets.some((k) => mentions[k].members)) emit("condemns", callers, targets, wordsOf(tokens, j, i + 1), 0.7);
            previous = { agents: callers, patients: targets, end: i };
            break;
          }
        }
      }
      continue;
    }

    // Mediation phrases: "hosted talks between", "pressing for a new ceasefire", "sending a delegation to Moscow".
    if (MEDIATION_FORMS.has(norm)) {
      const objectAt = tokens.slice(i + 1, i + 6).findIndex((t) => MEDIATION_OBJECTS.has(t.norm));
      // "urged Washington to press for a ceasefire" asks for mediation; it reports none.
      const requested = tokens[i - 1]?.norm === "to" && someIn(tokens, i - 8, i, (t) => CONTROL_VERBS.has(t.norm) || CALL_VERBS.has(t.norm));
      if (objectAt >= 0 && !requested && negatedOrHedged(ctx, i, "mediates") === undefined) {
        const objectIndex = i + 1 + objectAt;
        // ("an exchange brokered by Qatar after months of talks between Washington and Tehran": a passive's agent mediates.)
        const agents = tokens[i + 1]?.norm === "by" ? patientRightOf(ctx, i + 2, undefined, 3) : subjectOf(i);
        const guests = MEDIATION_GUESTS.includes(tokens[objectIndex].norm);
        // "hosted talks in the border city of Termez between X and Y": a place may come between.
        const preps = guests ? ["of", "from"] : BETWEEN_OBJECTS.has(tokens[objectIndex].norm) ? ["between"] : ["between", "with", "to", "on", "over", "for"];
        let found = patientRightOf(ctx, objectIndex + 1, preps, 10);
        // "acted as go-between, speaking by telephone with both X and Y": the parties in the clause after it.
        if (!found.length && tokens[objectIndex + 1]?.norm === "," && /ing$/.test(tokens[objectIndex + 2]?.norm ?? "")) found = patientRightOf(ctx, objectIndex + 3, ["with", "between"], 8);
        // "sent a mediation team to the Horn of Africa": a place it goes to is no party.
        const parties = found.some((p) => kinds.get(keyOf(p)) !== "place") ? found : [];
        const trigger = wordsOf(tokens, i, objectIndex + 1);
        // Guests from one side only make a visit, not a mediation.
        if (guests && parties.length < 2) continue;
        // "Russia held talks with Turkey": a state's talks with one other party are its own diplomacy, not a mediation.
        if (tokens[objectIndex + 1]?.norm === "with" && parties.length === 1 && !mentions[parties[0]].members && agents.length && agents.every((a) => OWN_BEHALF.has(kinds.get(keyOf(a))!))) {
          i = objectIndex;
          continue;
        }
        if (agents.length && parties.length) emit("mediates", agents, parties, trigger, 0.7);
        else if (agents.length) open.push({ relation: "mediates", sources: agents.map(keyOf), trigger });
        i = objectIndex;
        continue;
      }
      // "will host Pešić and Marić in Brussels", "hosted the two leaders": hosting two parties at once mediates between them.
      const guestsAt = tokens[i + 1]?.norm === "the" ? i + 2 : i + 1;
      if (objectAt < 0 && HOSTING_FORMS.has(norm) && !requested && at[guestsAt] >= 0 && mentions[at[guestsAt]].first === guestsAt && negatedOrHedged(ctx, i, "mediates") === undefined) {
        const guests = coordination(ctx, at[guestsAt]).filter((k) => usable(ctx, k) && kinds.get(keyOf(k)) !== "place");
        const parties = guests.flatMap((k) => mentions[k].members ?? [keyOf(k)]);
        if (new Set(parties).size >= 2) emit("mediates", subjectOf(i), guests, wordsOf(tokens, i, i + 1), 0.6);
      }
    }

    const verbs = VERB_FORMS.get(norm);
    // "A general strike", "struck down the accord" (the noun "strike" is a form of the verb too).
    if (verbs?.some((v) => v.spec.cancel && cancelled(tokens, i, v.spec.cancel))) continue;
    const noun = NOUN_TRIGGERS.get(norm);
    const insideMention = at[i] >= 0 && mentions[at[i]].first < i && mentions[at[i]].last === i;
    // "Allied Democratic Forces" names a group; only a trailing force word ("ADF attack") acts.
    if (at[i] >= 0 && !insideMention) continue;
    // ("crimes committed by Serb forces during the 1991 siege of Vukovar": acts named by nouns and claims are dated too.)
    if (history !== undefined && datedBy(tokens, i, history)) continue;
    const nounUse = noun && (!verbs || insideMention || isNounUse(ctx, i));

    if (nounUse && noun) {
      const hedge = negatedOrHedged(ctx, i, noun.relation);
      if (hedge === "negated") continue;
      // "denounced the attack as an assault on X" describes; it reports no new act.
      if (someIn(tokens, i - 5, i, (t) => t.norm === "as")) continue;
      // "the attack by X on Y" / "Russian strikes on Kharkiv" / "Damascus launched an offensive against Idlib".
      let agents: number[] = [];
      let next = i + 1;
      // "came under fire from X", "drawing criticism from Washington": X acts on the subject.
      if (tokens[i + 1]?.norm === "from") {
        const actors = patientRightOf(ctx, i + 1, ["from"], 6);
        const subject = noun.relation === "attacks" ? agentLeftOf(ctx, i, 30, true) : previous?.agents.length ? previous.agents : agentLeftOf(ctx, i, 30, true);
        const criticism = norm === "fire" && DRAWING.has(tokens[i - 1]?.norm ?? "");
        emit(criticism ? "condemns" : noun.relation, actors, subject, token.text, 0.65);
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
        // "the Iraqi Armed Forces, the PMF and others in support of the coalition": the list right before backs.
        let j = i - 2;
        while (j > i - 5 && j >= 0 && ["others", "and", ",", "all", "many"].includes(tokens[j].norm)) j--;
        const listed = mentionEndingAt(ctx, j);
        const backers = i <= 2 ? mainSubjectAfter(ctx, i + 2) : listed >= 0 && usable(ctx, listed) ? coordination(ctx, listed) : agentLeftOf(ctx, i);
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
      // "talks between X and Y resumed under the auspices of Norway": the host comes after the parties.
      if (noun.relation === "mediates" && !agents.length && patients.length > 1) agents = hostAfter(ctx, Math.max(...patients.map((k) => mentions[k].last)) + 1);
      emit(hedge === "threat" ? "threatens" : noun.relation, agents, patients, token.text, 0.65);
      continue;
    }

    // "one in Baghdad claimed by Daesh", "Daesh claimed responsibility": the claimant carried out the attack.
    // ("a statement carried by its radio station": "carried" perpetrates only with "out".)
    if (CLAIM_WORDS.has(norm) || (PERPETRATION_WORDS.has(norm) && (norm !== "carried" || tokens[i + 1]?.norm === "out"))) {
      // "a strip claimed by both Sudan and South Sudan": a claim to land, not to an act.
      if (CLAIM_WORDS.has(norm) && (CLAIMED_LANDS.has(tokens[i - 1]?.norm ?? "") || tokens[i + 2]?.norm === "both")) continue;
      // ("were claimed hours later by X": a time may come between; "claimed responsibility in a statement carried by" names no claimant.)
      const passiveClaim = BE.has(tokens[i - 1]?.norm ?? "");
      const byAt = tokens[i + 1]?.norm === "out" ? i + 2 : passiveClaim && tokens[i + 1]?.norm !== "by" ? (laterBy(ctx, i + 1) ?? i + 1) : i + 1;
      const by = tokens[byAt]?.norm === "by" ? patientRightOf(ctx, byAt + 1, undefined, 3) : [];
      // "the group did not claim responsibility": a claim denied or doubted names no one.
      const denied = negatedOrHedged(ctx, i, "attacks") === "negated";
      const claimed = denied ? [] : !CLAIM_WORDS.has(norm) && !verbs ? by : by.length ? by : someIn(tokens, i + 1, i + 5, (t) => t.norm === "responsibility" || ATTACK_EVENTS.has(t.norm)) ? subjectOf(i) : [];
      acts.push(...claimed.map(keyOf));
      if (claimed.length) {
        // ("claimed responsibility for an arson attack", "claimed the raid": the act claimed, when the claim names it;
        // "claimed responsibility on Friday for…": a time may come between.)
        const forAt = tokens[i + 1]?.norm === "responsibility" ? indexIn(tokens, i + 2, i + 6, "for") : -1;
        const actAt = attackNounAt(tokens, forAt >= 0 ? forAt + 1 : i + 1);
        claims.push({ by: claimed.map(keyOf), trigger: token.text, ...(actAt >= 0 ? { act: tokens[actAt].norm } : {}) });
      }
      continue;
    }
    // "Officials blamed BRN fighters for both incidents": those blamed for acts told without their author carried
    // them out, as a claimant would have (the blame is a condemnation too, found below).
    if (verbs?.some((v) => v.spec.base === "blame") && !BE.has(tokens[i - 1]?.norm ?? "") && negatedOrHedged(ctx, i, "condemns") === undefined) {
      const blamed = patientRightOf(ctx, i + 1, undefined, 4);
      const end = blamed.length ? Math.max(...blamed.map((k) => mentions[k].last)) : -1;
      if (end >= 0 && tokens[end + 1]?.norm === "for" && someIn(tokens, end + 2, end + 5, (t) => ATTACK_EVENTS.has(t.norm) || INCIDENTS.has(t.norm))) {
        claims.push({ by: blamed.map(keyOf), trigger: token.text, blame: true });
      }
    }
    if (!verbs || (!noun && isNounUse(ctx, i))) continue;
    // "have taken back territory", "pushing ISIL back": a particle, not the verb "back".
    if (norm === "back" && (VERB_FORMS.has(tokens[i - 1]?.norm ?? "") || /(ed|en|ook|ought|ing)$/.test(tokens[i - 1]?.norm ?? "") || at[i - 1] >= 0 && tokens[i - 2] && /(ing|ed)$/.test(tokens[i - 2].norm))) continue;
    // "stormed by armed youths", "attacked by masked gunmen": a participle after "by" describes the agent.
    if (tokens[i - 1]?.norm === "by" && /(ed|en)$/.test(norm)) continue;
    for (const { spec, form } of verbs) {
      if (spec.particle && tokens[i + 1]?.norm !== spec.particle) continue;
      // ("exchanged mortar and machine-gun fire", "deliver two more IRIS-T air defence systems": the object may come a few words on.)
      if (spec.object && !someIn(tokens, i + 1, i + 10, (t) => spec.object!.includes(t.norm))) continue;
      const end = spec.particle ? i + 1 : i;
      const trigger = wordsOf(tokens, i, end + 1);
      const hedge = negatedOrHedged(ctx, i, spec.relation);
      if (hedge === "negated") {
        // "denied backing the M23 and accused the army": the denial still has a subject for what follows.
        previous = { agents: subjectOf(i), patients: patientRightOf(ctx, end + 1, spec.after), end };
        break;
      }
      const alternative = spec.alternative && someIn(tokens, end + 1, end + 4, (t) => spec.alternative!.words.includes(t.norm)) ? spec.alternative.relation : undefined;
      const relation: EventRelation = hedge === "threat" ? "threatens" : alternative ?? spec.relation;

      let beforeVerb = i - 1;
      while (beforeVerb >= 0 && SKIP_BEFORE_VERB.has(tokens[beforeVerb].norm) && !BE.has(tokens[beforeVerb].norm)) beforeVerb--;
      // "is allied with X" states a relation in the active sense ("was fired on" is still a passive attack).
      const stative = spec.relation !== "attacks" && !!spec.after?.includes(tokens[end + 1]?.norm ?? "");
      // "Georgian police post fired on from Abkhazia": a headline's passive, with no "was".
      const fromAt = relation === "attacks" && isParticiple(form, norm) && spec.after?.includes(tokens[end + 1]?.norm ?? "") && tokens[end + 2]?.norm === "from" ? end + 2 : -1;
      // ("Greek patrol boat rammed off Imia": a headline tells an act in the present, so its past form is a passive.)
      const headlinePassive = headline && relation === "attacks" && isParticiple(form, norm) && form !== "ing";
      const passive = (isParticiple(form, norm) && beforeVerb >= 0 && BE.has(tokens[beforeVerb].norm) && form !== "ing" && !stative) || fromAt > 0 || headlinePassive;
      // "Armed and funded by Iran, ...": skip coordinated participles to reach "by".
      let byAt = end + 1;
      // ("a militia armed and paid by X": any participle right before "by" may join it.)
      while (tokens[byAt]?.norm === "and" && (VERB_FORMS.has(tokens[byAt + 1]?.norm ?? "") || (/^\p{Ll}+$/u.test(tokens[byAt + 1]?.text ?? "") && tokens[byAt + 2]?.norm === "by"))) byAt += 2;
      // "was fired on early on Wednesday by X": a passive's agent may follow its preposition and a time.
      if (fromAt > 0) byAt = fromAt;
      else if (passive && tokens[byAt]?.norm !== "by") byAt = laterBy(ctx, byAt) ?? byAt;
      // "hit by water cannon fired by a Chinese coast guard vessel": the actor may come a few words on.
      const byAgent = tokens[byAt]?.norm === "by" || byAt === fromAt ? patientRightOf(ctx, byAt + 1, undefined, 8) : [];
      // "two banks accused of helping Minsk", "blamed for the attack": a participle straight before "of" or
      // "for" is passive, as the active verb takes its object first; who accused is not said here.
      if (isParticiple(form, norm) && !stative && !byAgent.length && !passive && (tokens[end + 1]?.norm === "of" || tokens[end + 1]?.norm === "for")) break;
      // "The militants were blamed for an assault on an army post in Piagapo": those blamed carried out the act.
      if (spec.relation === "condemns" && passive && !byAgent.length && tokens[end + 1]?.norm === "for") {
        const act = attackNounAt(tokens, end + 2);
        if (act >= 0) {
          const blamed = agentLeftOf(ctx, beforeVerb);
          emit("attacks", blamed, patientRightOf(ctx, act + 1, TARGET_PREPS, 8, true, false), tokens[act].text, 0.6);
          break;
        }
      }

      if (isParticiple(form, norm) && byAgent.length && i <= 1) {
        // "Backed by Moscow, Damascus launched...".
        emit(relation, byAgent, mainSubjectAfter(ctx, byAt + 1), trigger, 0.8);
      } else if (passive || (isParticiple(form, norm) && byAgent.length)) {
        // "Idlib was shelled by regime forces" / "a plane shot down by HTS".
        // "Noboa extended the emergency after police stations were attacked": the passive's subject is in its own clause.
        const from = beforeVerb >= 0 && passive ? beforeVerb : i;
        const clauseStart = lastIndexIn(tokens, from - 30, from, CLAUSE_OPENERS);
        let patients = agentLeftOf(ctx, from, clauseStart >= 0 ? from - clauseStart - 1 : 30, false, relation === "attacks");
        // "Talks between the government and protest leaders, brokered by X": the parties are after "between",
        // not the host before them ("Kenya hosted talks between A and B, brokered by the AU").
        if (relation === "mediates") {
          // ("a prisoner exchange brokered by Qatar after months of talks between Washington and Tehran": or after it.)
          const before = lastIndexIn(tokens, i - 12, i, "between");
          const between = before >= 0 ? before : indexIn(tokens, byAt + 1, byAt + 14, "between");
          const parties = between >= 0 ? patientRightOf(ctx, between + 1, undefined, 6) : [];
          if (parties.length || !patients.length) patients = parties;
        }
        // "The army said the convoy was attacked by X": an asset nobody is said to own is the speaker's.
        if (relation === "attacks" && !patients.length && byAgent.length && speechAt >= 0 && speechAt < i && someIn(tokens, speechAt + 1, i, (t) => OWN_ASSETS.has(t.norm))) patients = speaker;
        emit(relation, byAgent, patients, trigger, 0.8);
        if (relation === "mediates" && byAgent.length && !patients.length) open.push({ relation, sources: byAgent.map(keyOf), trigger });
        // ("the trawler was fired upon by an Equatoguinean patrol boat": an attack on no one named still has its author.)
        if (relation === "attacks" && byAgent.length && !patients.length) acts.push(...byAgent.map(keyOf));
        // "The strikes were condemned by Iran": the condemned act's author is named elsewhere.
        let eventSubject: EventKind | undefined;
        for (let j = Math.max(0, i - 5); j < i && !eventSubject; j++) eventSubject = eventKind(tokens[j].norm);
        if (relation === "condemns" && byAgent.length && !patients.length && eventSubject) open.push({ relation, sources: byAgent.map(keyOf), trigger, event: eventSubject });
      } else {
        let agents = subjectOf(i);
        // ", pounding positions...": a participle after a comma shares the main clause's subject.
        // ("Militants attacked a convoy carrying Chinese engineers, killing…": a main clause's unnamed subject stays unnamed.)
        // ("…," spokesman Wu Zhenhai told a briefing, warning Brussels": after speech, the speaker.)
        if (form === "ing" && tokens[i - 1]?.norm === ",") agents = previous ? previous.agents : speaker.length && speechAt < i ? speaker : firstActor(ctx);
        // "enemy fighters firing on Iraqi forces": the participle's subject is the unnamed noun before it.
        const before = tokens[i - 1];
        // ("issued statements backing Manila": words said are their speakers' act.)
        if (form === "ing" && before && ctx.at[i - 1] < 0 && /^\p{Ll}+$/u.test(before.text) && !FUNCTION_WORDS.has(before.norm) && !SKIP_BEFORE_VERB.has(before.norm) && before.norm !== "to" && !SUBORDINATORS.has(before.norm) && !STATEMENT_NOUNS.has(before.norm)) agents = [];
        // "after gunmen killed 26 tourists": an unnamed attacker right before the verb is its subject, not an actor
        // further back ("Taliban border forces fired" are the Taliban's).
        if (before && ctx.at[i - 1] < 0 && UNNAMED_AGENTS.has(before.norm) && before.text === before.norm && !ownedNoun(ctx, i - 1)) agents = [];
        // "condemned what it called a barbaric attack": who names an act did not commit it.
        if (namedAct(ctx, i)) agents = [];
        // "after brokering a deal", "while shelling the town": the main clause's subject acts.
        if (form === "ing" && SUBORDINATORS.has(tokens[i - 1]?.norm ?? "")) agents = firstActor(ctx);
        // "Pyongyang said the test was a warning to...": a stance in reported words is the speaker's;
        // "Ankara said the raids targeted the PKK": so are the acts of unowned events it reports.
        const reportedEvent = ATTACK_EVENTS.has(tokens[beforeVerb]?.norm ?? "") && ctx.at[beforeVerb] < 0 && !possessorOf(ctx, beforeVerb).length;
        // ("companies that the bloc says finance X": a verb right after the speech verb is the relative clause's, not the speaker's.)
        // ("suggested the gunmen had been directed and financed by X": a passive's agent follows; the speaker is none.)
        const byFollows = tokens[end + 1]?.norm === "by" || (/^["”’]$/u.test(tokens[end + 1]?.text ?? "") && tokens[end + 2]?.norm === "by");
        if (!agents.length && speechAt >= 0 && speechAt < i && !SPEECH_VERBS.has(tokens[i - 1]?.norm ?? "") && !byFollows && (STANCES.has(relation) || (relation === "attacks" && reportedEvent))) agents = speaker;
        // "urged jihadists to battle the regime": the one who urges is behind the attack.
        // "to defeat", "to degrade and defeat": the aim of whoever the infinitive belongs to.
        const toAt = tokens[i - 1]?.norm === "to" ? i - 1 : tokens[i - 1]?.norm === "and" && tokens[i - 3]?.norm === "to" ? i - 3 : -1;
        if (toAt >= 0) {
          let control = -1;
          for (let j = toAt - 1; j >= Math.max(0, toAt - 9) && control < 0; j--) if (CONTROL_VERBS.has(tokens[j].norm)) control = j;
          if (control >= 0) agents = agentLeftOf(ctx, control);
          else if (speakerOwned(ctx, toAt)) agents = [];
          // "The UK stands by Iraq to defeat Daesh": both sides of the previous relation pursue the aim.
          else if (previous && previous.end >= i - 3 && previous.agents.length) agents = [...new Set([...previous.agents, ...previous.patients])];
        }
        // "condemned the massacre and ...": an attack event with no named author is resolved from the document.
        // "praised the strikes on ISIL", "backed the offensive on Mosul": the stance is toward the attack's author, not its target.
        const event = EVENT_STANCES.has(relation) ? objectEvent(ctx, end + 1) : undefined;
        // "seize the hospital from ISIL": the verb's own preposition names the target before any direct object.
        const viaPrep = spec.after ? patientRightOf(ctx, end + 1, spec.after, 12, relation === "attacks", false) : [];
        const found = spec.direct ? patientRightOf(ctx, end + 1, [], 8, false, true) : viaPrep.length ? viaPrep : patientRightOf(ctx, end + 1, spec.after, spec.after ? 12 : 8, relation === "attacks");
        const patients = event ? eventAuthors(ctx, found, end + 1) : found;
        if (spec.notPersons && patients.some((p) => kinds.get(keyOf(p)) === "person")) break;
        previous = { agents, patients, end: patients.length ? Math.max(...patients.map((p) => mentions[p].last)) : end };
        if (!patients.length && agents.length && relation === "mediates") open.push({ relation, sources: agents.map(keyOf), trigger });
        if (!patients.length && agents.length && relation === "condemns" && event) {
          const killing = someIn(tokens, end + 1, end + 6, (t) => KILLING_EVENTS.has(t.norm));
          open.push({ relation, sources: agents.map(keyOf), trigger, event, targets: mapped(found, keyOf), killing });
        }
        const inQuote = () => speechAt >= 0 && speaker.length > 0 && quotesBefore(tokens, i) % 2 === 1 && !agents.some((a) => speaker.includes(a));
        const accusation = () => KILL_VERBS.has(spec.base) || someIn(tokens, end + 1, end + 8, (t) => VICTIMS.has(t.norm));
        if (relation === "attacks" && agents.length && !patients.length && inQuote() && accusation()) {
          // An accusation of killing, quoted or reported: the speaker condemns those accused.
          emit("condemns", speaker, agents, trigger, 0.6);
        }
        // ("The All People's Congress, which has often clashed with the ruling party": bodies that clash argue,
        // unless they carry arms: police forces and peacekeeping missions are organisations too.)
        const unarmed = (k: number) => kinds.get(keyOf(k)) === "organization" && mentions[k].ref.type !== "anaphor" && !armedBodyName(mentions[k].surface);
        if (spec.mutual && relation === "attacks" && [...agents, ...patients].some(unarmed)) break;
        // ("relied on Russian support" is backing, "depend on Russian crude" trade.)
        if (spec.reverse) emit(relation, patients.filter((p) => !demonymOfThing(ctx, p)), agents, trigger, 0.7);
        else emit(relation, agents, patients, trigger, 0.8);
        // An alliance stated instead ("fought alongside X") runs from the subject only.
        if (spec.mutual && !alternative) emit(relation, patients, agents, trigger, 0.7);
        // "Thai and Cambodian troops exchanged fire": each side acts on the other.
        if (spec.mutual && !patients.length && agents.length > 1) for (const a of agents) emit(relation, [a], agents, trigger, 0.7);
        // A strike back ("hits back", "counterattacked", "retaliated", "retook the town") is no one's first act:
        // "condemned the raid" means the other side's.
        const answer = tokens[end + 1]?.norm === "back" || ANSWERS.has(spec.base);
        if (relation === "attacks" && !patients.length && !answer) acts.push(...agents.map(keyOf));
      }
      break;
    }
  }
  return { relations, open, acts, victims, claims };
}
