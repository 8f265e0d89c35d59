// Adding documents to the previous build's state instead of building again, when that gives the same
// graph: the earlier documents' contributions must stay as they were.
import type { DocumentExtraction } from "../extract/document.js";
import { byText } from "../graph/order.js";
import { addDocument, restoreRelationsOf } from "../graph/tally.js";
import type { CorpusSource } from "../read/corpus.js";
import { startsWithFeed } from "../read/jsonl.js";
import type { StoredEdge } from "../export/document.js";
import { documentIndex, packConfidences, type BuildState, type PreviousBuild } from "./buildState.js";
import { mergeAcrossDocuments } from "./merge.js";

/** The persons (key, label) and all keys (actors' and affiliations') the extractions name, before merging: distinct and sorted. */
export function namesOf(extractions: DocumentExtraction[]): { persons: [string, string][]; keys: string[] } {
  const persons = new Map<string, [string, string]>();
  const keys = new Set<string>();
  for (const doc of extractions) {
    for (const a of doc.actors) {
      keys.add(a.key);
      if (a.affiliation) keys.add(a.affiliation);
      if (a.kind === "person") persons.set(`${a.key}\0${a.label}`, [a.key, a.label]);
    }
  }
  return { persons: [...persons.keys()].sort(byText).map((id) => persons.get(id)!), keys: [...keys].sort(byText) };
}

/** Each person alone in a document, standing for the documents that name it. */
const alone = (persons: [string, string][]): DocumentExtraction[] =>
  persons.map(([key, label], i) => ({ doc: `\0${i}`, actors: [{ key, label, kind: "person", aliases: [], mentions: 0 }], relations: [] }));

/**
 * What merging across documents does to each person's key, as `key\0label` of the actor it becomes:
 * each person goes in a document of its own, so the merged document shows what became of it.
 * The merge depends on nothing but the persons named, so this is what it does to a whole corpus.
 */
export function personRenames(persons: [string, string][]): Map<string, string> {
  const renames = new Map<string, string>();
  mergeAcrossDocuments(alone(persons)).forEach((doc, i) => {
    const [actor] = doc.actors;
    if (actor.key !== persons[i][0]) renames.set(persons[i][0], `${actor.key}\0${actor.label}`);
  });
  return renames;
}

/**
 * What to read that the state has not: new sources, and the lines appended to feeds it read (a feed that
 * still starts with the bytes read before). Undefined when a source it read is gone or changed otherwise.
 */
export function addedSources(state: BuildState, sources: CorpusSource[]): CorpusSource[] | undefined {
  const listed = new Set(sources.map((s) => s.path));
  if (Object.keys(state.sources).some((path) => !listed.has(path))) return undefined;
  const added: CorpusSource[] = [];
  for (const source of sources) {
    if (!(source.path in state.sources)) added.push(source);
    else if (state.sources[source.path] !== source.stamp) {
      const mark = state.feeds[source.path];
      if (!mark || !startsWithFeed(source.path, mark)) return undefined;
      added.push({ ...source, bytes: Math.max(0, source.bytes - mark.bytes), resume: mark });
    }
  }
  return added;
}

/**
 * Adds new documents' extractions to the state, merged across the whole corpus. Returns false, leaving
 * the state as it was, when a full build would treat an earlier document differently (a document name
 * already taken, or a person the new documents make merge otherwise), or when a saved relation they add
 * to cannot be restored (a state file edited by hand).
 */
export function addDocuments(state: BuildState, extractions: DocumentExtraction[]): boolean {
  const taken = new Set(state.tally.documents);
  if (extractions.some((doc) => taken.has(doc.doc))) return false;
  const added = namesOf(extractions);
  const known = new Map(state.persons.map((p) => [`${p[0]}\0${p[1]}`, p]));
  for (const p of added.persons) known.set(`${p[0]}\0${p[1]}`, p);
  const persons = [...known.keys()].sort(byText).map((id) => known.get(id)!);
  const before = personRenames(state.persons);
  const after = personRenames(persons);
  if (state.keys.some((key) => before.get(key) !== after.get(key))) return false;
  // The old persons stand in for their documents, so the new documents merge as in a full build.
  const stand = alone(state.persons);
  const merged = mergeAcrossDocuments([...stand, ...extractions]).slice(stand.length);
  // Every saved relation they add to is restored before anything changes, so a bad one changes nothing.
  try {
    for (const doc of merged) restoreRelationsOf(state.tally, doc);
  } catch {
    return false;
  }
  for (const doc of merged) addDocument(state.tally, doc);
  state.persons = persons;
  state.keys = [...new Set([...state.keys, ...added.keys])].sort(byText);
  return true;
}


/**
 * The previous build's edges that a full build can copy instead of writing them again: relations stated
 * by the same documents' sentences as before, none of those documents `changed`, when merging across
 * documents renames every earlier key as it did. Their evidence leaves the tally (the bytes hold it).
 * Nothing when the renames changed: an earlier document's relations may have moved between keys.
 */
export function reusableEdges(previous: PreviousBuild, state: BuildState, changed: (doc: string) => boolean): Map<string, StoredEdge> {
  const reused = new Map<string, StoredEdge>();
  const { savedConfidences, tally: before } = previous.state;
  if (!savedConfidences) return reused;
  const [renamed, renames] = [personRenames(previous.state.persons), personRenames(state.persons)];
  if (previous.state.keys.some((key) => renamed.get(key) !== renames.get(key))) return reused;
  let index: Map<string, number> | undefined;
  for (const [key, t] of state.tally.relations) {
    const saved = savedConfidences.get(key);
    const stored = previous.stored.get(key);
    if (!saved || !stored || !t.confidences || t.confidences.some((group) => changed(group[0]))) continue;
    // The same groups pack to the same text (documents as the previous build numbered them).
    if (packConfidences(t.confidences, (index ??= documentIndex(before.documents))) !== saved) continue;
    delete t.evidence;
    reused.set(key, stored);
  }
  return reused;
}
