import { slug } from "../dictionary/countries.js";
import { mapped } from "../extract/arrays.js";
import { largest } from "../graph/order.js";
import type { ActorKind, StructuralRelation } from "../types.js";
import { PERSON_PRONOUNS, PRONOUNS } from "../vocabulary/cues.js";
import { MEDIATION_FORMS, VERB_FORMS } from "../vocabulary/lexicon.js";
import { SPEECH_VERBS } from "../vocabulary/triggers.js";
import { titleRelation } from "../vocabulary/titles.js";
import type { Mention } from "../extract/mentions.js";
import type { Token } from "../extract/tokens.js";

const SPECIFIC_NOUNS = new Set(["coalition", "ministry", "council", "observatory", "agency", "monitor", "commission"]);

/** An actor as one document knows it. */
export interface DocActor {
  key: string;
  label: string;
  kind: ActorKind;
  aliases: Set<string>;
  mentions: number;
  role?: string;
  /** Key of the actor this one belongs to, with the structural relation between them. */
  affiliation?: { key: string; relation: StructuralRelation; sentence: number };
  /** Head nouns of the descriptions in apposition it was given ("the White Army, a militia of…"): what "the militia" may mean. */
  heads?: Set<string>;
}

export interface SentenceMentions {
  tokens: Token[];
  mentions: Mention[];
  /** Text of the sentence and its offset, to read the surface form of a mention. */
  text: string;
  offset: number;
}

/** A mention with the document actor it refers to (undefined when it refers to nothing usable). */
export interface ResolvedMention extends Mention {
  actor?: string;
  surface: string;
  /** For "its" and "their": the fitting actor of the sentence before the one chosen, should the chosen one be acting on itself. */
  otherwise?: string;
  /** For "the three countries", "both sides": every actor meant (`actor` is the first). */
  members?: string[];
}

export interface ResolvedDocument {
  actors: Map<string, DocActor>;
  sentences: ResolvedMention[][];
}

// (Most names do not start with a "t": they skip the regular expression.)
const stripArticle = (name: string) => ((name.charCodeAt(0) | 0x20) === 116 ? name.replace(/^(the|The)\s+/, "") : name);
// A body whose name is only a title and a cue ("Foreign Ministry") takes its state's adjective: "Iranian Foreign Ministry".
const GENERIC_NAME = /^((foreign|defen[cs]e|interior|health|justice|information|security|finance|home|state|public|national|armed|special|presidential|republican|revolutionary|military|air|naval|border|civil|emergency|federal|central|general|supreme|high|affairs|of|and|the)\s+)*\S+$/i;
/** The key short mentions of a person match on: "al-Jolani" and "Jolani" both give "jolani". */
export const lastName = (name: string) => stripArticle(name).split(/\s+/).pop()!.toLowerCase().replace(/^(al|el)-/, "");

function hasWord(tokens: Token[], norm: string): boolean {
  for (const t of tokens) if (t.norm === norm) return true;
  return false;
}

const RELATIVES = new Set(["which", "who", "whose", "whom"]);

/**
 * The mentions not inside a relative clause closed before token `at`: in "Japan, which signed a pact with
 * Manila, reaffirmed its support", "its" cannot be Manila.
 */
function outsideClauses(tokens: Token[], before: ResolvedMention[], at: number): ResolvedMention[] {
  let open = -1;
  const closed: [number, number][] = [];
  for (let i = 0; i < at; i++) {
    if (tokens[i].norm !== ",") continue;
    if (open >= 0) {
      closed.push([open, i]);
      open = -1;
    } else if (RELATIVES.has(tokens[i + 1]?.norm ?? "")) open = i;
  }
  return closed.length ? before.filter((m) => !closed.some(([from, to]) => m.first > from && m.last < to)) : before;
}

/**
 * Full names by their first word in lower case ("abiy" → "Abiy Ahmed"), none for a first word two names share.
 * Values stay strings, so comparing them stays optimised.
 */
function byFirstWord(names: Iterable<string>): Map<string, string> {
  const found = new Map<string, string>();
  const shared = new Set<string>();
  for (const name of names) {
    const first = name.split(/\s+/)[0].toLowerCase();
    const before = found.get(first);
    if (before === undefined) found.set(first, name);
    else if (before !== name) shared.add(first);
  }
  for (const first of shared) found.delete(first);
  return found;
}

