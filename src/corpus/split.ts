// Browser-safe (no Node modules): the pipeline and the corpus build both extract through here.
import type { Matcher } from "../dictionary/matcher.js";
import { extractDocument, type DocumentExtraction, type ExtractedActor } from "../extract/document.js";
import type { Article } from "../types.js";

/**
 * The longest text extracted in one go. Longer articles are cut into pieces so time and memory grow
 * linearly with their length (coreference does not cross a cut; real articles are far shorter).
 */
export const MAX_PIECE = 200_000;

/** Where to cut `text` into pieces of at most `max` characters: at a paragraph break, else a sentence end, else a space. */
export function pieceBounds(text: string, max = MAX_PIECE): [number, number][] {
  const bounds: [number, number][] = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from + Math.floor(max / 2), from + max);
    const cutAt = (index: number, skip: number) => (index >= 0 ? from + Math.floor(max / 2) + index + skip : -1);
    let to = cutAt(window.lastIndexOf("\n\n"), 2);
    if (to < 0) to = cutAt(Math.max(window.lastIndexOf(". "), window.lastIndexOf("! "), window.lastIndexOf("? ")), 2);
    if (to < 0) to = cutAt(window.search(/\s\S*$/), 1);
    if (to < 0) to = from + max;
    // Never split a surrogate pair.
    const code = text.charCodeAt(to - 1);
    if (code >= 0xd800 && code <= 0xdbff) to--;
    bounds.push([from, to]);
    from = to;
  }
  bounds.push([from, text.length]);
  return bounds;
}

/** Folds a second sighting of an actor into the first: aliases, mentions, role and affiliation. */
export function mergeActor(into: ExtractedActor, actor: ExtractedActor): void {
  into.aliases = [...new Set([...into.aliases, ...actor.aliases])].sort();
  into.mentions += actor.mentions;
  if (!into.role && actor.role) into.role = actor.role;
  if (!into.affiliation && actor.affiliation) into.affiliation = actor.affiliation;
}

/** One article's extraction; an article longer than `max` is extracted piece by piece and put back together. */
export function extractArticle(article: Article, matcher: Matcher, max = MAX_PIECE): DocumentExtraction {
  if (article.text.length <= max) return extractDocument(article, matcher);
  const actors = new Map<string, ExtractedActor>();
  const relations: DocumentExtraction["relations"] = [];
  for (const [from, to] of pieceBounds(article.text, max)) {
    const piece = extractDocument({ ...article, text: article.text.slice(from, to) }, matcher);
    for (const actor of piece.actors) {
      const seen = actors.get(actor.key);
      if (seen) mergeActor(seen, actor);
      else actors.set(actor.key, { ...actor, aliases: [...actor.aliases] });
    }
    for (const r of piece.relations) relations.push({ ...r, evidence: { ...r.evidence, start: r.evidence.start + from, end: r.evidence.end + from } });
  }
  return { doc: article.name, ...(article.date ? { date: article.date } : {}), actors: [...actors.values()], relations };
}
