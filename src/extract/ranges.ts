import { someIn } from "./arrays.js";
import type { Token } from "./tokens.js";

/**
 * Whether the "from" at `j` opens a range of examples set off by a comma ("Governments across Latin America,
 * from Brazil and Colombia to Chile and Uruguay, denounced…"): its names are members of the list, not origins.
 */
export function opensRange(tokens: Token[], j: number): boolean {
  return tokens[j]?.norm === "from" && tokens[j - 1]?.norm === "," && someIn(tokens, j + 2, j + 12, (t) => t.norm === "to");
}
