// Browser-safe (no Node modules): used by the pipeline for any set of documents.
import type { DocumentExtraction, ExtractedActor } from "../extract/document.js";
import { byText } from "../graph/order.js";
import { lastName } from "../resolve/document.js";
import { mergeActor } from "./split.js";

/**
 * Across documents, the rule each document applies within itself: a person named by one word ("Trump",
 * "al-Jolani") is the one person of the corpus whose full name ends in it, when there is exactly one.
 * Dictionary actors need nothing here: their aliases, demonyms and metonyms already share one key.
 * Depends only on the set of extractions, not their order, so builds stay deterministic.
 */
export function mergeAcrossDocuments(extractions: DocumentExtraction[]): DocumentExtraction[] {
  const full = new Map<string, Map<string, string>>();
  for (const doc of extractions) {
    for (const a of doc.actors) {
      if (a.kind !== "person" || !/\s/.test(a.label.trim())) continue;
      const keys = full.get(lastName(a.label)) ?? new Map<string, string>();
      const known = keys.get(a.key);
      if (known === undefined || byText(a.label, known) < 0) keys.set(a.key, a.label);
      full.set(lastName(a.label), keys);
    }
  }
  const rename = new Map<string, { key: string; label: string }>();
  for (const doc of extractions) {
    for (const a of doc.actors) {
      if (a.kind !== "person" || /\s/.test(a.label.trim()) || rename.has(a.key)) continue;
      const keys = full.get(lastName(a.label));
      if (keys?.size === 1) {
        const [[key, label]] = [...keys];
        if (key !== a.key) rename.set(a.key, { key, label });
      }
    }
  }
  if (!rename.size) return extractions;
  return extractions.map((doc) => {
    if (!doc.actors.some((a) => rename.has(a.key))) return doc;
    const keyOf = (key: string) => rename.get(key)?.key ?? key;
    const actors = new Map<string, ExtractedActor>();
    for (const a of doc.actors) {
      const to = rename.get(a.key);
      const actor: ExtractedActor = to ? { ...a, key: to.key, label: to.label } : { ...a };
      if (actor.affiliation) actor.affiliation = keyOf(actor.affiliation);
      if (actor.affiliation === actor.key) delete actor.affiliation;
      const seen = actors.get(actor.key);
      if (!seen) actors.set(actor.key, actor);
      else mergeActor(seen, actor);
    }
    const relations = doc.relations
      .map((r) => ({ ...r, source: keyOf(r.source), target: keyOf(r.target) }))
      .filter((r) => r.source !== r.target);
    return { ...doc, actors: [...actors.values()], relations };
  });
}
