import { COREF_NOUNS, FUNCTION_WORDS, MEMBER_NOUNS, SUBJECT_PRONOUNS, WEAPON_NOUNS } from "../vocabulary/cues.js";
import { NOUN_TRIGGERS, VERB_FORMS } from "../vocabulary/lexicon.js";
import { TITLE_WORDS } from "../vocabulary/titles.js";
import { HYPHEN_AFFILIATION, HYPHEN_POSSESSION, SPEECH_VERBS } from "../vocabulary/triggers.js";
import { opensRange, rangeFrom } from "./ranges.js";
import { type Context, mentionEndingAt, usable } from "./context.js";

// Finding who does and who undergoes: the mentions around a trigger that fill its roles.

const PREPOSITIONS = new Set(["against", "on", "in", "at", "from", "into", "over", "near", "toward", "towards", "with", "for", "to", "upon", "across", "inside", "within", "between", "among", "during"]);

const FIRST_PERSON = new Set(["our", "my", "your"]);
/** Kinds of actor a state may have: "Mexico's Jalisco cartel", "Iran's Revolutionary Guards". */
const BODIES = new Set(["armed_group", "organization", "media"]);
/** Pronouns that only ever stand as subjects: after a verb they open a clause of their own ("what he called"). */
const CLAUSE_SUBJECTS = new Set([...SUBJECT_PRONOUNS, "he", "she"]);
/** What strikes hit when the text names no one: "camps in Pakistan", "infrastructure in Ukraine". */
const TARGET_NOUNS = new Set(["camps", "camp", "infrastructure", "targets", "positions", "bases", "base", "sites", "site", "facilities", "facility", "hideouts", "depots", "depot", "installations", "launchers", "strongholds", "posts", "outposts"]);

/** Words that open a time clause before an act: "following an attack", "after the strikes", "amid shelling". */
export const TIME_PREPOSITIONS = new Set(["after", "following", "before", "amid", "amidst", "since", "during", "despite"]);

export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "'re"]);

const CLAUSE_STOP = new Set([";", ":", "(", ")"]);
// (Not "who": "forces operating in the north of the country who are leading" reaches back past the noun.)
const RELATIVE_PRONOUNS = new Set(["that", "which"]);

/** First words of an insertion between commas: "X, which...,", "X, led by...,", "X, a key supplier...,". */
const INSERTION_START = new Set(["which", "who", "whose", "whom", "led", "backed", "known", "founded", "based", "a", "an", "one", "once", "long", "itself"]);

/** "fighters loyal to X", "militants linked to X": X acts through them. */
const AFFILIATED = new Set(["linked", "loyal", "affiliated", "aligned", "allied", "tied", "connected"]);

/** "a spokesman for the NUG": the body after these nouns speaks through them. */
const ROLE_NOUNS = new Set(["spokesman", "spokeswoman", "spokesperson", "head", "chief", "leader", "official", "officials", "member", "members", "representative", "envoy", "commander", "commanders", "minister", "chairperson", "chairman", "president", "statement", "fighters"]);

const NAMING_VERBS = new Set(["called", "termed", "described", "branded"]);

/** The last token of a naming clause opening at `i` ("what it called", "what they described as"), or -1. */
export function namingClauseEnd(ctx: Context, i: number): number {
  if (ctx.tokens[i]?.norm !== "what" || !NAMING_VERBS.has(ctx.tokens[i + 2]?.norm ?? "")) return -1;
  return ctx.tokens[i + 3]?.norm === "as" ? i + 3 : i + 2;
}

export const PATIENT_STOP = new Set([",", ";", ":", ".", "that", "which", "who", "while", "as", "after", "before", "when", "despite", "because", "since", "until", "but", "said", "says", "according", "resulting", "killing", "displacing", "through", "via"]);

const COORD = new Set([",", "and", "or", "the", "”", "“", "\"", "both", "as", "well", "its", "their"]);

