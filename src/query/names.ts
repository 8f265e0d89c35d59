// Finding actors by what people call them, and suggesting near names when nothing matches.
import { UserError } from "../cli/errors.js";
import type { ActorAttributes, ActorGraph } from "../types.js";
import type { Actor, ActorRef } from "./types.js";

/**
 * Case, accents, punctuation and a leading "the" do not matter: "the U.N." = "UN",
 * "al-Assad" = "Al Assad", "assad_regime" = "Assad regime".
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[\p{P}\p{S}_\s]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

export function actorOf(graph: ActorGraph, key: string): Actor {
  return { key, ...graph.getNodeAttributes(key) };
}

/** Match strength: the label, then an alias, then the key itself. */
function matchRank(key: string, a: ActorAttributes, wanted: string): number {
  if (normalizeName(a.label ?? "") === wanted) return 1;
  if ((a.aliases ?? []).some((alias) => normalizeName(alias) === wanted)) return 2;
  if (normalizeName(key) === wanted) return 3;
  return 0;
}

/**
 * The actor with this key, label or alias (case-insensitive), or undefined.
 * When several match, a label beats an alias, then more mentions win.
 */
export function findActor(graph: ActorGraph, name: string): Actor | undefined {
  if (graph.hasNode(name)) return actorOf(graph, name);
  const wanted = normalizeName(name);
  if (!wanted) return undefined;
  let best: { key: string; rank: number; mentions: number } | undefined;
  graph.forEachNode((key, a) => {
    const rank = matchRank(key, a, wanted);
    if (!rank) return;
    const mentions = a.mentions ?? 0;
    if (!best || rank < best.rank || (rank === best.rank && mentions > best.mentions)) best = { key, rank, mentions };
  });
  return best ? actorOf(graph, best.key) : undefined;
}

/** Up to `limit` actor labels that look like `name`: close spelling, or one name containing the other. */
export function suggestActors(graph: ActorGraph, name: string, limit = 3): string[] {
  const wanted = normalizeName(name);
  if (!wanted) return [];
  const scored: { label: string; score: number; mentions: number }[] = [];
  graph.forEachNode((key, a) => {
    let score = Infinity;
    for (const candidate of [a.label ?? key, ...(a.aliases ?? []), key]) {
      score = Math.min(score, nameDistance(wanted, normalizeName(candidate)));
    }
    if (score < Infinity) scored.push({ label: a.label ?? key, score, mentions: a.mentions ?? 0 });
  });
  scored.sort((x, y) => x.score - y.score || y.mentions - x.mentions || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return [...new Set(scored.map((s) => s.label))].slice(0, limit);
}

/** Edit distance when it is small for the length, a weak score for word containment, else Infinity. */
function nameDistance(wanted: string, candidate: string): number {
  if (!candidate) return Infinity;
  const budget = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 3));
  const distance = editDistance(wanted, candidate, budget);
  if (distance <= budget) return distance;
  const words = (s: string) => s.split(" ");
  if (wanted.length >= 3 && words(candidate).some((w) => w === wanted || w.startsWith(wanted))) return budget + 1;
  if (candidate.length >= 3 && words(wanted).includes(candidate)) return budget + 1;
  return Infinity;
}

/** Optimal-string-alignment distance (a swap of neighbours counts once), abandoned beyond `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Thrown when a name matches no actor; the message carries the closest names. */
export class UnknownActorError extends UserError {
  constructor(
    readonly query: string,
    readonly suggestions: string[],
  ) {
    super(
      suggestions.length
        ? `unknown actor "${query}". Did you mean: ${suggestions.join(", ")}?`
        : `unknown actor "${query}": no actor has that name or a similar one`,
    );
    this.name = "UnknownActorError";
  }
}

/** The key of the actor named by `ref`, or an UnknownActorError with suggestions. */
export function resolveActor(graph: ActorGraph, ref: ActorRef): string {
  if (typeof ref !== "string") {
    if (graph.hasNode(ref.key)) return ref.key;
    throw new UnknownActorError(ref.key, suggestActors(graph, ref.key));
  }
  const actor = findActor(graph, ref);
  if (actor) return actor.key;
  throw new UnknownActorError(ref, suggestActors(graph, ref));
}
