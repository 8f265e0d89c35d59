/**
 * `items.map(f)`, always as an array of one kind. `Array.prototype.map` gives holey or packed arrays
 * depending on whether it runs optimised, and code reading both kinds is optimised again when the other
 * shows up: in the extractor, a large function compiled again in every thread.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}

/** Whether an item in [from, to) passes `test`, without copying the items. */
export function someIn<T>(items: readonly T[], from: number, to: number, test: (item: T) => boolean): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, items.length); i++) if (test(items[i]!)) return true;
  return false;
}
