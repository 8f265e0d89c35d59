/**
 * Minimal observable value, in the spirit of Gephi Lite's atoms: each concern keeps its state in atoms
 * and views subscribe to them, so no concern needs to know who renders it.
 */
export interface Atom<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: (value: T, previous: T) => void): () => void;
}

export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<(value: T, previous: T) => void>();
  return {
    get: () => value,
    set(next) {
      const previous = value;
      value = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
      if (Object.is(value, previous)) return;
      for (const listener of [...listeners]) listener(value, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