/** Words between a conjunction and the actor a delegation or envoy stands for: "and a delegation from X". */
const STAND_INS = new Set(["a", "an", "delegation", "delegations", "representatives", "envoys", "officials", "team", "from", "of"]);

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "'s", "new", "fresh", "further", "deadly", "renewed", "major", "latest", "recent", "brutal", "blistering", "heavy", "military", "air", "ground", "joint", "sustained", "ongoing", "full-scale", "large-scale", "continued", "continuing", "repeated", "any", "all", "more", "several", "two", "three", "multiple", "such"]);

/** Where a description of plain words ends ("rival dissident faction, the") when a mention follows it, or -1. */
function describedConjunctEnd(ctx: Context, from: number): number {
  let j = from;
  while (j < from + 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j]?.text ?? "") && !FUNCTION_WORDS.has(ctx.tokens[j].norm)) j++;
  if (j === from || ctx.tokens[j]?.norm !== ",") return -1;
  const named = ctx.tokens[j + 1]?.norm === "the" && ctx.at[j + 1] < 0 ? j + 2 : j + 1;
  return ctx.mentions[ctx.at[named]]?.first === named ? named - 1 : -1;
}

/**
 * The mentions coordinated with mention `m` ("Russia, Syria, and Iran"), in text order. Commas alone
 * make no list ("Backed by Moscow, Damascus launched"): an "and" or "or" must join it. Two names joined
 * by ", and" or ", or" are two clauses ("threatened Guyana, and Brazil sent troops"): a list that short takes no comma.
 */
export function coordination(ctx: Context, m: number): number[] {
  const plural = pluralSubject(ctx, m);
  if (plural) return plural;
  const group = [m];
  let conjoined = false;
  const walk = (step: -1 | 1) => {
    let joined = false;
    let sawConjunction = false;
    for (let i = step < 0 ? ctx.mentions[m].first - 1 : ctx.mentions[m].last + 1; i >= 0 && i < ctx.tokens.length; i += step) {
      const k = step < 0 ? mentionEndingAt(ctx, i) : ctx.mentions[ctx.at[i]]?.first === i ? ctx.at[i] : -1;
      if (k >= 0) {
        if (!joined) break;
        if (step < 0) group.unshift(k);
        else group.push(k);
        joined = false;
        i = step < 0 ? ctx.mentions[k].first : ctx.mentions[k].last;
        continue;
      }
      const norm = ctx.tokens[i].norm;
      // "the government and a rival dissident faction, the EMBF": a conjunct described first is named after a comma.
      const described = step > 0 && joined && (norm === "a" || norm === "an") ? describedConjunctEnd(ctx, i + 1) : -1;
      if (described > 0) {
        i = described;
        continue;
      }
      // "Taliban officials and a delegation from the UN office": the delegation stands for its sender.
      if (step > 0 && joined && STAND_INS.has(norm)) continue;
      // "from Brazil and Colombia to Chile and Uruguay": a range lists all four.
      if (norm === "to" && !joined && rangeFrom(ctx, i, COORD) >= 0) {
        joined = true;
        sawConjunction = true;
        continue;
      }
      if (!COORD.has(norm)) break;
      if (norm === "and" || norm === "or") sawConjunction = true;
      if (norm === "," || norm === "and" || norm === "or") joined = true;
    }
    conjoined ||= sawConjunction;
  };
  walk(-1);
  walk(1);
  const joiner = ctx.tokens[ctx.mentions[group[0]].last + 2]?.norm;
  const clauses = group.length === 2 && ctx.tokens[ctx.mentions[group[0]].last + 1]?.norm === "," && (joiner === "and" || joiner === "or");
  return (conjoined && !clauses ? group : [m]).filter((k) => usable(ctx, k));
}

const PLURAL_PRONOUNS = new Set(["they", "their", "them"]);

/**
 * "The United States and Britain deplored the attack and reaffirmed their support": a plural pronoun
 * whose referent is one of a list subject earlier in the sentence stands for the whole list.
 */
