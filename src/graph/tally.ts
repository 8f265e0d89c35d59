// Browser-safe (no Node modules): what the graph keeps of each document, added one document at a time.
// A tally gives the same graph whatever order its documents came in, so a rebuild can add new documents
// to the previous build's tally and write the same bytes as a build from scratch.
import type { DocumentExtraction } from "../extract/document.js";
import { KIND_COLORS, RELATION_COLORS } from "../style/palette.js";
import type { ActorAttributes, ActorKind, Evidence, RelationAttributes, RelationType } from "../types.js";
import { byText } from "./order.js";

/** An actor over the documents that name it. "First" means in document-name order, as a build reads them. */
export interface ActorTally {
  labels: Record<string, number>;
  /** Distinct. */
  aliases: string[];
  mentions: number;
  documents: number;
  kind: ActorKind;
  kindDoc: string;
  role?: string;
  roleDoc?: string;
  affiliation?: string;
  affiliationDoc?: string;
}

/**
 * One (source, relation, target): how many sentences state it, their pattern confidences grouped by
 * document, `[doc, ...c]`, in the order each document states them (the noisy-or is taken in that order,
 * so rounding is the same), and its evidence. A stored tally leaves confidences and evidence out until a
 * new document adds to the relation.
 */
export interface RelationTally {
  source: string;
  target: string;
  relation: RelationType;
  sentences: number;
  confidences?: [string, ...number[]][];
  evidence?: Evidence[];
}

/** What a stored tally leaves out of a relation. */
export type StoredParts = Required<Pick<RelationTally, "confidences" | "evidence">>;

export interface GraphTally {
  documents: string[];
  /** The latest document date. */
  date?: string;
  actors: Map<string, ActorTally>;
  relations: Map<string, RelationTally>;
  /** Gives a stored relation's confidences and evidence when a document adds to it. */
  restore?: (key: string) => StoredParts;
}

export const newTally = (): GraphTally => ({ documents: [], actors: new Map(), relations: new Map() });

/** A relation's key in the tally and the graph: "source|relation|target". */
const relationKey = (r: { source: string; relation: RelationType; target: string }): string => `${r.source}|${r.relation}|${r.target}`;

/**
 * Gives every stored relation that `doc` adds to its confidences and evidence back. `tally.restore` throws
 * on a damaged state; nothing of `doc` has been added then.
 */
export function restoreRelationsOf(tally: GraphTally, doc: DocumentExtraction): void {
  // A tally built in this run holds everything: nothing to look up.
  if (!tally.restore) return;
  for (const r of doc.relations) {
    const key = relationKey(r);
    const t = tally.relations.get(key);
    if (t && !(t.confidences && t.evidence)) Object.assign(t, tally.restore!(key));
  }
}

const earlier = (doc: string, than: string | undefined) => than === undefined || byText(doc, than) < 0;

/** Adds one document (merged across documents already). Its name must be new to the tally. */
export function addDocument(tally: GraphTally, doc: DocumentExtraction): void {
  restoreRelationsOf(tally, doc);
  tally.documents.push(doc.doc);
  if (doc.date && (tally.date === undefined || doc.date > tally.date)) tally.date = doc.date;
  for (const a of doc.actors) {
    let t = tally.actors.get(a.key);
    if (!t) tally.actors.set(a.key, (t = { labels: {}, aliases: [], mentions: 0, documents: 0, kind: a.kind, kindDoc: doc.doc }));
    else if (earlier(doc.doc, t.kindDoc)) [t.kind, t.kindDoc] = [a.kind, doc.doc];
    t.labels[a.label] = (t.labels[a.label] ?? 0) + 1;
    for (const alias of a.aliases) if (!t.aliases.includes(alias)) t.aliases.push(alias);
    t.mentions += a.mentions;
    t.documents++;
    if (a.role && earlier(doc.doc, t.roleDoc)) [t.role, t.roleDoc] = [a.role, doc.doc];
    if (a.affiliation && earlier(doc.doc, t.affiliationDoc)) [t.affiliation, t.affiliationDoc] = [a.affiliation, doc.doc];
  }
  // One evidence item per sentence: two triggers in one sentence prove the edge once.
  const sentences = new Set<string>();
  const groups = new Map<RelationTally, [string, ...number[]]>();
  for (const r of doc.relations) {
    const key = relationKey(r);
    const sentence = `${key}\0${r.evidence.start}`;
    if (sentences.has(sentence)) continue;
    sentences.add(sentence);
    let t = tally.relations.get(key);
    if (!t) tally.relations.set(key, (t = { source: r.source, target: r.target, relation: r.relation, sentences: 0, confidences: [], evidence: [] }));
    t.evidence!.push(r.evidence);
    t.sentences++;
    let group = groups.get(t);
    if (!group) {
      groups.set(t, (group = [doc.doc]));
      t.confidences!.push(group);
    }
    group.push(r.confidence);
  }
}

/** The label most documents use; ties go to the longest, then alphabetical, so merging is order-free. */
function commonLabel(labels: Record<string, number>): string {
  return Object.entries(labels).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || byText(a[0], b[0]))[0][0];
}

/** The actor's node attributes, before the layout places and sizes it. */
export function actorAttributes(t: ActorTally): ActorAttributes {
  return {
    label: commonLabel(t.labels),
    kind: t.kind,
    aliases: [...t.aliases].sort(byText),
    mentions: t.mentions,
    documents: t.documents,
    ...(t.role ? { role: t.role } : {}),
    ...(t.affiliation ? { affiliation: t.affiliation } : {}),
    x: 0,
    y: 0,
    size: 1,
    color: KIND_COLORS[t.kind],
  };
}

/** Confidence groups in the order of their documents' names: the order the noisy-or takes them in. */
export const byGroupDocument = (a: [string, ...number[]], b: [string, ...number[]]): number => byText(a[0], b[0]);

/** Sentences this relation has: its weight. */
export const relationWeight = (t: RelationTally): number => t.sentences;

function evidenceOrder(a: Evidence, b: Evidence): number {
  return byText(a.doc, b.doc) || a.start - b.start || byText(a.trigger, b.trigger);
}

/** The relation's edge attributes (its confidences and evidence must be known), before the layout sizes it. */
export function relationAttributes(t: RelationTally): RelationAttributes {
  const evidence = t.evidence!.sort(evidenceOrder);
  const dated = evidence.map((e) => e.date).filter((d): d is string => !!d).sort();
  // Independent sentences make a relation more certain: noisy-or of their confidences, in document order.
  const groups = [...t.confidences!].sort(byGroupDocument);
  let unlikely = 1;
  for (const group of groups) for (let i = 1; i < group.length; i++) unlikely *= 1 - (group[i] as number);
  return {
    relation: t.relation,
    weight: relationWeight(t),
    confidence: Math.round((1 - unlikely) * 1000) / 1000,
    evidence,
    ...(dated.length ? { firstSeen: dated[0], lastSeen: dated[dated.length - 1] } : {}),
    color: RELATION_COLORS[t.relation],
    size: 1,
  };
}

/** Actor keys in graph order. */
export const actorKeys = (tally: GraphTally): string[] => [...tally.actors.keys()].sort(byText);

/** Relation keys in graph order, without relations to an actor no document names (there are none in a corpus, but input may be odd). */
export function relationKeys(tally: GraphTally): string[] {
  const keys = [...tally.relations.keys()].filter((key) => {
    const t = tally.relations.get(key)!;
    return tally.actors.has(t.source) && tally.actors.has(t.target);
  });
  return keys.sort(byText);
}