/** Where an insertion between commas that ends with the comma at `close` opens (its first comma), or -1. */
function insertionStart(tokens: Token[], close: number): number {
  for (let j = close - 1; j >= Math.max(0, close - 8); j--) if (tokens[j].norm === ",") return j;
  return -1;
}

/** "In Tokyo, the government condemned…": the state whose seat is named just before a regime mention. */
function seatOf(tokens: Token[], mentions: Mention[], index: number): string | undefined {
  const place = mentions[index - 1];
  const m = mentions[index];
  if (!place || tokens[place.last + 1]?.text !== "," || !place.locative || place.ref.type !== "known" || place.ref.entry.kind !== "state") return undefined;
  return m.first === place.last + 2 || (m.first === place.last + 3 && tokens[place.last + 2].norm === "the") ? place.ref.entry.id : undefined;
}

function surfaceOf(sentence: SentenceMentions, mention: Mention): string {
  const { tokens, text, offset } = sentence;
  return text.slice(tokens[mention.first].start - offset, tokens[mention.last].end - offset);
}

/** What the whole document says before any mention is resolved: the state in focus, governments, people's full names. */
interface DocumentFacts {
  /** States whose mentions name their governments. */
  governed: Set<string>;
  /** The state a bare "regime" belongs to, and whose forces "the army" are: the one whose government is named, else the one named most. */
  regimeState?: string;
  /** The state named most. */
  focus?: string;
  /** Whether the text says "regime" at all: then governments are called regimes. */
  regimeWord: boolean;
  /** Full names of people by last name, so that "Trump" or "al-Jolani" resolve to "Donald Trump" and "Abu Mohammed al-Jolani". */
  people: Map<string, string>;
  /** Full names by first name ("Abiy" for Abiy Ahmed), none when two people share it. */
  firstNames: Map<string, string>;
  /** Bodies named in full by their first word ("Radaa" → "Radaa Deterrence Force"), none when two share it. */
  bodies: Map<string, [string, ActorKind]>;
  /** The one police force the text names in full ("Police Service of Northern Ireland"), with its kind. */
  policeBody?: [string, ActorKind];
  /** Bodies named in full by their initials ("BDF" → "Belize Defence Force"), none for initials two share. */
  initials: Map<string, [string, ActorKind]>;
  /** Kinds that descriptions in apposition give names ("Jaish al-Adl, a Sunni Baluch militant group"), for every mention of them. */
  describedKinds: Map<string, ActorKind>;
  /** Names that appear after "in", "across"...: places rather than speakers. */
  locativeNames: Set<string>;
  entryById: Map<string, { label: string; demonym?: string }>;
}