function pluralSubject(ctx: Context, m: number): number[] | undefined {
  const mention = ctx.mentions[m];
  if (mention.ref.type !== "anaphor" || !PLURAL_PRONOUNS.has(ctx.tokens[mention.first].norm)) return undefined;
  // "Russia and Iran said (that) they would…": the speakers.
  const verbAt = mention.first - (ctx.tokens[mention.first - 1]?.norm === "that" ? 2 : 1);
  const subject = agentLeftOf(ctx, SPEECH_VERBS.has(ctx.tokens[verbAt]?.norm ?? "") ? verbAt : mention.first);
  return subject.length > 1 && subject.some((k) => ctx.mentions[k].actor === mention.actor) ? subject : undefined;
}

/** The first token of a list of mentions. */
function firstTokenOf(ctx: Context, group: number[]): number {
  let first = Infinity;
  for (const k of group) first = Math.min(first, ctx.mentions[k].first);
  return first;
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
    const noun = ctx.tokens[j - 1]?.norm ?? "";
    // "the siege of Mogadishu", "the invasion of Ukraine": the attacked, not whoever acts next.
    if (word.norm === "of") return NOUN_TRIGGERS.get(noun)?.relation === "attacks";
    // "a spokesman for the NUG", "jihadists linked to the Islamic State", "gunmen from al-Shabaab",
    // "rockets from Hezbollah": the actor they belong to or come from acts through them.
    // ("The authorities in Tehran": a seat of power after "in" that is no place, as the mention finder judged, acts.)
    // ("Governments across Latin America, from Brazil to Chile, denounced": a range set off by commas lists the subject's members.)
    if (PREPOSITIONS.has(word.norm)) return !opensRange(ctx.tokens, j) && !(word.norm === "in" && !ctx.mentions[ctx.at[head]].locative) && !(word.norm === "for" && ROLE_NOUNS.has(noun)) && !(AFFILIATED.has(noun) && (word.norm === "to" || word.norm === "with")) && !(word.norm === "from" && (MEMBER_NOUNS.has(noun) || WEAPON_NOUNS.has(noun)));
    // "with Prime Minister Al-Abadi": a title stays with its name.
    if (word.upper && TITLE_WORDS.has(word.norm)) continue;
    if (word.upper || ctx.at[j] >= 0 || VERB_FORMS.has(word.norm) || !/^\p{L}+$/u.test(word.text)) return false;
  }
  return false;
}

/** A verb stating a stance or act other than an attack ("condemned", "backed"): its object is not its subject's act. */
export const isStanceVerb = (norm: string) => !!VERB_FORMS.get(norm)?.some((v) => v.spec.relation !== "attacks");

/**
 * The nearest usable mention left of `from`, skipping relative clauses ("X, which controls Y, has...").
 * For a trigger noun, a stance verb on the way ends the search: in "the EU condemned the strikes" the EU
 * did not strike; a light verb of attack ("launched an offensive") does not.
 */
