import { HYPHEN_AFFILIATION, HYPHEN_BACKING } from "../vocabulary/triggers.js";

/** A word or punctuation mark with its offsets in the document. */
export interface Token {
  text: string;
  /** Lower case, diacritics removed, curly apostrophes straightened: what vocabularies are matched against. */
  norm: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Split off a hyphenated word: the "backed" of "Iran-backed". */
  joined?: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|n['’]t|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /^(.+?)(['’]s?)$/u;

const PLAIN = /^[A-Za-z0-9.'-]*$/;

export function normalize(word: string): string {
  // Most words are plain ASCII: Unicode decomposition is only needed for the rest.
  if (PLAIN.test(word)) return word.toLowerCase();
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

function make(text: string, start: number): Token {
  return { text, norm: normalize(text), start, end: start + text.length, upper: /^\p{Lu}/u.test(text) };
}

/** Splits text into tokens; "Syria's" becomes "Syria" + "'s", "don't" becomes "do" + "n't". */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    const start = offset + match.index;
    const possessive = /['’]s$/iu.test(word) && word.length > 2 ? POSSESSIVE.exec(word) : null;
    const negated = /n['’]t$/iu.test(word) && word.length > 3;
    const dash = word.lastIndexOf("-");
    const suffix = word.slice(dash + 1).toLowerCase();
    if (dash > 0 && (HYPHEN_BACKING.includes(suffix) || HYPHEN_AFFILIATION.includes(suffix))) {
      // "Iran-backed" reads as "Iran backed": the actor and the relation are separate words.
      tokens.push(...tokenize(word.slice(0, dash), start), { ...make(word.slice(dash + 1), start + dash + 1), joined: true });
    } else if (possessive) {
      tokens.push(make(possessive[1], start), make(possessive[2], start + possessive[1].length));
    } else if (negated) {
      const stem = word.slice(0, -3);
      tokens.push(make(stem, start), make(word.slice(-3), start + stem.length));
    } else {
      tokens.push(make(word, start));
    }
  }
  return tokens;
}
