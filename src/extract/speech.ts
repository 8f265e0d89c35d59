// Who speaks in a sentence: the speaker stands behind the accusations and stances in their words.
import { SPEECH_VERBS } from "../vocabulary/triggers.js";
import { agentLeftOf, coordination, possessorOf } from "./arguments.js";
import { someIn } from "./arrays.js";
import { type Context, mentionEndingAt, usable } from "./context.js";

export interface Speech {
  /** The speakers' mentions ("Russia and Iran said"); none when no speech verb has a speaker. */
  speaker: number[];
  /** The speech verb's token, or -1. */
  at: number;
}

/** The sentence's first speech verb that has a speaker, and who that is. */
export function findSpeech(ctx: Context): Speech {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!SPEECH_VERBS.has(t.norm)) continue;
    // "Trump tweeted" names the speaker before the verb, "noted AFP" and "according to X" after it.
    // ("The Angolan Armed Forces (FAA) said": past the acronym's bracket.)
    // ("Ukraine's foreign ministry said": the owner of a body or a title right before the verb.)
    const end = mentionEndingAt(ctx, tokens[i - 1]?.norm === ")" ? i - 2 : i - 1);
    const left = end < 0 && someIn(tokens, i - 3, i, (w) => w.norm === "'s") ? (possessorOf(ctx, i)[0] ?? -1) : end;
    const right = t.norm === "according" ? ctx.at[i + 2] : ctx.at[i + 1];
    const k = left >= 0 && usable(ctx, left) ? left : right !== undefined && right >= 0 && usable(ctx, right) ? right : -1;
    if (k >= 0) return { speaker: coordination(ctx, k), at: i };
    if (tokens[i - 1]?.norm === ",") {
      // "South Africa, which surrounds the kingdom, said": past an insertion between commas.
      const insertionSpeaker = agentLeftOf(ctx, i, 20);
      if (insertionSpeaker.length) return { speaker: insertionSpeaker, at: i };
    }
  }
  return { speaker: [], at: -1 };
}
