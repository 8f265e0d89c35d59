import type { ActorGraph, Evidence } from "../../../src/types.js";
import { applyCentralitySizes, edgeThickness, fromSerialized } from "../loading/utils.js";
import type { MergeReport } from "./types.js";

/**
 * Adds an extracted graph to the one on screen. Actors match by key (the engine's stable ids);
 * a relation matches by source, target and type, and then gains the new evidence and weight.
 * New actors are placed next to the actors they relate to, so the picture around them does not move.
 */
export function mergeGraph(target: ActorGraph, extracted: ActorGraph): MergeReport {
  const incoming = fromSerialized(extracted.export(), "extracted graph").graph;
  const report: MergeReport = { addedNodes: [], addedEdges: [], strengthenedEdges: [], mentionedNodes: [] };
  const wasEmpty = target.order === 0;

  incoming.forEachNode((node, a) => {
    if (!target.hasNode(node)) {
      target.addNode(node, { ...a, aliases: [...a.aliases] });
      report.addedNodes.push(node);
      return;
    }
    const existing = target.getNodeAttributes(node);
    target.mergeNodeAttributes(node, {
      aliases: [...new Set([...existing.aliases, ...a.aliases])],
      mentions: existing.mentions + a.mentions,
      documents: existing.documents + a.documents,
      ...(existing.role || !a.role ? {} : { role: a.role }),
      ...(existing.affiliation || !a.affiliation ? {} : { affiliation: a.affiliation }),
    });
    report.mentionedNodes.push(node);
  });

  incoming.forEachEdge((edge, a, source, targetNode) => {
    const match = target.findOutEdge(source, (_e, b, _s, t) => t === targetNode && b.relation === a.relation);
    if (match === undefined) {
      let key = edge;
      for (let i = 2; target.hasEdge(key); i++) key = `${edge}#${i}`;
      target.addDirectedEdgeWithKey(key, source, targetNode, { ...a, evidence: a.evidence.map((e) => ({ ...e })) });
      report.addedEdges.push(key);
      return;
    }
    const existing = target.getEdgeAttributes(match);
    const evidence = unionEvidence(existing.evidence, a.evidence);
    const weight = existing.weight + a.weight;
    target.mergeEdgeAttributes(match, {
      evidence,
      weight,
      size: edgeThickness(weight),
      confidence: Math.max(existing.confidence, a.confidence),
      ...minMaxDates(existing, a),
    });
    report.strengthenedEdges.push(match);
  });

  const documents = new Set([...(target.getAttribute("documents") ?? []), ...incoming.getAttribute("documents")]);
  target.setAttribute("documents", [...documents]);
  if (!wasEmpty) placeNewNodes(target, new Set(report.addedNodes));
  applyCentralitySizes(target);
  return report;
}

function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map((e) => `${e.doc}\u0000${e.start}\u0000${e.end}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.doc}\u0000${e.start}\u0000${e.end}`))];
}

function minMaxDates(a: { firstSeen?: string; lastSeen?: string }, b: { firstSeen?: string; lastSeen?: string }) {
  const first = [a.firstSeen, b.firstSeen].filter((d): d is string => !!d).sort()[0];
  const last = [a.lastSeen, b.lastSeen].filter((d): d is string => !!d).sort().at(-1);
  return { ...(first ? { firstSeen: first } : {}), ...(last ? { lastSeen: last } : {}) };
}

/**
 * Puts each new actor near the centre of its already-placed neighbours (or, with none, just outside the
 * drawing), spread on a small spiral so that several new actors do not land on one spot. Deterministic.
 */
export function placeNewNodes(graph: ActorGraph, added: ReadonlySet<string>): void {
  if (added.size === 0) return;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((node, a) => {
    if (added.has(node)) return;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (!Number.isFinite(minX)) return;
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const step = span * 0.08;
  const golden = Math.PI * (3 - Math.sqrt(5));
  let outside = 0;
  [...added].forEach((node, i) => {
    const placed = graph.neighbors(node).filter((n) => !added.has(n));
    const angle = i * golden;
    if (placed.length) {
      const cx = placed.reduce((s, n) => s + graph.getNodeAttribute(n, "x"), 0) / placed.length;
      const cy = placed.reduce((s, n) => s + graph.getNodeAttribute(n, "y"), 0) / placed.length;
      const r = step * (1 + 0.35 * Math.sqrt(i));
      graph.mergeNodeAttributes(node, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    } else {
      const r = span * 0.6 + step * Math.sqrt(outside++);
      graph.mergeNodeAttributes(node, { x: (minX + maxX) / 2 + r * Math.cos(angle), y: (minY + maxY) / 2 + r * Math.sin(angle) });
    }
  });
}

/** A document name for pasted text: the user's title, else the first words of the article. */
export function articleName(text: string, title: string, count: number): string {
  const chosen = title.trim() || text.trim().split(/\s+/).slice(0, 6).join(" ");
  return chosen ? chosen.slice(0, 80) : `Pasted article ${count}`;
}
