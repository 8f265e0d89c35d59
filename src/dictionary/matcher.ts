import { tokenize, type Token } from "../extract/tokens.js";
import type { DictionaryEntry } from "./types.js";

/** How a dictionary name was used: as the actor's name, as its people's adjective, or as its seat of power. */
export type NameUse = "name" | "demonym" | "metonym";

export interface DictionaryMatch {
  first: number;
  last: number;
  entry: DictionaryEntry;
  use: NameUse;
}

interface Pattern {
  words: { norm: string; exact?: string; upper: boolean }[];
  entry: DictionaryEntry;
  use: NameUse;
}

export interface Matcher {
  /** Longest dictionary match starting at token `at`, if any. */
  matchAt(tokens: Token[], at: number): DictionaryMatch | undefined;
  /** Whether some dictionary name starts with this normalised word: a cheap test before `matchAt`. */
  starts(norm: string): boolean;
  byId: Map<string, DictionaryEntry>;
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}.&-]{2,}$/u.test(word) && /\p{Lu}/u.test(word);
}

function pattern(name: string, entry: DictionaryEntry, use: NameUse): Pattern | undefined {
  const words = tokenize(name.replace(/^the\s+/i, "")).map((token) => ({
    norm: token.norm,
    exact: isAcronym(token.text) ? token.text : undefined,
    upper: token.upper,
  }));
  return words.length > 0 ? { words, entry, use } : undefined;
}

function fits(p: Pattern, tokens: Token[], at: number): boolean {
  for (let i = 0; i < p.words.length; i++) {
    const word = p.words[i];
    const token = tokens[at + i];
    if (word.exact ? token.text !== word.exact : token.norm !== word.norm || (word.upper && !token.upper)) return false;
  }
  return true;
}

/** Indexes every name of every entry by its first word, so matching costs one map look-up per token. */
export function createMatcher(entries: DictionaryEntry[]): Matcher {
  const index = new Map<string, Pattern[]>();
  const add = (p: Pattern | undefined) => {
    if (!p) return;
    const list = index.get(p.words[0].norm) ?? [];
    list.push(p);
    index.set(p.words[0].norm, list);
  };
  for (const entry of entries) {
    for (const name of [entry.label, ...(entry.aliases ?? [])]) add(pattern(name, entry, "name"));
    for (const name of entry.demonyms ?? []) add(pattern(name, entry, "demonym"));
    for (const name of entry.metonyms ?? []) add(pattern(name, entry, "metonym"));
  }
  // Longer names first so the longest match wins; earlier entries win ties.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);

  return {
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    matchAt(tokens, at) {
      if (at < 0 || at >= tokens.length) return undefined;
      const candidates = index.get(tokens[at].norm);
      if (!candidates) return undefined;
      for (const p of candidates) {
        if (at + p.words.length > tokens.length) continue;
        if (fits(p, tokens, at)) return { first: at, last: at + p.words.length - 1, entry: p.entry, use: p.use };
      }
      return undefined;
    },
    starts: (norm) => index.has(norm),
  };
}

