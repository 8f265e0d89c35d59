import type { ActorKind } from "../types.js";

/** Last words of a name that tell what kind of actor an unknown name is. */
// Maps, not objects: a look-up by an arbitrary word must never find "constructor" or "toString".
export const NAME_CUES: ReadonlyMap<string, ActorKind> = new Map([
  ...`ministry observatory council committee agency organisation organization institute foundation commission court
  office department bank party movement union league association federation authority parliament assembly
  congress senate secretariat tribunal cabinet mission programme program fund network centre center
  watch society alliance bureau service services police community university`.split(/\s+/).map((w) => [w, "organization"]),
  ["government", "government"],
  ["administration", "government"],
  ...`army forces force front brigade brigades battalion battalions militia militias guard guards corps regiment
  division jihad mujahideen rebels group coalition fighters command legion units unit cartel gang`.split(/\s+/).map((w) => [w, "armed_group"]),
  ...`news times post tv radio television press herald tribune journal gazette daily broadcasting`.split(/\s+/).map((w) => [w, "media"]),
  ...`province city town village region district governorate county valley mountains river border strip bank
  camp airport port base square street island islands peninsula desert sea gulf coast heights hills plateau oblast`.split(/\s+/).map((w) => [w, "place"]),
] as [string, ActorKind][]);

/** First words of a name that tell its kind: "Ministry of Defence", "Lake Victoria". */
export const NAME_PREFIX_CUES: ReadonlyMap<string, ActorKind> = new Map(Object.entries({ ministry: "organization", office: "organization", department: "organization", council: "organization", army: "armed_group", lake: "place", mount: "place" }));

/** Nouns after a demonym or state that stand for the state's armed force or its acts: "Russian jets", "Israeli strikes". */
export const FORCE_NOUNS = new Set(
  `forces force troops military army soldiers jets warplanes aircraft planes plane drones drone navy air artillery
  bombardment bombardments airstrikes airstrike strikes strike missiles missile rockets tanks units fighter convoy
  warships warship helicopters helicopter gunships officials official diplomats diplomat leaders leadership
  authorities government regime administration occupiers occupation intelligence police embassy envoy delegation
  offensive attacks attack raids raid operation operations positions position base bases ministry
  fighters militants gunmen commanders coast guard guards vessel vessels warship ships ship boats boat patrol
  advisers advisors trainers instructors mercenaries contractors peacekeepers`.split(/\s+/),
);

/** Nouns after a demonym that make the government, not the state: "the Syrian regime". */
export const GOVERNMENT_NOUNS = new Set(["regime", "government", "authorities", "administration", "junta", "leadership", "cabinet", "presidency"]);

/** Groups named by a common noun after a demonym: "Syrian rebels" are their own actor, not the state. */
export const GROUP_NOUNS = new Set(["rebels", "opposition", "insurgents", "militants", "jihadists", "separatists", "militias", "militia", "guerrillas", "fighters", "gangs", "gang", "clans", "tribesmen", "gunmen"]);
/** Words between a force's owner and its noun: "Iraqi security forces", "Kyrgyz border guards", "de facto security forces". */
export const FORCE_MODIFIERS = new Set(["security", "armed", "special", "border", "elite", "de", "facto"]);
/** Words between a group's name and its noun that make it a group of its own: "separatist fighters", "rebel forces". */
export const GROUP_ADJECTIVES = new Set(["separatist", "rebel", "islamist", "jihadist", "militant", "insurgent", "tribal", "opposition", "guerrilla", "paramilitary", ...FORCE_MODIFIERS]);
/** Capitalised words that open a sentence before a group noun without naming it: "Foreign fighters", "Rival militias". */
export const PLAIN_MODIFIERS = new Set(["foreign", "local", "rival", "enemy", "allied", "government", "militia", "unknown", "masked", "other", "regular", "hostile", "pro-government", "anti-government", ...GROUP_ADJECTIVES]);
/** Weapons and fire before "from X": "water cannon from Chinese ships", "rockets from Hezbollah" come from an actor, not a place. */
export const WEAPON_NOUNS = new Set(["fire", "gunfire", "cannon", "cannons", "rockets", "rocket", "missiles", "missile", "shells", "drones", "drone", "artillery", "shelling", "mortars", "mortar", "strikes", "airstrikes", "bullets", "grenades"]);
/** Weapons and vehicles by the piece: a capitalised name before one is a model, not an actor ("Super Tucano aircraft", "Patriot missiles"). */
export const HARDWARE_NOUNS = new Set(["aircraft", "jet", "jets", "warplane", "warplanes", "drone", "drones", "missile", "missiles", "rocket", "rockets", "tank", "tanks", "helicopter", "helicopters", "system", "systems", "launcher", "launchers", "howitzer", "howitzers", "interceptor", "interceptors", "frigate", "frigates", "submarine", "submarines", "rifle", "rifles", "battery", "batteries"]);
/** People nouns before "from X": "fighters from the SSA" are X acting, not a place. */
export const MEMBER_NOUNS = new Set(["fighters", "militants", "members", "troops", "forces", "gunmen", "soldiers", "officers", "commanders", "officials", "diplomats", "delegates", "envoys", "delegation", "delegations", "representatives"]);

