import { byText, largest } from "../graph/order.js";
import type { Matcher } from "../dictionary/matcher.js";
import { resolveDocument, type ResolvedMention, type SentenceMentions } from "../resolve/document.js";
import type { ActorKind, Article, Evidence, RelationType, StructuralRelation } from "../types.js";
import { mapped } from "./arrays.js";
import { findMentions } from "./mentions.js";
import { mayRelate } from "./prefilter.js";
import { EVENT_KINDS, KILLING_EVENTS, type EventKind } from "./events.js";
import { HISTORY_YEARS, reportingYear } from "./history.js";
import { findRelations, type OpenRelation } from "./relations.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { datelineEnd } from "./dateline.js";
import { isTitleCase, plainTitleWords } from "./titleCase.js";
import { tokenize, type Token } from "./tokens.js";

export interface ExtractedActor {
  key: string;
  label: string;
  kind: ActorKind;
  aliases: string[];
  mentions: number;
  role?: string;
  affiliation?: string;
}

export interface ExtractedRelation {
  source: string;
  target: string;
  relation: RelationType;
  confidence: number;
  evidence: Evidence;
}

/** What one document says: its actors and the relations between them, each with its sentence. */
export interface DocumentExtraction {
  doc: string;
  date?: string;
  actors: ExtractedActor[];
  relations: ExtractedRelation[];
}

/** The sentence that proves a relation; the date goes last, as every evidence item has it. */
function evidenceOf(article: Article, sentence: Sentence, trigger: string): Evidence {
  const evidence: Evidence = { doc: article.name, start: sentence.start, end: sentence.end, text: sentence.text, trigger };
  if (article.date) evidence.date = article.date;
  return evidence;
}

/** How many sentences back a claim ("The BLA claimed responsibility") reaches for the act it claims. */
const CLAIM_REACH = 4;

/**
 * An open stance with its evidence and, for a condemned event, how many sentences had named authors of its
 * kind of act so far (`acted` keeps them by sentence: those named together imposed sanctions together,
 * "Britain, Canada and Australia imposed…").
 */
type OpenFact = OpenRelation & { evidence: Evidence; authorsSeen: number };
/** A claim's authors and the act it names, if it names one ("claimed responsibility for an arson attack"). */
type Claimed = { by: string[]; act?: string };

/** The key named most often (ties in code-point order, as the browser and the command line must agree). */
function mostNamed(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return largest([...counts.keys()].sort(byText), (key) => counts.get(key)!);
}

/** The document's two sides so far: the actor that attacks most and the actor it attacks most (a people is no side: its attackers' enemies are). */
function belligerentsOf(relations: ExtractedRelation[], kinds: Map<string, ActorKind>): string[] {
  const party = (key: string) => {
    const kind = kinds.get(key) ?? "place";
    return kind !== "person" && kind !== "place" && kind !== "population";
  };
  const attacks = relations.filter((r) => r.relation === "attacks" && party(r.source) && party(r.target));
  const mainAttacker = mostNamed(mapped(attacks, (r) => r.source));
  const mainTarget = mostNamed(mapped(attacks.filter((r) => r.source === mainAttacker), (r) => r.target));
  return [mainAttacker, mainTarget].filter((key): key is string => !!key);
}

/** "both sides", "the two governments": once the text has told of fighting, the two sides that fought. */
function sidesOf(mentions: ResolvedMention[], relations: ExtractedRelation[], kinds: Map<string, ActorKind>): void {
  for (const m of mentions) {
    if (m.ref.type !== "group" || m.ref.count !== 2) continue;
    const kindsMeant = m.ref.kinds;
    const sides = belligerentsOf(relations, kinds);
    // ("both sides" of a clash with a tribal alliance: a body that fights is a side as an armed group is.)
    const fits = (kind: ActorKind) => kindsMeant.includes(kind) || (kind === "organization" && kindsMeant.includes("armed_group"));
    if (sides.length === 2 && sides.every((key) => fits(kinds.get(key)!))) {
      m.members = sides;
      m.actor = sides[0];
    }
  }
}

/**
 * Gives the relations that named no counterpart theirs: a ceasefire pressed for without naming the
 * parties concerns the document's two sides (the actor that attacks most and the actor it attacks most),
 * and "condemned the attack" whoever attacked the target it names, else a claimant, else the first attacker
 * named ("the sanctions": all who imposed them together). Kept apart from `extractDocument` so that a
 * rare case here re-optimises this function only, not the whole extractor.
 */
