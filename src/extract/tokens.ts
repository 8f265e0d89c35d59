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

export function normalize(word: string): string {
  // ASCII only changes case (but for the backtick, an apostrophe): Unicode decomposition is only needed
  // for the rest, and a word already in lower case is its own norm.
  let lower = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || c === 96) return decomposed(word);
    if (c >= 65 && c <= 90) lower = false;
  }
  return lower ? word : word.toLowerCase();
}

function decomposed(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const UPPER_START = /^\p{Lu}/u;

// What each ASCII code is to the scanner; the rest of Unicode is asked of the regular expressions above.
const OTHER = 0;
const WORD = 1;
const SPACE = 2;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z0-9]/.test(ch) ? WORD : /\s/.test(ch) ? SPACE : OTHER;
}

/** The class of the code point at `i` and its length in UTF-16 units. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c];
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

const unitsAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

// Inside a word, these join two runs of letters: "al-Assad", "don't", "U.S".
const isJoiner = (c: number) => c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 46; /* . */

/** End of the word starting at `i`: runs of letters, marks and digits joined by a hyphen, an apostrophe or a dot. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c < 128 ? ASCII[c] !== WORD : classAt(text, end) !== WORD) break;
      end += c < 0xd800 ? 1 : unitsAt(text, end);
    }
    if (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && classAt(text, end + 1) === WORD) end++;
    else return end;
  }
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

function make(text: string, start: number): Token {
  const c = text.charCodeAt(0);
  const upper = c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
  // `joined` is always present so every token has one shape (property access stays monomorphic).
  return { text, norm: normalize(text), start, end: start + text.length, upper, joined: undefined };
}

/** Splits text into tokens; "Syria's" becomes "Syria" + "'s", "don't" becomes "do" + "n't". */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const kind = classAt(text, i);
    if (kind === SPACE) {
      i += unitsAt(text, i);
      continue;
    }
    if (kind === OTHER) {
      const units = unitsAt(text, i);
      tokens.push(make(text.slice(i, i + units), offset + i));
      i += units;
      continue;
    }
    const end = wordEnd(text, i);
    pushWord(tokens, text.slice(i, end), offset + i);
    i = end;
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number): void {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  // "'s" only in lower case ("ISIS'S" stays whole); "N'T" as well as "n't".
  const possessive = n > 2 && last === 115 /* s */ && isApostrophe(word.charCodeAt(n - 2));
  const negated = n > 3 && (last | 0x20) === 116 /* t */ && isApostrophe(word.charCodeAt(n - 2)) && (word.charCodeAt(n - 3) | 0x20) === 110; /* n */
  let dash = n - 1;
  while (dash > 0 && word.charCodeAt(dash) !== 45) dash--;
  if (dash > 0) {
    const suffix = word.slice(dash + 1).toLowerCase();
    if (HYPHEN_BACKING.has(suffix) || HYPHEN_AFFILIATION.has(suffix)) {
      // "Iran-backed" reads as "Iran backed": the actor and the relation are separate words.
      const head = tokenize(word.slice(0, dash), start);
      for (const token of head) tokens.push(token);
      const joined = make(word.slice(dash + 1), start + dash + 1);
      joined.joined = true;
      tokens.push(joined);
      return;
    }
  }
  if (possessive) {
    tokens.push(make(word.slice(0, n - 2), start), make(word.slice(n - 2), start + n - 2));
  } else if (negated) {
    tokens.push(make(word.slice(0, n - 3), start), make(word.slice(n - 3), start + n - 3));
  } else {
    tokens.push(make(word, start));
  }
}
