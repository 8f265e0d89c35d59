// A wire story's dateline ("JUBA, March 22 (Newswire) -", "GENEVA (AP) —") says where it was filed, not who
// acts: the sentence begins after its dash.
import type { Matcher } from "../dictionary/matcher.js";
import { MONTHS } from "../vocabulary/calendar.js";
import type { Token } from "./tokens.js";

/** "-", "--", "–" or "—". */
function isDash(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 45 || c === 0x2013 || c === 0x2014) && (text.length === 1 || text === "--");
}
// "ADDIS ABABA", "NEW YORK": a place of one to three words.
const MAX_PLACE_WORDS = 3;
// "Democratic Republic of Congo" after a place's comma.
const MAX_COUNTRY_TOKENS = 5;
// Place, comma, a country or a month and day, brackets around an agency of up to three words, dash.
const MAX_DATELINE_TOKENS = 14;

const capitalised = (t: Token | undefined) => !!t && t.upper && /^\p{L}/u.test(t.text);
const allCaps = (t: Token) => /^\p{Lu}[\p{Lu}'.-]+$/u.test(t.text);

/** Where the sentence proper starts after a dateline at its head; 0 when there is none. */
export function datelineEnd(tokens: Token[], matcher: Matcher): number {
  // Most sentences have no dash near their start: nothing more to look at.
  let dash = false;
  for (let k = 1; k < Math.min(tokens.length, MAX_DATELINE_TOKENS) && !dash; k++) dash = isDash(tokens[k].text);
  if (!dash) return 0;
  let i = 0;
  while (i < MAX_PLACE_WORDS && capitalised(tokens[i])) i++;
  if (i === 0) return 0;
  // A place in capitals, a date or an agency in brackets tells a dateline from "Hamas - the group said";
  // capitals alone may be a body's acronym ("NATO — the alliance said").
  const known = matcher.matchAt(tokens, 0);
  // (Nor a state's: "US — China talks"; a capital, "JUBA —", is a dateline.)
  let marked = tokens.slice(0, i).every(allCaps) && (!known || known.use === "metonym");
  // "BUNIA, Democratic Republic of Congo (Agency) -", "MARAWI, Philippines -": the country after the place.
  if (marked && tokens[i]?.norm === "," && capitalised(tokens[i + 1]) && !MONTHS.has(tokens[i + 1].norm)) {
    let j = i + 1;
    while (j < i + 1 + MAX_COUNTRY_TOKENS && (capitalised(tokens[j]) || tokens[j]?.norm === "of" || tokens[j]?.norm === "the")) j++;
    if (tokens[j]?.norm === "(" || isDash(tokens[j]?.text ?? "")) i = j;
  }
  if (tokens[i]?.norm === "," && MONTHS.has(tokens[i + 1]?.norm ?? "") && /^\d{1,2}$/.test(tokens[i + 2]?.text ?? "")) {
    i += 3;
    marked = true;
  }
  if (tokens[i]?.norm === "(") {
    let close = i + 1;
    while (close < i + 5 && tokens[close] && tokens[close].norm !== ")") close++;
    if (tokens[close]?.norm !== ")") return 0;
    i = close + 1;
    marked = true;
  }
  return marked && isDash(tokens[i]?.text ?? "") && tokens[i + 1] ? i + 1 : 0;
}