export function agentLeftOf(ctx: Context, from: number, limit = 30, forNoun = false, places = false): number[] {
  for (let i = from - 1; i >= Math.max(0, from - limit); i--) {
    const t = ctx.tokens[i];
    // "The Economic Community of West African States (ECOWAS) has imposed": an aside in brackets is skipped.
    if (t.norm === ")") {
      let open = i - 1;
      while (open > Math.max(0, i - 12) && ctx.tokens[open].norm !== "(") open--;
      if (open > 0 && ctx.tokens[open].norm === "(") {
        i = open;
        continue;
      }
    }
    if (CLAUSE_STOP.has(t.norm) || SPEECH_VERBS.has(t.norm)) return [];
    // "two companies that finance Hamas": a relative pronoun after a plain noun makes that noun the subject.
    if (RELATIVE_PRONOUNS.has(t.norm) && ctx.at[i - 1] < 0 && /^\p{Ll}+$/u.test(ctx.tokens[i - 1]?.text ?? "") && !FUNCTION_WORDS.has(ctx.tokens[i - 1].norm)) return [];
    // "under the auspices of Norway and Ireland, which serve as guarantors": the names before ", which" are its subject.
    if ((t.norm === "which" || t.norm === "who") && ctx.tokens[i - 1]?.norm === ",") {
      const antecedent = mentionEndingAt(ctx, i - 2);
      if (antecedent >= 0 && usable(ctx, antecedent)) return coordination(ctx, antecedent);
    }
    if (forNoun && ctx.at[i] < 0 && isStanceVerb(t.norm)) return [];
    // "X commented following an attack on Y": an act in a time clause is not the subject's own.
    if (forNoun && TIME_PREPOSITIONS.has(t.norm)) return [];
    if (t.norm === ",") {
      // Jump back over ", which ... ," to the noun it describes.
      let j = i - 1;
      while (j >= 0 && ctx.tokens[j].norm !== ",") j--;
      const opener = ctx.tokens[j + 1]?.norm ?? "";
      // ", Iran's main ally in Lebanon," is an apposition too.
      const possessive = ctx.at[j + 1] >= 0 && ctx.tokens[ctx.mentions[ctx.at[j + 1]].last + 1]?.norm === "'s";
      // "Wang Yi, the Chinese foreign minister, condemned": an apposition after a name, not a list ("X, the UK and France").
      const apposition = opener === "the" && mentionEndingAt(ctx, j - 1) >= 0 && !ctx.tokens.slice(j + 1, i).some((w) => w.norm === "and" || w.norm === "or");
      // (", visiting Baghdad on Sunday," is an insertion too.)
      const participle = /^\p{Ll}+(ed|ing)$/u.test(ctx.tokens[j + 1]?.text ?? "") && !BE.has(opener) && opener !== "according";
      if (j >= 0 && (INSERTION_START.has(opener) || possessive || apposition || participle)) {
        i = j;
        continue;
      }
    }
    const m = ctx.at[i];
    // "airstrikes against (ethnic) al-Qaida operatives ... killed": the object of a preposition is not the
    // subject, and neither is a list that one governs ("working with X, Y and Z to support...").
    const group = m >= 0 && usable(ctx, m) ? coordination(ctx, m) : [];
    const head = group.length ? firstTokenOf(ctx, group) : -1;
    const governed = m >= 0 && (governedByPreposition(ctx, ctx.mentions[m].first) || (head >= 0 && governedByPreposition(ctx, head)));
    // The subject of a passive attack may be a place: "A village near Amadiya was hit"; but a place after a
    // preposition only says where an actor's post was: "A Georgian police checkpoint near Khurcha was fired on".
    if (places && m >= 0 && ctx.mentions[m].actor && ctx.kinds.get(ctx.mentions[m].actor!) === "place") {
      const first = ctx.mentions[m].first;
      const afterPreposition = ctx.tokens.slice(Math.max(0, first - 4), first).some((w) => PREPOSITIONS.has(w.norm) || w.norm === "of");
      const owner = afterPreposition ? agentLeftOf(ctx, first, limit - (from - first), forNoun, false) : [];
      return owner.length ? owner : [m];
    }
    // "Manila summoned China's ambassador and denounced...": the object of an earlier verb is not the subject.
    if (group.length && !places && objectOfVerb(ctx, head)) {
      i = head;
      continue;
    }
    // "Turkish-backed factions attack": the actor before a hyphen only describes the noun that acts;
    // "GNU-affiliated units attacked": units affiliated with an actor act for it.
    const hyphen = m >= 0 ? ctx.tokens[ctx.mentions[m].last + 1] : undefined;
    // ("The al Qaeda-linked group claimed": a group linked to X is not X.)
    const linkedGroup = !!hyphen?.joined && HYPHEN_AFFILIATION.has(hyphen.norm) && COREF_NOUNS.has(ctx.tokens[ctx.mentions[m].last + 2]?.norm ?? "");
    const modifier = !!hyphen?.joined && (!HYPHEN_AFFILIATION.has(hyphen.norm) || linkedGroup);
    if (group.length && !governed && !modifier && ctx.kinds.get(ctx.mentions[m].actor!) !== "place") return group;
    if (m >= 0) i = ctx.mentions[m].first;
  }
  return [];
}