// Apart from `resolveDocument` so that a rare document shape here re-optimises this function only.
function documentFacts(sentences: SentenceMentions[]): DocumentFacts {
  const all: Mention[] = [];
  for (const s of sentences) for (const m of s.mentions) all.push(m);
  const stateCounts = new Map<string, number>();
  for (const m of all) if (m.ref.type === "known" && m.ref.entry.kind === "state") stateCounts.set(m.ref.entry.id, (stateCounts.get(m.ref.entry.id) ?? 0) + 1);
  // A bare "regime" belongs to the state whose government the text names outright, else to the state in focus.
  // ("The government in Buenos Aires" is named through its seat because the bare "government" is another.)
  const governed = new Set<string>();
  const outright = new Set<string>();
  for (const m of all) {
    if (m.ref.type !== "known" || !m.ref.government) continue;
    governed.add(m.ref.entry.id);
    if (!m.ref.seated) outright.add(m.ref.entry.id);
  }
  const governments = [...outright];
  const focus = largest([...stateCounts.keys()], (id) => stateCounts.get(id)!);
  const regimeState = largest(governments, (id) => stateCounts.get(id) ?? 0) ?? focus;
  // A seated regime mention ("In Tokyo, the government") governs its own state, not the one in focus.
  for (const s of sentences) {
    s.mentions.forEach((m, k) => {
      const state = m.ref.type === "regime" ? (seatOf(s.tokens, s.mentions, k) ?? regimeState) : undefined;
      if (state) governed.add(state);
    });
  }
  const regimeWord = sentences.some((s) => hasWord(s.tokens, "regime"));

  const describedKinds = new Map<string, ActorKind>();
  for (const m of all) if (m.ref.type === "name" && m.ref.described && m.ref.kind !== "unknown") describedKinds.set(stripArticle(m.ref.name), m.ref.kind);
  // A name's kind as the whole text tells it: "The Kuki Inpi Manipur, an apex body" is no person where it is named bare.
  const kindOf = (ref: { name: string; kind: ActorKind | "unknown" }) => describedKinds.get(stripArticle(ref.name)) ?? ref.kind;

  const people = new Map<string, string>();
  const fullNames: string[] = [];
  for (const m of all) if (m.ref.type === "name" && kindOf(m.ref) === "person" && m.ref.name.includes(" ")) {
    const name = stripArticle(m.ref.name);
    const last = lastName(name);
    const known = people.get(last);
    if (!known || known.length < name.length) people.set(last, name);
    fullNames.push(name);
  }
  const firstNames = byFirstWord(fullNames);
  // Bodies by their first word ("Radaa" for the Radaa Deterrence Force), each with the kind it was first named with.
  const bodyKinds = new Map<string, ActorKind>();
  for (const m of all) {
    if (m.ref.type !== "name" || !m.ref.name.includes(" ")) continue;
    const kind = kindOf(m.ref);
    const name = stripArticle(m.ref.name);
    if (BODY_KINDS.has(kind) && !bodyKinds.has(name)) bodyKinds.set(name, kind as ActorKind);
  }
  const bodies = new Map([...byFirstWord(bodyKinds.keys())].map(([first, name]): [string, [string, ActorKind]] => [first, [name, bodyKinds.get(name)!]]));
  const forces = [...bodyKinds].filter(([name]) => /\bpolice\b/i.test(name));
  const policeBody = forces.length === 1 ? forces[0] : undefined;
  const initials = new Map<string, [string, ActorKind]>();
  const sharedInitials = new Set<string>();
  for (const [name, kind] of bodyKinds) {
    const letters = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    if (letters.length < 2) continue;
    if (initials.has(letters) && initials.get(letters)![0] !== name) sharedInitials.add(letters);
    initials.set(letters, [name, kind]);
  }
  for (const letters of sharedInitials) initials.delete(letters);
  const locativeNames = new Set(all.filter((m) => m.locative && m.ref.type === "name").map((m) => (m.ref as { name: string }).name));

  const entryById = new Map<string, { label: string; demonym?: string }>();
  for (const m of all) if (m.ref.type === "known" && !entryById.has(m.ref.entry.id)) entryById.set(m.ref.entry.id, { label: m.ref.entry.label, demonym: m.ref.entry.demonyms?.[0] });
  return { governed, regimeState, focus, regimeWord, people, firstNames, bodies, policeBody, initials, describedKinds, locativeNames, entryById };
}

/**
 * "the three countries", "both sides": the `count` actors of fitting kinds the text has named most so far
 * (a state and its government count as one, the latest first among equals), leaving out the clause's
 * subject; none when the text has named fewer.
 */
function groupMembers(history: DocActor[], count: number, kinds: ActorKind[], subject: Set<string>): DocActor[] | undefined {
  const latest = new Map<string, DocActor>();
  const named = new Map<string, number>();
  for (let k = history.length - 1; k >= 0; k--) {
    const a = history[k];
    if (!kinds.includes(a.kind) || subject.has(a.key)) continue;
    const country = a.key.replace(/_government$/, "");
    if (!latest.has(country)) latest.set(country, a);
    named.set(country, (named.get(country) ?? 0) + 1);
  }
  // Sorting keeps the order of equals: the latest named first.
  const members = [...latest.keys()].sort((a, b) => named.get(b)! - named.get(a)!).slice(0, count);
  return members.length === count ? mapped(members, (country) => latest.get(country)!) : undefined;
}

/**
 * The actors a description after the sentence's first verb cannot mean: those named before that verb, its
 * subject ("Chadian troops serving with the task force clashed with the jihadists"; "The United States
 * brokered a deal between the three countries").
 */
