import worldCountries from "world-countries/countries.json" with { type: "json" };
import extra from "./data/countries-extra.json" with { type: "json" };
import { byText } from "../graph/order.js";
import type { DictionaryEntry } from "./types.js";

interface CountryExtra {
  label?: string;
  aliases?: string[];
  /** The package's names that stand for another state in news ("Congo" is the DRC, not Congo-Brazzaville). */
  notAliases?: string[];
  metonyms?: string[];
  demonyms?: string[];
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  cca3: string;
  unMember: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

const EXTRA = extra as unknown as Record<string, CountryExtra>;

/** Stable snake-case key from a name: "United States" → "united_states". */
export function slug(name: string): string {
  return /^[\x00-\x7f]*$/.test(name) ? asciiSlug(name) : name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}

/** `slug` of plain ASCII, where letters and digits are [A-Za-z0-9] and nothing decomposes: one pass, no regular expressions. */
function asciiSlug(name: string): string {
  let out = "";
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const kept = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!kept) {
      gap = true;
      continue;
    }
    if (gap && out) out += "_";
    gap = false;
    out += c <= 90 && c >= 65 ? String.fromCharCode(c + 32) : name[i];
  }
  return out;
}

// Alternative spellings in the package include ISO codes ("SY") and native names: keep plain Latin names only.
function usableAlias(name: string): boolean {
  return name.length > 3 && /^[A-Za-z][A-Za-z .'-]+$/.test(name);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Every UN member state (and the extra ones the data file names) as dictionary entries. */
export function countryEntries(): DictionaryEntry[] {
  const countries = worldCountries as unknown as WorldCountry[];
  // A demonym the data file gives one state is no other state's ("Dominican" is the Dominican Republic's, not Dominica's).
  const claimed = new Set(Object.values(EXTRA).flatMap((more) => more.demonyms ?? []));
  return countries
    .filter((country) => country.unMember || country.cca3 in EXTRA)
    .map((country) => {
      const more = EXTRA[country.cca3] ?? {};
      const label = more.label ?? country.name.common;
      const demonym = country.demonyms?.eng;
      return {
        id: slug(label),
        label,
        kind: "state" as const,
        country: country.cca3,
        aliases: unique(
          [country.name.common, country.name.official, ...country.altSpellings, ...(more.aliases ?? [])].filter(
            (name) => name !== label && !more.notAliases?.includes(name) && (usableAlias(name) || (more.aliases ?? []).includes(name)),
          ),
        ),
        // The data file's demonyms win: the package gives "Dominican" to both Dominica and the Dominican Republic.
        demonyms: unique(more.demonyms ?? (demonym ? [demonym.m, demonym.f].filter((name) => !claimed.has(name)) : [])),
        metonyms: unique(more.metonyms ?? country.capital),
      };
    })
    .sort((a, b) => byText(a.id, b.id));
}