/**
 * "strikes on militant camps in Pakistan", "on what it called terrorist infrastructure in Pakistan": the
 * object after `prepAt` (the preposition, or the token before a direct object) is unnamed, plain words and
 * a pronoun at most, so the state it lies in is what was hit.
 */
function unnamedTargetIn(ctx: Context, prepAt: number, m: number): boolean {
  const mention = ctx.mentions[m];
  // "killing detainees at a prison in Tripoli" hit people, not the state: the target is a military one.
  const noun = mention.first - 2;
  if (prepAt < 0 || noun <= prepAt || ctx.kinds.get(mention.actor ?? "") !== "state" || !TARGET_NOUNS.has(ctx.tokens[noun].norm)) return false;
  for (let j = prepAt + 1; j < mention.first - 1; j++) {
    const k = ctx.at[j];
    const plain = /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j].text) && !FUNCTION_WORDS.has(ctx.tokens[j].norm) && !PREPOSITIONS.has(ctx.tokens[j].norm);
    if (k >= 0 ? !CLAUSE_SUBJECTS.has(ctx.tokens[ctx.mentions[k].first].norm) : !plain) return false;
  }
  return true;
}

/**
 * The nearest usable mention right of `from`, within a short window and before a clause boundary.
 * A place may be hit where it lies ("a depot in Russia's Belgorod region"), so `places` admits locatives.
 */
export function patientRightOf(ctx: Context, from: number, preps: string[] | undefined, limit = 8, places = false, direct = places): number[] {
  let sawPrep = !preps;
  let prepAt = -1;
  for (let i = from; i < Math.min(ctx.tokens.length, from + limit); i++) {
    const t = ctx.tokens[i];
    const m = ctx.at[i];
    // ("attacked two police checkpoints in Dagestan" with no state in focus: police who are no one's are passed over.)
    if (m >= 0 && ctx.mentions[m].ref.type === "army" && !ctx.mentions[m].actor) {
      i = ctx.mentions[m].last;
      continue;
    }
    // "fought the Somali government": a direct object needs no preposition.
    if (direct && m >= 0 && !sawPrep && ctx.tokens.slice(from, i).every((w) => DETERMINERS.has(w.norm))) sawPrep = true;
    if (m >= 0 && sawPrep && places && ctx.mentions[m].locative && (ctx.kinds.get(ctx.mentions[m].actor ?? "") === "place" || unnamedTargetIn(ctx, preps ? prepAt : from - 1, m))) return [m];
    // The verb's own preposition ("seize X from ISIL fighters") makes its object an actor, not a location.
    const ownPrep = prepAt >= 0 && ctx.tokens.slice(prepAt + 1, i).every((w) => DETERMINERS.has(w.norm));
    if (m >= 0 && sawPrep && ownPrep && ctx.mentions[m].actor && ctx.kinds.get(ctx.mentions[m].actor!) !== "place") return coordination(ctx, m).length ? coordination(ctx, m) : [m];
    // "a depot in Russia's Belgorod region": look past the country to the place that was hit.
    if (m >= 0 && sawPrep && places && ctx.mentions[m].locative && ctx.tokens[ctx.mentions[m].last + 1]?.norm === "'s") {
      i = ctx.mentions[m].last;
      continue;
    }
    // "positions of Iran-backed militias": a hyphen modifier is not the target; "what it called": nor a new subject.
    // ("a Marshall Islands-flagged tanker", "HTS-held villages": what an actor holds or flies its flag is the actor's.)
    const hyphen = m >= 0 ? ctx.tokens[ctx.mentions[m].last + 1] : undefined;
    const held = !!hyphen?.joined && HYPHEN_POSSESSION.has(hyphen.norm) && /^\p{Ll}+$/u.test(ctx.tokens[ctx.mentions[m].last + 2]?.text ?? "");
    const modifier = !!hyphen?.joined && !held;
    const subjectPronoun = m >= 0 && CLAUSE_SUBJECTS.has(ctx.tokens[ctx.mentions[m].first].norm);
    if (m >= 0 && (modifier || subjectPronoun)) {
      i = ctx.mentions[m].last;
      continue;
    }
    if (m >= 0 && sawPrep) {
      // "accused Mexico's Jalisco New Generation Cartel": the body meant, not the state that has it.
      const owned = ctx.tokens[ctx.mentions[m].last + 1]?.norm === "'s" ? ctx.at[ctx.mentions[m].last + 2] : -1;
      if (owned >= 0 && ctx.mentions[owned].first === ctx.mentions[m].last + 2 && usable(ctx, owned) && BODIES.has(ctx.kinds.get(ctx.mentions[owned].actor!)!)) return coordination(ctx, owned);
      return usable(ctx, m) ? coordination(ctx, m) : [];
    }
    if (preps?.includes(t.norm)) {
      sawPrep = true;
      prepAt = i;
    }
    // "struck what they described as bases of X": the naming clause goes on to the object it names.
    const naming = namingClauseEnd(ctx, i);
    if (naming > 0) {
      limit += naming - i + 1;
      i = naming;
      continue;
    }
    // "enemy fighters firing on...": a participle after a plain noun starts a new clause.
    if (i > from && t.norm.endsWith("ing") && VERB_FORMS.has(t.norm) && !DETERMINERS.has(ctx.tokens[i - 1].norm)) return [];
    if (PATIENT_STOP.has(t.norm) || (SPEECH_VERBS.has(t.norm) && t.norm !== "according")) return [];
    // Another verb ends the object ("attacked Idlib and killed..."), but not a noun that looks like one ("artillery shells").
    const prev = ctx.tokens[i - 1];
    // ("members of armed Lebanese clans": a participle after "of" is an adjective.)
    const adjective = prev.norm === "of" && t.norm.endsWith("ed");
    if (VERB_FORMS.has(t.norm) && i > from && !DETERMINERS.has(prev.norm) && !adjective && (FUNCTION_WORDS.has(prev.norm) || !/^\p{Ll}+$/u.test(prev.text) || ctx.at[i - 1] >= 0)) return [];
    if ((t.norm === "and" || t.norm === "but") && /ed$/.test(ctx.tokens[i + 1]?.norm ?? "")) return [];
  }
  return [];
}