function resolveOpen(open: OpenFact[], acted: Record<EventKind, string[][]>, claimed: Claimed[], relations: ExtractedRelation[], kinds: Map<string, ActorKind>): void {
  if (!open.length) return;
  const belligerents = belligerentsOf(relations, kinds);
  const placed = new Set(relations.filter((r) => r.relation === "mediates").map((r) => `${r.source} ${r.evidence.start}`));
  for (const m of open) {
    for (const source of m.sources) {
      // "the army and the RSF agreed to send delegations to talks": a side that goes to talks mediates nothing.
      if (m.relation === "mediates" && belligerents.includes(source)) continue;
      // "talks between X and Y under the auspices of Norway, which serves as guarantor": a mediator the
      // sentence placed between parties is speaking of those talks.
      if (m.relation === "mediates" && placed.has(`${source} ${m.evidence.start}`)) continue;
      // "condemned the attack on the Piagapo detachment": whoever the text says attacked that target; else whoever
      // claimed an attack (the troops who shot the attackers dead attacked too, but that is not "the attack"); else the first author.
      const hit = m.targets?.length ? relations.find((r) => r.relation === "attacks" && r.source !== source && m.targets!.includes(r.target)) : undefined;
      // ("denounced the killings" after a claim of an arson attack: the claim is of another act.)
      const covers = (c: Claimed) => !m.killing || !c.act || KILLING_EVENTS.has(c.act);
      const claim = (m.event ?? "attacks") === "attacks" ? claimed.find((c) => covers(c) && c.by.some((a) => a !== source))?.by : undefined;
      const authors = acted[m.event ?? "attacks"];
      const accused = hit ? [hit.source] : (claim ?? (m.authorsSeen ? authors.slice(0, m.authorsSeen) : authors).find((group) => group.some((a) => a !== source)) ?? []);
      // Sanctions are imposed together; attackers named together are as often two sides that clashed.
      const others = [...new Set(accused)].filter((a) => a !== source);
      const targets = m.relation === "mediates" ? belligerents.filter((b) => b !== source).slice(0, 2) : m.event === "sanctions" ? others : others.slice(0, 1);
      for (const target of targets) relations.push({ source, target, relation: m.relation, confidence: 0.5, evidence: m.evidence });
    }
  }
}

/**
 * A mediator is no party to the talks it mediates: "China sent a delegation to Putrajaya to observe the talks"
 * goes to Malaysia's talks, and "a track brokered by Washington" runs beside Qatar's. A mediator that fights or
 * is fought in the document may be a party as well.
 */
function dropMediatorsAsParties(relations: ExtractedRelation[]): void {
  const mediators = new Set<string>();
  const fighting = new Set<string>();
  for (const r of relations) {
    if (r.relation === "mediates") mediators.add(r.source);
    if (r.relation === "attacks") fighting.add(r.source).add(r.target);
  }
  for (let k = relations.length - 1; k >= 0; k--) {
    const r = relations[k];
    if (r.relation === "mediates" && mediators.has(r.target) && !fighting.has(r.target)) relations.splice(k, 1);
  }
}

