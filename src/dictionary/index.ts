import organizations from "./data/organizations.json" with { type: "json" };
import armedGroups from "./data/armed-groups.json" with { type: "json" };
import media from "./data/media.json" with { type: "json" };
import { countryEntries } from "./countries.js";
import type { DictionaryEntry } from "./types.js";

export type { DictionaryEntry } from "./types.js";
export { slug } from "./countries.js";

/** The built-in actor dictionary: states, international organisations, armed groups and media. */
export function builtinDictionary(): DictionaryEntry[] {
  return [
    ...countryEntries(),
    ...(organizations as DictionaryEntry[]),
    ...(armedGroups as DictionaryEntry[]),
    ...(media as DictionaryEntry[]),
  ];
}

/** The built-in dictionary extended by a user's entries; a user entry with a known id replaces it. */
export function createDictionary(extra: DictionaryEntry[] = []): DictionaryEntry[] {
  const byId = new Map(builtinDictionary().map((entry) => [entry.id, entry]));
  for (const entry of extra) byId.set(entry.id, entry);
  return [...byId.values()];
}
