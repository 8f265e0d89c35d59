import Graph from "graphology";
import { byText } from "./order.js";
import type { DocumentExtraction, ExtractedActor } from "../extract/document.js";
import { KIND_COLORS, RELATION_COLORS } from "../style/palette.js";
import type { ActorAttributes, ActorGraph, Evidence, GraphAttributes, RelationAttributes } from "../types.js";


function evidenceOrder(a: Evidence, b: Evidence): number {
  return byText(a.doc, b.doc) || a.start - b.start || byText(a.trigger, b.trigger);
}

/** The label most documents use; ties go to the longest, then alphabetical, so merging is order-free. */
function commonLabel(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || byText(a[0], b[0]))[0][0];
}

/**
 * Merges per-document extractions into one typed graph: one node per actor key, one edge per
 * (source, relation, target) carrying every sentence that states it. Insertion order is sorted,
 * so the same extractions always export the same bytes.
 */
export function buildGraph(extractions: DocumentExtraction[], meta: Partial<GraphAttributes> = {}): ActorGraph {
  const graph: ActorGraph = new Graph<ActorAttributes, RelationAttributes, GraphAttributes>({ type: "directed", multi: true, allowSelfLoops: false });
  const docs = [...extractions].sort((a, b) => byText(a.doc, b.doc));
  const dates = docs.map((d) => d.date).filter((d): d is string => !!d).sort();
  graph.replaceAttributes({
    name: meta.name ?? "actorgraph",
    creator: meta.creator ?? "actorgraph",
    description: meta.description ?? "Actors and their relations extracted from news articles",
    documents: docs.map((d) => d.doc),
    ...(dates.length ? { date: dates[dates.length - 1] } : {}),
  });

  const actors = new Map<string, { seen: ExtractedActor[]; documents: number }>();
  for (const doc of docs) {
    for (const actor of doc.actors) {
      const entry = actors.get(actor.key) ?? { seen: [], documents: 0 };
      entry.seen.push(actor);
      entry.documents++;
      actors.set(actor.key, entry);
    }
  }
  for (const key of [...actors.keys()].sort(byText)) {
    const { seen, documents } = actors.get(key)!;
    const role = seen.find((a) => a.role)?.role;
    const affiliation = seen.find((a) => a.affiliation)?.affiliation;
    const kind = seen[0].kind;
    graph.addNode(key, {
      label: commonLabel(seen.map((a) => a.label)),
      kind,
      aliases: [...new Set(seen.flatMap((a) => a.aliases))].sort(byText),
      mentions: seen.reduce((sum, a) => sum + a.mentions, 0),
      documents,
      ...(role ? { role } : {}),
      ...(affiliation ? { affiliation } : {}),
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS[kind],
    });
  }

  const edges = new Map<string, { source: string; target: string; relation: RelationAttributes["relation"]; evidence: Evidence[]; confidences: number[]; sentences: Set<string> }>();
  for (const doc of docs) {
    for (const r of doc.relations) {
      if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
      const key = `${r.source}|${r.relation}|${r.target}`;
      const edge = edges.get(key) ?? { source: r.source, target: r.target, relation: r.relation, evidence: [], confidences: [], sentences: new Set<string>() };
      // One evidence item per sentence: two triggers in one sentence prove the edge once.
      const sentence = `${r.evidence.doc}\0${r.evidence.start}`;
      if (!edge.sentences.has(sentence)) {
        edge.sentences.add(sentence);
        edge.evidence.push(r.evidence);
        edge.confidences.push(r.confidence);
      }
      edges.set(key, edge);
    }
  }
  for (const key of [...edges.keys()].sort(byText)) {
    const edge = edges.get(key)!;
    const evidence = edge.evidence.sort(evidenceOrder);
    const dated = evidence.map((e) => e.date).filter((d): d is string => !!d).sort();
    // Independent sentences make a relation more certain: noisy-or of their confidences.
    const confidence = 1 - edge.confidences.reduce((p, c) => p * (1 - c), 1);
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      relation: edge.relation,
      weight: evidence.length,
      confidence: Math.round(confidence * 1000) / 1000,
      evidence,
      ...(dated.length ? { firstSeen: dated[0], lastSeen: dated[dated.length - 1] } : {}),
      color: RELATION_COLORS[edge.relation],
      size: 1,
    });
  }
  return graph;
}