function subjectBefore(tokens: Token[], mentions: ResolvedMention[], index: number): Set<string> {
  const subject = new Set<string>();
  const at = mentions[index].first;
  let verb = -1;
  // ("serving with", "after brokering": a participle is no clause's verb.)
  for (let i = 0; i < at && verb < 0; i++) if ((VERB_FORMS.has(tokens[i].norm) || MEDIATION_FORMS.has(tokens[i].norm) || SPEECH_VERBS.has(tokens[i].norm)) && !tokens[i].norm.endsWith("ing")) verb = i;
  for (let k = 0; k < index && verb >= 0 && mentions[k].last < verb; k++) if (mentions[k].actor) subject.add(mentions[k].actor!);
  return subject;
}

/** The state whose body (not a person) the subject is, as its name's owner says: "the Maldivian Democratic Party". */
function homeState(subject: Set<string>, actors: Map<string, DocActor>, states: Map<string, unknown>): string | undefined {
  for (const key of subject) {
    const body = actors.get(key);
    const state = body && body.kind !== "person" ? body.affiliation?.key.replace(/_government$/, "") : undefined;
    if (state && states.has(state)) return state;
  }
  return undefined;
}

/** Moves every mention of `from`, its aliases and its places in the history and among the subjects to `into`, and forgets `from`. */
function absorb(from: DocActor, into: DocActor, sentences: ResolvedMention[][], history: (DocActor | undefined)[][], actors: Map<string, DocActor>): void {
  for (const mentions of sentences) {
    for (const m of mentions) {
      if (m.actor === from.key) m.actor = into.key;
      if (m.otherwise === from.key) m.otherwise = into.key;
      if (m.members?.includes(from.key)) m.members = mapped(m.members, (key) => (key === from.key ? into.key : key));
    }
  }
  for (const a of actors.values()) if (a.affiliation?.key === from.key) a.affiliation.key = into.key;
  for (const list of history) for (let k = 0; k < list.length; k++) if (list[k] === from) list[k] = into;
  for (const alias of from.aliases) into.aliases.add(alias);
  into.mentions += from.mentions;
  actors.delete(from.key);
}

/** How an acronym looks: "KIA", "SPLA-IO", "G20". */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;
/** Kinds of actor that are bodies: named by first words and initials, known by acronyms. */
const BODY_KINDS: ReadonlySet<ActorKind | "unknown"> = new Set(["armed_group", "organization", "government"]);

/** The acronym in brackets right after token `last` ("… Army (KIA)"), or "". */
function acronymAfter(tokens: Token[], last: number): string {
  const acronym = tokens[last + 1]?.text === "(" && tokens[last + 3]?.text === ")" ? tokens[last + 2].text : "";
  return ACRONYM.test(acronym) ? acronym : "";
}

/** Words by which a body's name runs on through places: "… Concord in Chad", "… Independence of Guinea and Cape Verde". */
const BODY_JOINTS = new Set(["in", "of", "for"]);

/**
 * The body whose name runs through the places before an acronym in brackets: "the Front for Change and
 * Concord in Chad (FACT)", "the African Party for the Independence of Guinea and Cape Verde (PAIGC)".
 */
function bodyNamedThrough(tokens: Token[], mentions: ResolvedMention[], index: number): ResolvedMention | undefined {
  if (mentions[index].ref.type !== "known") return undefined;
  let k = index;
  while (k > 0 && mentions[k - 1].ref.type === "known" && mentions[k - 1].last === mentions[k].first - 2 && (tokens[mentions[k].first - 1].norm === "and" || tokens[mentions[k].first - 1].norm === ",")) k--;
  const before = mentions[k - 1];
  const joint = tokens[mentions[k].first - 1]?.norm ?? "";
  return before && before.ref.type === "name" && before.last === mentions[k].first - 2 && BODY_JOINTS.has(joint) ? before : undefined;
}

/**
 * The acronym a name is said to be known by a few words on, with no other name between: "the National
 * Liberation Front of Corsica, the clandestine separatist group known by its French initials FLNC".
 */
function knownAsAfter(tokens: Token[], mentions: Mention[], index: number): string {
  const m = mentions[index];
  const next = mentions[index + 1]?.first ?? tokens.length;
  for (let j = m.last + 1; j < Math.min(tokens.length, m.last + 12); j++) {
    if (tokens[j].norm !== "known" || (tokens[j + 1]?.norm !== "as" && tokens[j + 1]?.norm !== "by")) continue;
    if (next < j) return "";
    for (let k = j + 2; k < Math.min(tokens.length, j + 7); k++) if (ACRONYM.test(tokens[k].text)) return tokens[k].text;
    return "";
  }
  return "";
}

