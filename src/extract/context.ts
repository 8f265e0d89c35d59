import type { ResolvedMention } from "../resolve/document.js";
import type { ActorKind } from "../types.js";
import type { Token } from "./tokens.js";

// The view of one sentence that the relation finder and its argument search share.

export interface Context {
  tokens: Token[];
  mentions: ResolvedMention[];
  kinds: Map<string, ActorKind>;
  /** Mention index covering each token, or -1. */
  at: number[];
}

export function mentionEndingAt(ctx: Context, index: number): number {
  const m = ctx.at[index];
  return m >= 0 && ctx.mentions[m].last === index ? m : -1;
}

export function usable(ctx: Context, m: number): boolean {
  const mention = ctx.mentions[m];
  return !!mention.actor && !mention.locative;
}

/** Indexes which mention covers each token. */
export function createContext(tokens: Token[], mentions: ResolvedMention[], kinds: Map<string, ActorKind>): Context {
  const at = new Array<number>(tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.first; i <= m.last; i++) at[i] = k;
  });
  return { tokens, mentions, kinds, at };
}
