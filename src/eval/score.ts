// Names compare as the gold README says, and as the query API does: without case, punctuation or a leading "the".
import { normalizeName } from "../query/names.js";
import { CORE_RELATIONS, isCoreRelation } from "../vocabulary/relations.js";
import type { ActorGraph, CoreRelation } from "../types.js";
import type { Counts, DocumentScore, EvaluationReport, GoldDocument, Scores } from "./types.js";

const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
const emptyCounts = (): Counts => ({ tp: 0, fp: 0, found: 0, required: 0 });
const add = (a: Counts, c: Counts): Counts => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, found: a.found + c.found, required: a.required + c.required });

export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.required === 0 ? 1 : c.found / c.required;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores the graph's relations from one document against that document's gold annotation. */
export function scoreDocument(graph: ActorGraph, gold: GoldDocument): DocumentScore {
  const goldNames = new Map(gold.actors.map((a) => [a.id, new Set(a.names.map(normalizeName))]));
  const matchCache = new Map<string, string[]>();
  const goldIdsOf = (node: string): string[] => {
    let ids = matchCache.get(node);
    if (!ids) {
      const attributes = graph.getNodeAttributes(node);
      const names = [attributes.label, ...attributes.aliases].map(normalizeName);
      ids = gold.actors.filter((a) => names.some((n) => goldNames.get(a.id)!.has(n))).map((a) => a.id);
      matchCache.set(node, ids);
    }
    return ids;
  };

  const byRelation = Object.fromEntries(CORE_RELATIONS.map((r) => [r, emptyCounts()])) as Record<CoreRelation, Counts>;
  const foundGold = new Set<number>();
  const counted = new Set<string>();
  const falsePositives: string[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!isCoreRelation(attributes.relation) || !attributes.evidence.some((e) => e.doc === gold.doc)) return;
    const relation = attributes.relation;
    const sources = goldIdsOf(source);
    const targets = goldIdsOf(target);
    const matches = gold.relations
      .map((g, index) => ({ g, index }))
      .filter(({ g }) => g.type === relation && list(g.source).some((s) => sources.includes(s)) && list(g.target).some((t) => targets.includes(t)));
    const required = matches.filter(({ g }) => g.required !== false);
    required.forEach(({ index }) => foundGold.add(index));
    // Distinct triples after matching: two predicted edges onto the same gold actors count once.
    const triple = `${sources[0] ?? source}|${relation}|${targets[0] ?? target}`;
    if (counted.has(triple)) return;
    counted.add(triple);
    if (required.length) byRelation[relation].tp++;
    else if (!matches.length) {
      byRelation[relation].fp++;
      falsePositives.push(`${graph.getNodeAttribute(source, "label")} ${relation} ${graph.getNodeAttribute(target, "label")}`);
    }
  });

  const misses: string[] = [];
  gold.relations.forEach((g, index) => {
    if (g.required === false || !isCoreRelation(g.type)) return;
    byRelation[g.type].required++;
    if (foundGold.has(index)) byRelation[g.type].found++;
    else misses.push(`${list(g.source).join("/")} ${g.type} ${list(g.target).join("/")}`);
  });

  const predictedNames = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    for (const name of [attributes.label, ...attributes.aliases]) predictedNames.add(normalizeName(name));
  });
  const requiredActors = gold.actors.filter((a) => a.required !== false);
  const actorsFound = requiredActors.filter((a) => a.names.some((n) => predictedNames.has(normalizeName(n)))).length;
  return { doc: gold.doc, byRelation, actorsFound, actorsRequired: requiredActors.length, falsePositives, misses };
}

/** Scores a graph against gold files: per relation type, micro-averaged, and actor recall. */
export function evaluate(graph: ActorGraph, golds: GoldDocument[]): EvaluationReport {
  const documents = golds.map((gold) => scoreDocument(graph, gold)).sort((a, b) => (a.doc < b.doc ? -1 : 1));
  const sum = (pick: (d: DocumentScore) => Counts): Counts => documents.map(pick).reduce(add, emptyCounts());
  const byRelation = Object.fromEntries(
    CORE_RELATIONS.map((r) => {
      const counts = sum((d) => d.byRelation[r]);
      return [r, { ...counts, ...scoresOf(counts) }];
    }),
  ) as EvaluationReport["byRelation"];
  const micro = CORE_RELATIONS.map((r) => byRelation[r]).reduce(add, emptyCounts());
  const actorsRequired = documents.reduce((n, d) => n + d.actorsRequired, 0);
  const actorsFound = documents.reduce((n, d) => n + d.actorsFound, 0);
  return { documents, byRelation, micro: { ...micro, ...scoresOf(micro) }, actorRecall: actorsRequired ? actorsFound / actorsRequired : 1 };
}
