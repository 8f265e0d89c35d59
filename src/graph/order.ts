/** Code-point order: unlike localeCompare it is the same in every browser and Node, so output stays byte-identical. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The item with the largest count, the first of equals; undefined for none. */
export function largest<T>(items: readonly T[], count: (item: T) => number): T | undefined {
  let best = -1;
  let most = 0;
  for (let i = 0; i < items.length; i++) {
    const c = count(items[i]!);
    if (best >= 0 && c <= most) continue;
    best = i;
    most = c;
  }
  return best < 0 ? undefined : items[best];
}
