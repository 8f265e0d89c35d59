import { someIn } from "./arrays.js";
import type { Context } from "./context.js";
import type { Token } from "./tokens.js";

// Ranges of examples, "from Brazil and Colombia to Chile and Uruguay": their names are members of a list.

/**
 * Whether the "from" at `j` opens a range of examples set off by a comma ("Governments across Latin America,
 * from Brazil and Colombia to Chile and Uruguay, denounced…"): its names are members of the list, not origins.
 */
export function opensRange(tokens: Token[], j: number): boolean {
  return tokens[j]?.norm === "from" && tokens[j - 1]?.norm === "," && someIn(tokens, j + 2, j + 12, (t) => t.norm === "to");
}

/**
 * Where "from" opens a range that token `to` goes on ("from Brazil and Colombia to Chile"), or -1, looking
 * back over names and the words `joins` that a list holds between them.
 */
export function rangeFrom(ctx: Context, to: number, joins: ReadonlySet<string>): number {
  for (let j = to - 1; j >= Math.max(0, to - 12); j--) {
    if (ctx.tokens[j].norm === "from") return ctx.mentions[ctx.at[j + 1]]?.first === j + 1 ? j : -1;
    if (ctx.at[j] < 0 && !joins.has(ctx.tokens[j].norm)) return -1;
  }
  return -1;
}