/** Nouns that name a state's people, an actor apart from the state: "the Iraqi people", "the people of Syria". */
export const POPULATION_NOUNS = new Set(["people", "population", "civilians", "citizens"]);
/** The state's forces named by no one's name: "police", "riot police", "security forces", "soldiers". */
export const DOMESTIC_FORCES = new Set(["police", "soldiers", "troops"]);
export const FORCE_MODIFIERS_BEFORE = new Set(["riot", "security"]);
/** A crowd in the street: "protesters", "Georgian demonstrators". */
export const PROTEST_NOUNS = new Set(["protesters", "protestors", "demonstrators"]);
/** Nouns of places and sites after an unknown name, which make the name a place: "the Torkham crossing", "the Piagapo detachment". */
export const PLACE_NOUNS = new Set(["crossing", "bridge", "port", "harbour", "harbor", "terminal", "refinery", "plant", "airport", "airbase", "dam", "checkpoint", "camp", "base", "detachment", "garrison", "outpost", "oilfield", "gasfield", "pipeline", "station", "depot", "prison", "market", "district", "province", "governorate", "region", "valley", "corridor", "pass", "area", "sector", "village", "town", "neighbourhood", "neighborhood", "suburb"]);

/** Nouns after a demonym that make it no actor at all: "Syrian refugees", "the Syrian border". */
export const NON_ACTOR_NOUNS = new Set(
  `refugees children nationals city town village province region territory territories
  border borders soil capital coast language economy currency media press people's villages towns cities side
  families women men workers students journalists journalist partners counterparts friends`.split(/\s+/),
);

/** Definite descriptions that point back to an actor named earlier. */
export const COREF_NOUNS: ReadonlyMap<string, ActorKind[]> = new Map(Object.entries<ActorKind[]>({
  group: ["armed_group", "organization"],
  militia: ["armed_group"],
  militants: ["armed_group"],
  movement: ["armed_group", "organization"],
  organisation: ["organization", "armed_group"],
  organization: ["organization", "armed_group"],
  rebels: ["armed_group"],
  insurgents: ["armed_group"],
  jihadists: ["armed_group"],
  faction: ["armed_group"],
  alliance: ["organization", "armed_group"],
  bloc: ["organization"],
  body: ["organization"],
  party: ["organization"],
  agency: ["organization", "media"],
  ministry: ["organization"],
  council: ["organization"],
  observatory: ["organization"],
  monitor: ["organization"],
  coalition: ["armed_group", "organization"],
  allies: ["organization"],
  guerrillas: ["armed_group"],
  gunmen: ["armed_group"],
  attackers: ["armed_group"],
  paramilitaries: ["armed_group"],
  fighters: ["armed_group"],
}));

/** Nouns for several actors named before: "the three countries" are states, "both sides" any belligerents. */
export const GROUP_REFERENCE_NOUNS: ReadonlyMap<string, ActorKind[]> = new Map(Object.entries<ActorKind[]>({
  countries: ["state", "government"],
  nations: ["state", "government"],
  states: ["state", "government"],
  governments: ["state", "government"],
  neighbours: ["state", "government"],
  neighbors: ["state", "government"],
  sides: ["state", "government", "armed_group"],
  parties: ["state", "government", "armed_group"],
  factions: ["armed_group", "government"],
  belligerents: ["state", "government", "armed_group"],
  blocs: ["organization"],
  groups: ["armed_group", "organization"],
  militias: ["armed_group"],
  movements: ["armed_group", "organization"],
}));
/** How many actors a group reference counts: "the two sides", "both countries", "the warring parties". */
export const GROUP_COUNTS: ReadonlyMap<string, number> = new Map([["two", 2], ["three", 3], ["four", 4], ["both", 2], ["warring", 2]]);

/** Prepositions that make the next name a location rather than an actor. */
/** Pronouns for people: "he", "his". */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "his", "her"]);
/** Pronouns for states and groups as subjects: "it fired", "they said". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they"]);
/** Pronouns for states and groups as owners: "its leader", "their allies". */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["its", "their"]);
/** Every pronoun a mention can be. */
export const PRONOUNS: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, ...SUBJECT_PRONOUNS, ...GROUP_PRONOUNS]);

/** Possessive determiners: "its support", "our ongoing support". */
export const POSSESSIVES: ReadonlySet<string> = new Set(["our", "my", "your", "its", "their", "his", "her"]);

export const LOCATIVE_PREPS = new Set(["in", "inside", "across", "throughout", "near", "within", "from", "around", "outside"]);
/** Compass words between a locative preposition and a name: "in northwestern Syria". */
export const COMPASS_WORDS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern", "central", "occupied", "rebel-held"]);
/** Small words after which a capitalised word is still a name ("Idlib is", "Kalin said"). */
export const FUNCTION_WORDS = new Set("is was are were has had have and or but of in on at to for from by with as that which who said says told added on after before since while when where will would could may might did does do not also then".split(" "));

/** Words that start a sentence capitalised but are not names. */
export const SENTENCE_STARTERS = new Set(
  `the a an this that these those it its in on at after before as but and while when since despite during last
  earlier later meanwhile however also he she they we i our their his her there here with for from by according
  nearly some many more most similar both one two three four five six seven eight nine ten what who why how if
  under over into about among between through such other another each every all no not yet so then thus still
  instead following amid speaking asked near`.split(/\s+/),
);

const ARMED_WORDS = /police|mission|force|guard|army|peacekeep/i;
const UN_MISSION = /\b(MIN[A-Z]+|UN[A-Z]{2,})\b/;
/**
 * Whether an organisation's name says it carries arms: "Haitian National Police", "UN Mission", "Kosovo Force",
 * and the UN's missions by their acronyms ("MINUSCA", "UNMISS": in capitals, so "Ministry" and "Union" are none).
 */
export const armedBodyName = (name: string) => ARMED_WORDS.test(name) || UN_MISSION.test(name);
