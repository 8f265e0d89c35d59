import { MONTHS } from "../vocabulary/calendar.js";
import { PERPETRATION_WORDS } from "../vocabulary/triggers.js";
import type { Token } from "./tokens.js";

// "China, which shipped arms to the rebels in the early 1970s", "islands seized by Soviet troops in 1945":
// an act the text dates a decade or more before the article's own year is history, not news.

/** How many years back an act is history. */
export const HISTORY_YEARS = 10;

const YEAR = /^(?:mid-)?((?:1[89]|20)\d\d)(s?)$/;
const YEARS_IN_TEXT = /\b(?:1[89]|20)\d\d\b/g;
/** What ends the clause a date belongs to ("which" opens a new one: "Egypt, which armed X in 1990, said"). */
const CLAUSE_BREAKS = new Set([",", ";", ".", ":", "(", ")", "–", "—", "which", "who", "but", "while", "and"]);
/** Words that may stand between "in" and the year: "in the early 1970s", "in late 1998". */
const PERIOD_WORDS = new Set(["the", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter", ...MONTHS]);
const DATING = new Set(["in", "during"]);

/** The year an article reports from: its date's, else the latest year it writes, else undefined. */
export function reportingYear(text: string, date?: string): number | undefined {
  const dated = date ? Number(date.slice(0, 4)) : NaN;
  if (Number.isInteger(dated)) return dated;
  let latest: number | undefined;
  for (const [year] of text.matchAll(YEARS_IN_TEXT)) latest = Math.max(latest ?? 0, Number(year));
  return latest;
}

/** The last year a date token names ("1945", "1970s" → 1979, "mid-1990"), when "in" or "during" dates something by it. */
function datingYear(tokens: Token[], i: number): number | undefined {
  const match = YEAR.exec(tokens[i].norm);
  if (!match) return undefined;
  let k = i - 1;
  while (k > i - 4 && PERIOD_WORDS.has(tokens[k]?.norm ?? "")) k--;
  if (!DATING.has(tokens[k]?.norm ?? "")) return undefined;
  return Number(match[1]) + (match[2] ? 9 : 0);
}

/** Whether any token may be a year: most sentences have none, and need no clause dated. */
export function mayDate(tokens: Token[]): boolean {
  for (const t of tokens) {
    const c = t.norm.charCodeAt(0);
    if ((c === 49 || c === 50) && t.norm.length >= 4) return true;
    if (c === 109 && t.norm.startsWith("mid-")) return true;
  }
  return false;
}

/** Whether another act starts at token `i`: what someone is accused "of doing", or what was "committed". */
const actStarts = (tokens: Token[], i: number) => ((tokens[i].norm === "of" || tokens[i].norm === "for") && /ing$/.test(tokens[i + 1]?.norm ?? "")) || PERPETRATION_WORDS.has(tokens[i].norm);

/**
 * Whether the clause of the word at `at` is dated to `year` or earlier. Looking ahead, another act ends it:
 * in "accused Belgrade of ignoring crimes committed during the 1991 siege", the year dates the crimes.
 */
export function datedBy(tokens: Token[], at: number, year: number): boolean {
  for (let i = at + 1; i < tokens.length && !CLAUSE_BREAKS.has(tokens[i].norm) && !actStarts(tokens, i); i++) if ((datingYear(tokens, i) ?? Infinity) <= year) return true;
  for (let i = at - 1; i >= 0 && !CLAUSE_BREAKS.has(tokens[i].norm); i--) if ((datingYear(tokens, i) ?? Infinity) <= year) return true;
  return false;
}