/** Whether the mention is followed by a dictionary body's acronym in brackets: "… Army-in Opposition (SPLA-IO)". */
function bracketedBody(tokens: Token[], mentions: Mention[], index: number): boolean {
  const m = mentions[index];
  const next = mentions[index + 1];
  return !!next && tokens[m.last + 1]?.text === "(" && next.first === m.last + 2 && tokens[next.last + 1]?.text === ")" && next.ref.type === "known" && next.ref.entry.kind !== "state";
}

/** A sentence's mentions, to resolve: one object shape for all (`actor` set later), so property access stays monomorphic. */
const resolvedMentions = (sentence: SentenceMentions): ResolvedMention[] =>
  mapped(sentence.mentions, (m) => ({ first: m.first, last: m.last, ref: m.ref, locative: m.locative, surface: surfaceOf(sentence, m), actor: undefined, otherwise: undefined, members: undefined }));

/** Resolves every mention of a document to an actor: names, short names, metonyms, governments and anaphora. */
export function resolveDocument(sentences: SentenceMentions[]): ResolvedDocument {
  const actors = new Map<string, DocActor>();
  const { governed, regimeState, focus, regimeWord, people, firstNames, bodies, policeBody, initials, describedKinds, locativeNames, entryById } = documentFacts(sentences);
  const actor = (key: string, label: string, kind: ActorKind): DocActor => {
    let a = actors.get(key);
    if (!a) {
      a = { key, label, kind, aliases: new Set(), mentions: 0 };
      actors.set(key, a);
    }
    return a;
  };
  const government = (stateId: string): DocActor => {
    const info = entryById.get(stateId)!;
    return actor(`${stateId}_government`, `${info.demonym ?? info.label} ${regimeWord ? "regime" : "government"}`, "government");
  };

  const resolved = mapped(sentences, resolvedMentions);
  const recent: DocActor[] = [];
  // An actor's names in lower case, kept while its aliases stay the same (they only ever grow).
  const lowered = new Map<DocActor, { count: number; names: string[] }>();
  const lowerNames = (a: DocActor): string[] => {
    const known = lowered.get(a);
    if (known && known.count === a.aliases.size) return known.names;
    const names = mapped([a.label, ...a.aliases], (name) => name.toLowerCase());
    lowered.set(a, { count: a.aliases.size, names });
    return names;
  };
  // Pronouns look in their own sentence first; "the ministry" points at the latest body so named.
  const resolveAnaphor = (noun: string, kinds: ActorKind[], before: ResolvedMention[], history: DocActor[], subjectOf?: () => Set<string>, capital = false): DocActor | undefined => {
    const fits = (a: DocActor | undefined): a is DocActor => !!a && kinds.includes(a.kind);
    // "its" points at the nearest actor before it in the sentence; "it" at the sentence's subject.
    const inSentence = mapped(before, (b) => (b.actor ? actors.get(b.actor) : undefined)).filter(fits);
    if ((noun === "its" || noun === "their") && inSentence.length) return inSentence[inSentence.length - 1];
    if ((noun === "it" || noun === "they") && inSentence.length) return inSentence[0];
    // "Saadeh condemned what he called…": a person's pronoun means the nearest person before it in the sentence.
    if (PERSON_PRONOUNS.has(noun) && inSentence.length) return inSentence[inSentence.length - 1];
    const latest = (test: (a: DocActor) => boolean) => history.findLast(test);
    const named = (a: DocActor) => lowerNames(a).some((name) => name.includes(noun)) || !!a.heads?.has(noun);
    // "the Coalition" written with a capital is the body called just that, if the text named one, before any "… Coalition".
    const exact = capital ? latest((a) => fits(a) && a.label.toLowerCase() === noun) : undefined;
    const byName = exact ?? latest((a) => fits(a) && named(a));
    // "the ministry", "the coalition" name a kind of body: only a body so named can be meant.
    if (byName || SPECIFIC_NOUNS.has(noun)) return byName;
    // The kinds are in order of preference: "the movement" is an armed group before it is a ministry.
    // A description after a verb is not its subject ("Chadian troops serving with the task force clashed with
    // the jihadists").
    const subject = PRONOUNS.has(noun) || !subjectOf ? undefined : subjectOf();
    for (const pass of subject?.size ? [true, false] : [false]) {
      for (const kind of kinds) {
        const found = latest((a) => a.kind === kind && !(pass && subject!.has(a.key)));
        if (found) return found;
      }
    }
    return undefined;
  };
  // Each sentence's first actor: its subject, as far as this resolver knows.
  const subjects: (DocActor | undefined)[] = [];
  // Acronyms the text defines in brackets after a name.
  const defined = new Map<string, DocActor>();
  let lastGovernment: DocActor | undefined;
  const pending: { m: ResolvedMention; kinds: ActorKind[]; at: number }[] = [];

  resolved.forEach((mentions, sentence) => {
    const later: { person: DocActor; owner: ResolvedMention; relation: StructuralRelation }[] = [];
    const { tokens } = sentences[sentence];
    for (let index = 0; index < mentions.length; index++) {
      const m = mentions[index];
      const ref = m.ref;
      let target: DocActor | undefined;
      if (ref.type === "known") {
        const entry = ref.entry;
        if (entry.kind === "state" && (ref.government || (governed.has(entry.id) && !m.locative))) {
          target = government(entry.id);
          lastGovernment = target;
        } else {
          target = actor(entry.id, entry.label, entry.kind);
        }
      } else if (ref.type === "name" && defined.has(stripArticle(ref.name))) {
        target = defined.get(stripArticle(ref.name));
      } else if (ref.type === "name" && bracketedBody(tokens, mentions, index)) {
        // "the Sudan People's Liberation Army-in Opposition (SPLA-IO)": a name the dictionary knows by its acronym.
        const entry = (mentions[index + 1].ref as { entry: { id: string; label: string; kind: ActorKind } }).entry;
        target = actor(entry.id, entry.label, entry.kind);
      } else if (ref.type === "name") {
        const name = stripArticle(ref.name);
        let kind = describedKinds.get(name) ?? ref.kind;
        let label = name;
        const full = people.get(lastName(name)) ?? (name.includes(" ") ? undefined : firstNames.get(name.toLowerCase()));
        const short = full && (full === name || full.endsWith(name.replace(/^(al|el)-/i, "")) || full.toLowerCase().endsWith(name.toLowerCase()) || full.toLowerCase().startsWith(`${name.toLowerCase()} `));
        // ("the BDF" after "a Belize Defence Force patrol": an acronym no bracket defined may be a body's initials.)
        const body = name.includes(" ") ? undefined : (bodies.get(name.toLowerCase()) ?? (/^\p{Lu}{2,}$/u.test(name) ? initials.get(name) : undefined));
        if ((kind === "person" || kind === "unknown") && short) {
          label = full;
          kind = "person";
        } else if (body && kind !== "person") {
          // "Radaa fighters", "a Radaa checkpoint": the first word of a body named in full before or after.
          [label, kind] = body;
        } else if (kind === "unknown") {
          // A lone unknown capitalised word is a place unless it speaks ("Kalin said"); an unknown acronym
          // ("ICBM", "IED") is more often a thing than an actor, so it is left out, and so is a plural of
          // believers or followers ("Christians", "Salafists", "Shiites"), people of no one body.
          if ((/^[\p{Lu}\p{N}.-]+$/u.test(name) || /(ians|ists|ites)$/.test(name)) && !ref.speaks) continue;
          kind = ref.speaks && !locativeNames.has(ref.name) ? "person" : "place";
        }
        // "the Estado Mayor de Bloques y Frente (EMBF)": a person has no acronym.
        if (kind === "person" && !ref.title && acronymAfter(tokens, m.last)) kind = "organization";
        const owner = ref.owner !== undefined ? mentions[ref.owner] : undefined;
        if (owner?.ref.type === "known" && kind !== "person" && GENERIC_NAME.test(name) && !name.toLowerCase().startsWith((owner.ref.entry.demonyms?.[0] ?? "\0").toLowerCase())) {
          label = `${owner.ref.entry.demonyms?.[0] ?? owner.ref.entry.label} ${name}`;
        }
        target = actor(slug(label), label, kind);
        if (ref.title && !target.role) target.role = ref.title;
        const relation = kind === "person" && ref.title ? titleRelation(ref.title) : "member_of";
        // An owner named after the person ("X, the head of the junta") is resolved once the sentence is.
        if (owner && ref.owner! > index) later.push({ person: target, owner, relation });
        else if (owner?.actor && owner.actor !== target.key && !target.affiliation) target.affiliation = { key: owner.actor, relation, sentence };
        // Only a spokesman without an owner speaks for the state named beside him ("Presidential spokesman X said Ankara...").
        else if (!owner?.actor && ref.title && titleRelation(ref.title) === "spokesman_for" && !target.affiliation) pending.push({ m, kinds: ["state", "government"], at: sentence });
      } else if (ref.type === "people") {
        target = actor(`${ref.entry.id}_people`, `${ref.entry.demonyms?.[0] ?? ref.entry.label} people`, "population");
      } else if (ref.type === "regime") {
        const seat = seatOf(tokens, mentions, index);
        // "The regime" is the government the text names outright; "the government" and "the ruling party" are
        // the state in focus's, unless a state's own body speaks of them ("The opposition Maldivian Democratic
        // Party criticised the government").
        const spoken = ref.noun !== "regime" && ref.noun !== "junta";
        const home = spoken ? homeState(subjectBefore(tokens, mentions, index), actors, entryById) : undefined;
        const owner = home ?? (spoken && focus ? focus : regimeState);
        target = seat ? government(seat) : (owner && entryById.has(owner) ? government(owner) : lastGovernment);
        if (target) lastGovernment = target;
      } else if (ref.type === "group") {
        const members = groupMembers(recent, ref.count, ref.kinds, subjectBefore(tokens, mentions, index));
        if (members) {
          m.members = mapped(members, (a) => a.key);
          target = members[0];
        }
      } else if (ref.type === "title") {
        // "the Foreign Secretary" is whoever the text gave that title; no one if it gave it to nobody.
        const title = ref.title.toLowerCase();
        target = recent.findLast((a) => a.kind === "person" && !!a.role && a.role.toLowerCase().endsWith(title));
      } else if (ref.type === "protesters") {
        // Keyed by state, so one country's crowds are one actor across a corpus and another's stay apart.
        const id = ref.entry?.id ?? regimeState;
        const state = ref.entry ? { label: ref.entry.label, demonym: ref.entry.demonyms?.[0] } : id ? entryById.get(id) : undefined;
        target = id && state ? actor(`${id}_protesters`, `${state.demonym ?? state.label} protesters`, "population") : actor("protesters", "Protesters", "population");
      } else if (ref.type === "army" && ref.police && policeBody) {
        // "the police" are the police force the text names ("the Police Service of Northern Ireland").
        target = actor(slug(policeBody[0]), policeBody[0], policeBody[1]);
      } else if (ref.type === "army") {
        // "the army", "the military": the forces of the state whose regime the text names, else of the state in focus.
        target = !regimeState || !entryById.has(regimeState) ? undefined : governed.has(regimeState) ? government(regimeState) : actor(regimeState, entryById.get(regimeState)!.label, "state");
      } else if (ref.type === "anaphor") {
        // "while the Netherlands said it would", "The OAS said the body would": the speaker right before is the
        // one meant, not the sentence's subject. ("the Popular Party, the main opposition, said it…": or before
        // an insertion between commas.)
        const verb = m.first - (tokens[m.first - 1]?.norm === "the" ? 2 : 1);
        const reported = SPEECH_VERBS.has(tokens[verb]?.norm ?? "");
        const speakerEnd = tokens[verb - 1]?.norm === "," ? insertionStart(tokens, verb - 1) - 1 : verb - 1;
        const speaker = reported && index > 0 && mentions[index - 1].last === speakerEnd && mentions[index - 1].actor ? index - 1 : -1;
        const before = speaker >= 0 ? [mentions[speaker]] : outsideClauses(tokens, mentions.slice(0, index), m.first);
        target = resolveAnaphor(ref.noun, ref.kinds, before, recent, reported ? undefined : () => subjectBefore(tokens, mentions, index), /^\p{Lu}/u.test(m.surface));
        // "The SDF, an alliance led by the YPG, said… The group denounced…": a description opening a sentence
        // means the subject of the sentence before, when that fits as well as the latest actor named.
        const subject = index === 0 && !PRONOUNS.has(ref.noun) ? subjects[sentence - 1] : undefined;
        // (Not when the noun is the latest actor's own name: "the coalition" is the Coalition.)
        const ownName = target && lowerNames(target).some((name) => name.includes(ref.noun));
        if (target && subject && subject !== target && subject.kind === target.kind && !ownName && !SPECIFIC_NOUNS.has(ref.noun)) target = subject;
        if (target && (ref.noun === "its" || ref.noun === "their")) {
          const chosen = target;
          // Only from the same sentence: further back, the text has moved on.
          m.otherwise = resolveAnaphor(ref.noun, ref.kinds, before.filter((b) => b.actor !== chosen.key), [])?.key;
        }
        // "the coalition" with no coalition named before is the military coalition the text is about.
        if (!target && ref.noun === "coalition") target = actor("coalition", "Coalition", "armed_group");
      }
      if (target) {
        // "the Kachin Independence Army (KIA)": the acronym in brackets names this actor from now on.
        // (Only a body is known by initials: a place or a person before "known as" is a name cut short.)
        const acronym = acronymAfter(tokens, m.last) || (ref.type === "name" && BODY_KINDS.has(target.kind) ? knownAsAfter(tokens, mentions, index) : "");
        const through = acronym ? bodyNamedThrough(tokens, mentions, index) : undefined;
        const body = through ? actors.get(through.actor ?? "") : undefined;
        if (acronym && ref.type !== "anaphor" && !defined.has(acronym)) {
          const owner = body ?? target;
          defined.set(acronym, owner);
          // A headline may have used the acronym before the text defined it ("FACT Rebels", then "… (FACT)").
          const early = actors.get(slug(acronym));
          if (early && early !== owner && early.label === acronym) absorb(early, owner, resolved, [recent, subjects], actors);
        }
        m.actor = target.key;
        target.mentions++;
        if (ref.type !== "anaphor" && ref.type !== "leader" && ref.type !== "group") target.aliases.add(m.surface);
        if (ref.type === "name" && ref.head) (target.heads ??= new Set()).add(ref.head);
        recent.push(target);
        // The others a group reference stands for are named again too.
        for (const key of m.members?.slice(1) ?? []) recent.push(actors.get(key)!);
      } else if (ref.type === "leader") {
        pending.push({ m, kinds: ref.kinds, at: recent.length });
        recent.push(actor("__pending__", "", "person"));
      }
    }
    subjects[sentence] = mentions[0]?.actor ? actors.get(mentions[0].actor) : undefined;
    for (const { person, owner, relation } of later) {
      if (owner.actor && owner.actor !== person.key && !person.affiliation) person.affiliation = { key: owner.actor, relation, sentence };
    }
  });
  actors.delete("__pending__");

  // Leaders named later in the text ("HTS chief Abu Mohammed al-Jolani") still answer "the head of the group".
  const recentKinds = recent;
  for (const { m, kinds, at } of pending) {
    if (m.ref.type === "leader") {
      const group = recentKinds.slice(0, at).reverse().find((a) => a.key !== "__pending__" && kinds.includes(a.kind));
      if (!group) continue;
      const leader = [...actors.values()].find((a) => a.affiliation?.key === group.key && a.affiliation.relation === "leads");
      const target = leader ?? group;
      m.actor = target.key;
      target.mentions++;
    } else if (m.actor) {
      // A title without an owner ("Presidential spokesman X said Ankara..."): the state named beside it.
      const owner = resolved[at].find((o) => o !== m && o.actor && kinds.includes(actors.get(o.actor)!.kind));
      const person = actors.get(m.actor)!;
      if (owner && !person.affiliation) person.affiliation = { key: owner.actor!, relation: titleRelation((m.ref as { title?: string }).title ?? ""), sentence: at };
    }
  }

  // A government called a regime takes its leader's name when the text gives one: "Assad regime".
  for (const a of actors.values()) {
    if (a.kind !== "government" || !regimeWord) continue;
    const leader = [...actors.values()].find((p) => p.kind === "person" && p.affiliation?.key === a.key && p.affiliation.relation === "leads");
    if (leader) {
      const surname = leader.label.split(/\s+/).pop()!.replace(/^(al|el)-/i, "");
      a.label = `${surname.charAt(0).toUpperCase()}${surname.slice(1)} regime`;
    }
  }
  return { actors, sentences: resolved };
}
