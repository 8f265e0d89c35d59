/** Code-point order: unlike localeCompare it is the same in every browser and Node, so output stays byte-identical. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The index of the largest count, the first of equals; -1 for none. */
export function firstLargest(counts: number[]): number {
  let best = -1;
  for (let i = 0; i < counts.length; i++) if (best < 0 || counts[i] > counts[best]) best = i;
  return best;
}
