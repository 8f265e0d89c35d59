/** A sentence with its UTF-16 offsets in the document. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Longer "sentences" (tables, text without punctuation) are cut so each piece costs bounded work.
export const MAX_SENTENCE_LENGTH = 1500;

const ABBREVIATIONS = new Set(
  "mr mrs ms dr gen lt col maj capt sgt sen rep gov st jr sr prof rev no vs jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp est approx fig".split(" "),
);

// A match starts only at the beginning of a run of marks, so "!!!!…" costs linear time, not quadratic.
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[\p{Lu}"“‘])/gu;

function endsWithAbbreviation(text: string, at: number): boolean {
  // The letters and dots right before the period (at most 12): scanned by hand for ASCII, the common case.
  let from = at;
  while (from > Math.max(0, at - 12)) {
    const c = text.charCodeAt(from - 1);
    if (c >= 128) return abbreviationBefore(text, at);
    if (c !== 46 && !((c | 0x20) >= 97 && (c | 0x20) <= 122)) break;
    from--;
  }
  return from < at && isAbbreviation(text.slice(from, at).toLowerCase());
}

function abbreviationBefore(text: string, at: number): boolean {
  const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, at - 12), at + 1));
  return !!before && isAbbreviation(before[1].toLowerCase());
}

// "U.S." or "a.m." keep their sentence going; "Mr." and "Dec." too.
const isAbbreviation = (word: string) => ABBREVIATIONS.has(word) || /^(\p{L}\.)*\p{L}$/u.test(word);

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return;
  for (let from = s; from < e; ) {
    let to = Math.min(e, from + MAX_SENTENCE_LENGTH);
    if (to < e) {
      const space = text.lastIndexOf(" ", to);
      if (space > from + MAX_SENTENCE_LENGTH / 2) to = space;
    }
    out.push({ start: from, end: to, text: text.slice(from, to) });
    from = to;
    while (from < e && /\s/.test(text[from])) from++;
  }
}

/** Splits a document into sentences, keeping offsets; paragraph breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && match[0].length === 1 && endsWithAbbreviation(text, match.index)) continue;
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}
