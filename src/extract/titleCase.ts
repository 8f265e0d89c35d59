// Headlines in Title Case ("Athens Summons Turkish Ambassador Over Aegean Survey Mission") capitalise every
// word, so capitals there say nothing about names. Their words that are no name are read in lower case.
import type { Matcher } from "../dictionary/matcher.js";
import type { Token } from "./tokens.js";

// Title Case leaves short words in lower case ("in", "of", "as"), so only longer words tell.
const LONG_WORD = 4;
const MIN_LONG_WORDS = 3;

function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || (text.charCodeAt(0) >= 128 && /^\p{L}/u.test(text));
}

/** Whether every word of four letters or more is capitalised, and there are at least three. */
export function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  for (const t of tokens) {
    if (t.text.length < LONG_WORD || !startsWithLetter(t.text)) continue;
    if (!t.upper) return false;
    long++;
  }
  return long >= MIN_LONG_WORDS;
}

/**
 * Lower-cases, in place, the words of a Title Case sentence that are neither in a dictionary name nor
 * written capitalised inside a sentence elsewhere in the document (`isNameWord`). The first word keeps
 * its capital, as any sentence's does.
 */
export function plainTitleWords(tokens: Token[], matcher: Matcher, isNameWord: (norm: string) => boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const match = matcher.matchAt(tokens, i);
    if (match) {
      i = match.last;
      continue;
    }
    if (i === 0) continue;
    const t = tokens[i];
    if (t.upper && !isNameWord(t.norm) && startsWithLetter(t.text) && !/^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(t.text)) {
      t.text = t.text.toLowerCase();
      t.upper = false;
    }
  }
}