/** The subject of the clause a sentence-opening participle phrase modifies: "Backed by Moscow, Damascus launched...". */
export function mainSubjectAfter(ctx: Context, from: number): number[] {
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

/** The first actor of the sentence: the subject a trailing participle clause shares. */
export function firstActor(ctx: Context): number[] {
  const k = ctx.mentions.findIndex((m, index) => usable(ctx, index) && ctx.kinds.get(m.actor!) !== "place");
  return k >= 0 ? coordination(ctx, k) : [];
}

/** "our ongoing support", "our efforts to defeat": owned by a first person the text does not name. */
export function speakerOwned(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (FIRST_PERSON.has(ctx.tokens[j].norm)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j].text) || FUNCTION_WORDS.has(ctx.tokens[j].norm)) return false;
  }
  return false;
}

/** "its war", "Russia's invasion", "Israeli strikes": the actor right before a trigger noun owns it. */
export function possessorOf(ctx: Context, i: number): number[] {
  let j = i - 1;
  // "Hamas rocket attacks", "Russia's renewed strikes"; not "Russia condemned attacks": a stance verb is no modifier.
  while (j >= 0 && j > i - 3 && ctx.at[j] < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[j].text) && !FUNCTION_WORDS.has(ctx.tokens[j].norm) && !["the", "a", "an"].includes(ctx.tokens[j].norm) && !isStanceVerb(ctx.tokens[j].norm)) j--;
  const possessive = ctx.tokens[j]?.norm === "'s";
  if (possessive) j--;
  const m = mentionEndingAt(ctx, j);
  // "Qatar and Turkey expressed solidarity", "Hamas and Hezbollah rocket attacks": a list before it owns it together.
  return m >= 0 && usable(ctx, m) ? (possessive ? [m] : coordination(ctx, m)) : [];
}