/** A first line with no full stop is a headline. */
const isHeadline = (text: string) => !/[.!?"”']\s*$/.test(text);

function lowerCaseWords(sentences: { tokens: Token[] }[]): Set<string> {
  const words = new Set<string>();
  for (const { tokens } of sentences) for (const t of tokens) if (!t.upper) words.add(t.norm);
  return words;
}

/** Runs the extractor over one article. Pure: the same article and dictionary give the same result. */
export function extractDocument(article: Article, matcher: Matcher): DocumentExtraction {
  const sentences = mapped(splitSentences(article.text), (s) => {
    const tokens = tokenize(s.text, s.start);
    const dateline = datelineEnd(tokens, matcher);
    return { start: s.start, end: s.end, text: s.text, tokens: dateline ? tokens.slice(dateline) : tokens };
  });
  // Words seen capitalised inside a sentence are names even where they open one ("Idlib is dominated..."),
  // and capitalised words beside another are parts of a longer name ("Trump" of "Donald Trump").
  const nameWords = new Set<string>();
  const nameParts = new Set<string>();
  const titles = mapped(sentences, (s) => isTitleCase(s.tokens));
  for (const [k, { tokens }] of sentences.entries()) {
    // A Title Case headline capitalises every word: its capitals tell nothing.
    if (titles[k]) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.upper) continue;
      if (i > 0) nameWords.add(t.norm);
      if (tokens[i - 1]?.upper || tokens[i + 1]?.upper) nameParts.add(t.norm);
    }
  }
  // Words seen in lower case: asked about rarely (a capitalised word opening a sentence before a group noun), so gathered on first asking.
  let plainWords: Set<string> | undefined;
  // (Not from Title Case headlines, whose words were lower-cased here.)
  const isPlainWord = (norm: string) => (plainWords ??= lowerCaseWords(sentences.filter((_, k) => !titles[k]))).has(norm);
  const names = { isNameWord: (norm: string) => nameWords.has(norm), isNamePart: (norm: string) => nameParts.has(norm), isPlainWord };
  sentences.forEach((s, k) => titles[k] && plainTitleWords(s.tokens, matcher, names.isNameWord));
  const withMentions: SentenceMentions[] = mapped(sentences, (s) => ({
    tokens: s.tokens,
    text: s.text,
    offset: s.start,
    mentions: findMentions(s.tokens, s.text, s.start, matcher, names),
  }));
  const { actors, sentences: resolved } = resolveDocument(withMentions);
  const kinds = new Map([...actors.values()].map((a) => [a.key, a.kind]));

  const relations: ExtractedRelation[] = [];
  const year = reportingYear(article.text, article.date);
  const historyUntil = year === undefined ? undefined : year - HISTORY_YEARS;
  // Who attacked and who sanctioned, in text order: "condemned the attack" names nobody, so it points at the first attacker named.
  const acted: Record<EventKind, string[][]> = { attacks: [], sanctions: [] };
  const open: OpenFact[] = [];
  let unclaimed: { targets: string[]; sentence: number } | undefined;
  const claimed: Claimed[] = [];
  sentences.forEach((sentence, index) => {
    sidesOf(resolved[index], relations, kinds);
    // The cheap first pass: most sentences cannot hold a relation and skip the analysis.
    if (!mayRelate(sentence.tokens, resolved[index])) return;
    const facts = findRelations(sentence.tokens, resolved[index], kinds, historyUntil, index === 0 && isHeadline(sentence.text));
    const evidence = (trigger: string) => evidenceOf(article, sentence, trigger);
    for (const r of facts.relations) relations.push({ source: r.source, target: r.target, relation: r.relation, confidence: r.confidence, evidence: evidence(r.trigger) });
    // "A police station was attacked… The assault was claimed by X": a claim names the attacker of an act
    // told without one, in its sentence or the few before (a claim often comes in the second or third paragraph).
    if (facts.victims.length) unclaimed = { targets: facts.victims, sentence: index };
    const reached = unclaimed && index - unclaimed.sentence <= CLAIM_REACH ? unclaimed.targets : [];
    for (const claim of facts.claims) {
      if (!claim.blame) claimed.push({ by: claim.by, act: claim.act });
      for (const source of claim.by) {
        for (const target of reached) if (source !== target) relations.push({ source, target, relation: "attacks", confidence: 0.6, evidence: evidence(claim.trigger) });
      }
    }
    // "condemned the attack": the attackers named so far in the document, in the order the text named them.
    const actedHere: Record<EventKind, string[]> = { attacks: [...facts.acts], sanctions: [] };
    for (const r of facts.relations) if ((r.relation === "attacks" || r.relation === "sanctions") && kinds.get(r.source) !== "person") actedHere[r.relation].push(r.source);
    for (const kind of EVENT_KINDS) if (actedHere[kind].length) acted[kind].push(actedHere[kind]);
    // Authors in the order the text introduced them: news names the main event first.
    // (Counted, not copied: the lists only grow.)
    for (const m of facts.open) open.push({ ...m, evidence: evidence(m.trigger), authorsSeen: acted[m.event ?? "attacks"].length });
  });

  resolveOpen(open, acted, claimed, relations, kinds);
  dropMediatorsAsParties(relations);
  for (const a of actors.values()) {
    if (a.affiliation && actors.has(a.affiliation.key)) {
      const relation: StructuralRelation = a.affiliation.relation;
      const sentence = sentences[a.affiliation.sentence];
      if (sentence) {
        relations.push({
          source: a.key,
          target: a.affiliation.key,
          relation,
          confidence: 0.9,
          evidence: evidenceOf(article, sentence, a.role ?? relation),
        });
      }
    }
  }

  const used = new Set<string>();
  for (const r of relations) used.add(r.source).add(r.target);
  return {
    doc: article.name,
    ...(article.date ? { date: article.date } : {}),
    // Places matter only as targets of actions; other actors are kept even when nothing links them yet.
    actors: [...actors.values()]
      .filter((a) => a.kind !== "place" || used.has(a.key))
      .map((a) => ({
        key: a.key,
        label: a.label,
        kind: a.kind,
        aliases: [...a.aliases].sort(),
        mentions: a.mentions,
        ...(a.role ? { role: a.role } : {}),
        ...(a.affiliation ? { affiliation: a.affiliation.key } : {}),
      })),
    relations,
  };
}
