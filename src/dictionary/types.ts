import type { ActorKind } from "../types.js";

/**
 * One known actor. Names are matched as whole words; names written in capitals
 * (acronyms such as "IS" or "UN") are matched case-sensitively, the rest case-insensitively.
 */
export interface DictionaryEntry {
  /** Stable node key, lower snake case ("russia", "hts"). */
  id: string;
  /** Canonical name shown to users. */
  label: string;
  kind: ActorKind;
  /** Other names of the same actor ("HTS", "Hayat Tahrir al Sham"). */
  aliases?: string[];
  /** Adjectives and nouns for its people ("Russian", "Russians"); they make actors of their nouns. */
  demonyms?: string[];
  /** Names that stand for the state's government (capitals, seats of power: "Moscow", "the Kremlin"). */
  metonyms?: string[];
  /** ISO 3166-1 alpha-3 code of the state an actor belongs to, when it has one. */
  country?: string;
}
