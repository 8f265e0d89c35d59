import type { ActorGraph, Evidence } from "../../../src/types.js";
import { RELATION_TYPES } from "../../../src/vocabulary/relations.js";
import { relationHeading } from "./phrases.js";
import type { RelationGroup, RelationItem, TextPiece } from "./types.js";

/**
 * The actor's relations grouped by type and direction: outgoing groups first, each in vocabulary order;
 * heaviest first inside a group. Relations not in `shown` (filtered out) are left out.
 */
export function groupRelations(graph: ActorGraph, node: string, shown?: ReadonlySet<string>): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (shown && !shown.has(edge)) return;
    // A self-loop reads as outgoing.
    const direction = source === node ? "out" : "in";
    const neighbour = direction === "out" ? target : source;
    const key = `${a.relation}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: a.relation, direction, heading: relationHeading(a.relation, direction), items: [] };
      groups.set(key, group);
    }
    const item: RelationItem = {
      edge,
      neighbour,
      neighbourLabel: graph.getNodeAttribute(neighbour, "label"),
      weight: a.weight,
      confidence: a.confidence,
      evidence: uniqueEvidence(a.evidence),
    };
    group.items.push(item);
  });
  // What the actor does first, then what is done to it; vocabulary order inside each.
  const order = (g: RelationGroup) => RELATION_TYPES.indexOf(g.relation) + (g.direction === "out" ? 0 : RELATION_TYPES.length);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const group of sorted) {
    group.items.sort((a, b) => b.weight - a.weight || a.neighbourLabel.localeCompare(b.neighbourLabel));
  }
  return sorted;
}

/** The same sentence can prove a relation twice (two triggers); show it once. */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.doc}\u0000${e.start}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Splits evidence text around its trigger so the trigger can be emphasised (as text, never markup).
 * Prefers a whole-word, case-insensitive match; without a match the text comes back whole.
 */
export function splitOnTrigger(text: string, trigger: string): TextPiece[] {
  const needle = trigger.trim();
  if (!needle) return [{ text, trigger: false }];
  const lower = text.toLowerCase();
  const wanted = needle.toLowerCase();
  let index = -1;
  for (let from = lower.indexOf(wanted); from !== -1; from = lower.indexOf(wanted, from + 1)) {
    const before = text[from - 1] ?? " ";
    const after = text[from + wanted.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      index = from;
      break;
    }
    if (index === -1) index = from;
  }
  if (index === -1) return [{ text, trigger: false }];
  const pieces: TextPiece[] = [];
  if (index > 0) pieces.push({ text: text.slice(0, index), trigger: false });
  pieces.push({ text: text.slice(index, index + needle.length), trigger: true });
  if (index + needle.length < text.length) pieces.push({ text: text.slice(index + needle.length), trigger: false });
  return pieces;
}

/** "idlib.txt, 2019-12-26" */
export function evidenceSource(evidence: Evidence): string {
  return [evidence.doc || "unnamed document", evidence.date].filter(Boolean).join(", ");
}
