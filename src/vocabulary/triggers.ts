import type { EventRelation } from "../types.js";
import { HARDWARE_NOUNS } from "./cues.js";

/**
 * The words that signal each relation: the one place the extractor, the evaluator and the docs read them from.
 * Verbs are listed by base form; inflections are generated, irregular ones are listed.
 * `after` lists the prepositions that introduce the target ("offensive against X").
 */
export interface VerbSpec {
  base: string;
  relation: EventRelation;
  /** Irregular forms: past, participle, ing, third person. */
  forms?: string[];
  /** Words that must follow ("shoot down", "fire on"); the target comes after them. */
  particle?: string;
  after?: string[];
  /** A mutual relation ("clash with"): the target acts on the source too. */
  mutual?: boolean;
  /** The target is the one who acts: "relied on Moscow" means Moscow backs the subject. */
  reverse?: boolean;
  /** Words one of which must follow within five words: "exchanged fire", not "exchanged prisoners". */
  object?: string[];
  /** The relation holds toward no person: "defeated the incumbent" is an election. */
  notPersons?: boolean;
  /** The target is the direct object alone: "defended Tehran", not "defended itself against Iran". */
  direct?: boolean;
  /** With one of these words within three words after it, the verb states `relation` instead: "expelled the French ambassador", "fought alongside". */
  alternative?: { words: readonly string[]; relation: EventRelation };
  /**
   * Words that make it, or its noun, state nothing: one right `before` it ("a general strike"), or `particle`
   * right after it unless a passive's "by" follows ("struck down the accord", not "struck down by a drone").
   */
  cancel?: { before: ReadonlySet<string>; particle: string };
}

/** Diplomats as objects: expelling or summoning one is a rebuke to the state they serve, not an attack. */
const DIPLOMATS = ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge", "attache", "attaches", "consul", "commissioner"];

export interface NounSpec {
  word: string;
  relation: EventRelation;
  after: string[];
}

/** Prepositions that introduce whom an act or a measure targets: "an assault on X", "sanctions against X". */
export const TARGET_PREPS = ["on", "against", "targeting"];
/** After an attack noun, those that may name what it hit as well: "the shelling of Kharkiv", "fire at a patrol". */
const ATTACK_PREPS = [...TARGET_PREPS, "of", "at", "into"];

/** What one side gives another to back it: "delivered air defence systems to Ukraine", "lent Pakistan billions of dollars". */
const MATERIEL = [...HARDWARE_NOUNS, "weapons", "arms", "ammunition", "munitions", "artillery", "shells", "equipment", "shipments", "shipment", "hardware", "materiel"];
const MONEY = ["dollars", "billions", "millions", "loan", "loans", "money", "funds", "funding", "credit", "euros"];
/** Help in kind that backs whom it goes to: "provides most of the foreign assistance to Vanuatu's police". */
const ASSISTANCE = ["assistance", "aid", "vehicles", "training"];
/** Those whom training backs: "trains Somali special forces". */
const TRAINEES = ["forces", "troops", "soldiers", "army", "police", "pilots", "commandos", "units", "recruits", "officers"];

/** Strikes that are no attack: "called a general strike", "a hunger strike". */
const WORK_STOPPAGES: ReadonlySet<string> = new Set(["general", "hunger", "labour", "labor", "nationwide", "indefinite", "sit-down", "rail", "transport", "dock"]);

export const VERBS: VerbSpec[] = [
  // attacks
  { base: "attack", relation: "attacks" },
  { base: "strike", relation: "attacks", forms: ["struck", "striking", "strikes"], cancel: { before: WORK_STOPPAGES, particle: "down" } },
  { base: "bomb", relation: "attacks" },
  { base: "bombard", relation: "attacks" },
  { base: "ram", relation: "attacks", forms: ["rammed", "ramming", "rams"] },
  { base: "shell", relation: "attacks", forms: ["shelled", "shelling", "shells"] },
  { base: "hit", relation: "attacks", forms: ["hits", "hitting", "hit"] },
  { base: "shoot", relation: "attacks", particle: "down", forms: ["shot", "shooting", "shoots"] },
  // "shot dead three protesters" ("shot a video" is no attack).
  { base: "shoot", relation: "attacks", particle: "dead", forms: ["shot", "shooting", "shoots"] },
  { base: "kill", relation: "attacks" },
  { base: "battle", relation: "attacks" },
  // "fought alongside the SDF" is an alliance, not a fight.
  { base: "fight", relation: "attacks", forms: ["fought", "fighting", "fights"], after: ["against", "with", "alongside"], mutual: true, alternative: { words: ["alongside"], relation: "backs" } },
  { base: "raid", relation: "attacks" },
  { base: "ambush", relation: "attacks" },
  { base: "target", relation: "attacks", forms: ["targeted", "targeting", "targets"] },
  { base: "invade", relation: "attacks" },
  { base: "assault", relation: "attacks" },
  { base: "storm", relation: "attacks" },
  { base: "pound", relation: "attacks" },
  { base: "fire", relation: "attacks", after: ["at", "on", "toward", "towards", "into", "against"] },
  { base: "launch", relation: "attacks", after: ["at", "on", "toward", "towards", "into", "against"] },
  { base: "clash", relation: "attacks", after: ["with"], mutual: true },
  { base: "exchange", relation: "attacks", after: ["with"], mutual: true, object: ["fire", "gunfire", "shots", "shelling", "strikes", "blows"] },
  { base: "besiege", relation: "attacks" },
  { base: "overrun", relation: "attacks", forms: ["overran", "overrunning", "overruns", "overrun"] },
  { base: "assassinate", relation: "attacks" },
  { base: "abduct", relation: "attacks" },
  { base: "kidnap", relation: "attacks", forms: ["kidnapped", "kidnapping", "kidnaps"] },
  { base: "execute", relation: "attacks" },
  { base: "murder", relation: "attacks" },
  { base: "behead", relation: "attacks" },
  { base: "massacre", relation: "attacks" },
  // "Erhurman defeated the incumbent Ersin Tatar": a person defeated is beaten at the polls.
  { base: "defeat", relation: "attacks", notPersons: true },
  { base: "destroy", relation: "attacks" },
  { base: "drive", relation: "attacks", particle: "out", forms: ["drove", "driven", "driving", "drives"] },
  { base: "set", relation: "attacks", forms: ["set", "setting", "sets"], object: ["fire", "ablaze"], after: ["to"] },
  { base: "expel", relation: "attacks", forms: ["expelled", "expelling", "expels"], alternative: { words: DIPLOMATS, relation: "condemns" } },
  { base: "seize", relation: "attacks", after: ["from"] },
  { base: "capture", relation: "attacks", after: ["from"] },
  { base: "retake", relation: "attacks", forms: ["retook", "retaken", "retaking", "retakes"], after: ["from"] },
  { base: "liberate", relation: "attacks", after: ["from"] },
  { base: "recapture", relation: "attacks", after: ["from"] },
  { base: "counterattack", relation: "attacks" },
  { base: "retaliate", relation: "attacks", after: ["against"] },
  { base: "advance", relation: "attacks", after: ["on", "against", "toward", "towards"] },
  { base: "unite", relation: "attacks", after: ["against"] },
  { base: "rise", relation: "attacks", particle: "up", forms: ["rose", "risen", "rising", "rises"], after: ["against"] },
  { base: "encircle", relation: "attacks" },
  { base: "blockade", relation: "attacks" },
  // Force against a crowd: "dispersed the demonstrators", "beat protesters" ("beat the incumbent" is an election).
  { base: "disperse", relation: "attacks" },
  { base: "beat", relation: "attacks", forms: ["beat", "beaten", "beating", "beats"], notPersons: true },
  { base: "occupy", relation: "attacks", forms: ["occupied", "occupying", "occupies"] },
  { base: "annex", relation: "attacks" },
  // condemns
  { base: "condemn", relation: "condemns" },
  // "Seoul protested to Beijing" ("protested the decision" names no one).
  { base: "protest", relation: "condemns", after: ["to", "against", "with"] },
  { base: "denounce", relation: "condemns" },
  { base: "criticise", relation: "condemns" },
  { base: "criticize", relation: "condemns" },
  { base: "accuse", relation: "condemns" },
  { base: "blame", relation: "condemns" },
  // "held Moscow responsible for the attack".
  { base: "hold", relation: "condemns", forms: ["held", "holding", "holds"], object: ["responsible", "accountable"] },
  { base: "warn", relation: "condemns" },
  { base: "slam", relation: "condemns", forms: ["slammed", "slamming", "slams"] },
  { base: "decry", relation: "condemns", forms: ["decried", "decrying", "decries"] },
  { base: "deplore", relation: "condemns" },
  { base: "censure", relation: "condemns" },
  { base: "rebuke", relation: "condemns" },
  { base: "castigate", relation: "condemns" },
  { base: "lambast", relation: "condemns" },
  { base: "chastise", relation: "condemns" },
  { base: "reproach", relation: "condemns" },
  { base: "summon", relation: "condemns", object: DIPLOMATS },
  // backs
  { base: "back", relation: "backs" },
  { base: "support", relation: "backs" },
  { base: "ally", relation: "backs", forms: ["allied", "allying", "allies"], after: ["with"] },
  { base: "arm", relation: "backs" },
  { base: "fund", relation: "backs" },
  { base: "finance", relation: "backs" },
  { base: "sponsor", relation: "backs" },
  { base: "equip", relation: "backs", forms: ["equipped", "equipping", "equips"] },
  { base: "assist", relation: "backs" },
  { base: "aid", relation: "backs" },
  { base: "reinforce", relation: "backs" },
  { base: "bolster", relation: "backs" },
  { base: "endorse", relation: "backs" },
  // "Beijing rallied behind Astana".
  { base: "rally", relation: "backs", forms: ["rallied", "rallying", "rallies"], particle: "behind" },
  // "Russia, which has defended Tehran throughout the dispute" (an actor as its object: "defended its decision" is no one).
  { base: "defend", relation: "backs", direct: true },
  // "the first country to recognise the Taliban government": recognition backs the one recognised.
  { base: "recognise", relation: "backs" },
  { base: "recognize", relation: "backs" },
  { base: "bankroll", relation: "backs" },
  // "supplied drones to Russia", "supplies the military with jets": the first actor after it is supplied.
  { base: "supply", relation: "backs", forms: ["supplied", "supplying", "supplies"] },
  // Giving verbs back only with arms or money as their object: "delivered a speech" backs no one.
  { base: "deliver", relation: "backs", object: [...MATERIEL, ...MONEY] },
  { base: "ship", relation: "backs", forms: ["shipped", "shipping", "ships"], object: MATERIEL },
  { base: "sell", relation: "backs", forms: ["sold", "selling", "sells"], object: MATERIEL },
  { base: "send", relation: "backs", forms: ["sent", "sending", "sends"], object: MATERIEL },
  { base: "provide", relation: "backs", object: [...MATERIEL, ...MONEY, ...ASSISTANCE] },
  { base: "donate", relation: "backs", object: [...MATERIEL, ...MONEY, ...ASSISTANCE] },
  { base: "transfer", relation: "backs", forms: ["transferred", "transferring", "transfers"], object: [...MATERIEL, ...MONEY] },
  { base: "give", relation: "backs", forms: ["gave", "given", "giving", "gives"], object: [...MATERIEL, ...MONEY] },
  { base: "lend", relation: "backs", forms: ["lent", "lending", "lends"], object: MONEY },
  { base: "train", relation: "backs", object: TRAINEES },
  { base: "rely", relation: "backs", forms: ["relied", "relying", "relies"], after: ["on"], reverse: true },
  { base: "depend", relation: "backs", after: ["on"], reverse: true },
  { base: "side", relation: "backs", after: ["with"] },
  { base: "stand", relation: "backs", forms: ["stood", "standing", "stands"], after: ["with", "by", "behind", "beside"] },
  // mediates
  { base: "mediate", relation: "mediates", after: ["between", "with", "in"] },
  { base: "broker", relation: "mediates", after: ["between", "with"] },
  { base: "facilitate", relation: "mediates", after: ["between"] },
  { base: "shuttle", relation: "mediates", after: ["between"] },
  // "brought the defence ministers of Lebanon and Syria together".
  { base: "bring", relation: "mediates", forms: ["brought", "bringing", "brings"], object: ["together"] },
  // praises
  { base: "praise", relation: "praises" },
  { base: "commend", relation: "praises" },
  { base: "hail", relation: "praises" },
  { base: "applaud", relation: "praises" },
  { base: "welcome", relation: "praises" },
  { base: "thank", relation: "praises" },
  { base: "laud", relation: "praises" },
  // threatens
  { base: "threaten", relation: "threatens" },
  // demands
  { base: "demand", relation: "demands" },
  // sanctions
  { base: "sanction", relation: "sanctions" },
  { base: "blacklist", relation: "sanctions" },
  { base: "embargo", relation: "sanctions", forms: ["embargoed", "embargoing", "embargoes"] },
];

export const NOUNS: NounSpec[] = [
  ...["attack", "attacks", "offensive", "strike", "strikes", "airstrike", "airstrikes", "bombardment", "assault", "raid",
    "raids", "invasion", "shelling", "bombing", "bombings", "war", "campaign", "incursion", "ambush", "siege", "fight",
    "fighting", "operations", "operation", "killing", "killings", "aggression", "onslaught", "counteroffensive",
    "crackdown", "fire", "gunfire"].map((word) => ({ word, relation: "attacks" as const, after: ATTACK_PREPS })),
  ...["condemnation", "criticism", "denunciation"].map((word) => ({ word, relation: "condemns" as const, after: ["of"] })),
  // "lodged a formal protest with China", "protests against the government".
  ...["protest", "protests"].map((word) => ({ word, relation: "condemns" as const, after: ["with", "to", "against"] })),
  ...["warning", "warnings"].map((word) => ({ word, relation: "condemns" as const, after: ["to", "against"] })),
  { word: "solidarity", relation: "backs", after: ["with"] },
  ...["support", "backing", "aid", "assistance", "sponsorship", "supplier", "suppliers", "sponsor", "provider"].map((word) => ({
    word,
    relation: "backs" as const,
    after: ["for", "to", "of"],
  })),
  ...["mediation", "talks", "negotiations", "diplomacy"].map((word) => ({ word, relation: "mediates" as const, after: ["between"] })),
  // ("travel bans and asset freezes on X": "bans" alone are as often a government's own.)
  ...["sanctions", "embargo", "embargoes", "blacklisting", "freezes", "freeze"].map((word) => ({ word, relation: "sanctions" as const, after: TARGET_PREPS })),
];

/** Nouns naming the backers of the possessor: "its Russian allies", "Iran's proxies" run the other way. */
export const BACKER_NOUNS: ReadonlySet<string> = new Set(["ally", "allies", "backer", "backers", "patron", "patrons", "sponsor", "sponsors", "supporter", "supporters"]);
/** Nouns naming those the possessor backs: "Iran's proxies". */
export const PROTEGE_NOUNS: ReadonlySet<string> = new Set(["proxy", "proxies", "client", "clients"]);

/** Participles that join an actor to a noun with a hyphen: "Iran-backed", "US-led", "Saudi-funded". */
export const HYPHEN_BACKING: ReadonlySet<string> = new Set(["backed", "supported", "funded", "armed", "sponsored", "allied", "financed", "trained"]);
/** Hyphenated participles split off without a relation, so the actor before them is found: "Islamic State-linked". */
export const HYPHEN_AFFILIATION: ReadonlySet<string> = new Set(["linked", "affiliated", "aligned", "inspired", "based", "held", "controlled", "run", "led", "occupied", "flagged", "registered", "owned", "operated"]);
/** Those of them that make the noun the actor's own: "a Marshall Islands-flagged tanker", "HTS-held villages" ("an IS-linked cell" is not IS's). */
export const HYPHEN_POSSESSION: ReadonlySet<string> = new Set(["held", "controlled", "run", "occupied", "flagged", "registered", "owned", "operated"]);

/** "host talks", "press for a ceasefire", "send a delegation": mediation phrases whose verb alone means little. */
export const MEDIATION_VERBS: ReadonlySet<string> = new Set(["relay", "pass", "host", "co-host", "act", "serve", "hold", "demand", "press", "push", "call", "broker", "facilitate", "convene", "organise", "organize", "lead", "send", "dispatch", "work", "seek", "propose", "sponsor"]);
/** Participles naming who holds talks ("hosted by X"); "mediated by X" and "brokered by X" are passives of relation verbs. */
export const HOSTED: ReadonlySet<string> = new Set(["hosted", "co-hosted", "convened", "sponsored", "organised", "organized", "chaired"]);
/** People a mediator hosts or brings together: a mediation only when two parties are named ("hosted the foreign ministers of Congo and Rwanda"). */
export const MEDIATION_GUESTS: readonly string[] = ["ministers", "leaders", "presidents", "delegations", "representatives", "envoys", "heads"];
/** Objects that make a mediation only between two parties: "relaying messages between", "facilitated contacts between". */
export const BETWEEN_OBJECTS: ReadonlySet<string> = new Set(["messages", "contacts"]);
export const MEDIATION_OBJECTS: ReadonlySet<string> = new Set([...BETWEEN_OBJECTS, "talks", "ceasefire", "cease-fire", "truce", "negotiations", "peace", "deal", "agreement", "delegation", "summit", "dialogue", "mediation", "accord", "armistice", "meeting", "meetings", "guarantor", "guarantors", "mediator", "mediators", "facilitator", "facilitators", "go-between", "intermediary", "intermediaries", ...MEDIATION_GUESTS]);

/** "Daesh claimed responsibility", "an attack claimed by X": the claimant carried out the act. */
export const CLAIM_WORDS: ReadonlySet<string> = new Set(["claim", "claimed", "claims", "claiming"]);
/** What states claim as their own, not as their act: "a fertile strip claimed by both Sudan and South Sudan". */
export const CLAIMED_LANDS: ReadonlySet<string> = new Set(["territory", "territories", "land", "lands", "strip", "enclave", "island", "islands", "islet", "islets", "waters", "sea", "seabed", "reef", "reefs", "shoal", "shoals", "archipelago", "peninsula", "region", "area", "zone", "border", "frontier", "sovereignty"]);
/** "an attack carried out by X", "a massacre perpetrated by X": X did the act the sentence names. */
export const PERPETRATION_WORDS: ReadonlySet<string> = new Set(["carried", "conducted", "perpetrated", "committed", "staged", "mounted", "orchestrated"]);

/** "called the strikes regrettable", "described the raid as a violation": a verb of naming, and a verdict after it, condemn. */
export const VERDICT_VERBS: ReadonlySet<string> = new Set(["call", "called", "calls", "calling", "describe", "described", "describes", "describing", "brand", "branded", "brands", "branding", "term", "termed", "terms", "label", "labelled", "labeled", "labels", "dub", "dubbed", "dubs"]);
/** Verdicts that make naming a condemnation, as words or phrases. */
export const VERDICTS: readonly string[] = [
  "regrettable", "unacceptable", "illegal", "illegitimate", "unlawful", "violation", "provocation", "provocative",
  "aggression", "barbaric", "cowardly", "criminal", "crime", "outrageous", "reckless", "terrorist", "terrorism",
  "heinous", "irresponsible", "unjustified", "deplorable", "dangerous", "destabilising", "destabilizing",
  "abhorrent", "atrocity", "genocide", "massacre", "act of war", "declaration of war", "hostile", "shameful",
];

/** Verbs that report speech: their subject is the source of the stance in what follows. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(["said", "says", "say", "told", "tweeted", "stated", "added", "adding", "noted", "reported", "announced", "declared", "wrote", "posted", "insisted", "claimed", "asserted", "explained", "remarked", "according", "suggested", "alleged", "argued"]);

/** Verbs that make the next "to"-verb the subject's aim: "urged X to attack Y" puts the urger behind the attack. */
export const CONTROL_VERBS: ReadonlySet<string> = new Set(["urge", "urged", "urges", "urging", "order", "ordered", "orders", "ordering", "instruct", "instructed", "encourage", "encouraged", "told", "tell", "tells", "command", "commanded", "direct", "directed", "incite", "incited"]);

/** "called for X to stop", "urged X to halt": the subject condemns X. */
export const CALL_VERBS: ReadonlySet<string> = new Set(["call", "called", "calls", "calling", "urge", "urged", "urges", "urging", "demand", "demanded", "demands", "demanding", "press", "pressed", "presses", "pressing", "ask", "asked", "asks", "told", "tell"]);
export const STOP_VERBS: ReadonlySet<string> = new Set(["stop", "end", "halt", "cease", "withdraw", "refrain", "lift", "abandon", "pull"]);

/** Verbs that undo what the noun after them names: "lifted sanctions on Iran", "withdrew its support for the rebels". */
export const UNDOING_VERBS: ReadonlySet<string> = new Set(["lift", "lifted", "lifting", "lifts", "ease", "eased", "easing", "eases", "remove", "removed", "removing", "removes", "drop", "dropped", "dropping", "drops", "waive", "waived", "waiving", "waives", "suspend", "suspended", "suspending", "suspends", "relax", "relaxed", "relaxing", "relaxes", "scrap", "scrapped", "scrapping", "scraps", "withdraw", "withdrew", "withdrawn", "withdrawing", "withdraws", "end", "ended", "ending", "ends", "cut", "cutting", "cuts", "halt", "halted", "halting", "halts"]);
/** Relations that an undoing verb cancels; an attack halted still happened. */
export const UNDOABLE: ReadonlySet<EventRelation> = new Set(["backs", "sanctions"]);
/** Words that make sanctions only asked for: "called for sanctions on Moscow" imposes none. */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(["call", "called", "calling", "calls", "urge", "urged", "urging", "urges", "demand", "demanded", "demanding", "demands", "push", "pushed", "pushing", "pushes", "seek", "sought", "seeking", "seeks", "propose", "proposed", "proposing", "proposes", "want", "wanted", "wants", "ask", "asked", "asks"]);

/** Words that cancel or hedge the verb right after them. */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
/** Words that make an attack to come a threat ("vowed to destroy Hamas"), where other stances stay only hedged. */
export const ATTACK_VOWS: ReadonlySet<string> = new Set(["vowed", "vows", "vow", "pledged", "pledges", "promised", "promises", "swore", "swears"]);

/** Commitments that give backing at once, with or without "to": "pledged to support Bamako", "promised its support". */
export const PLEDGES: ReadonlySet<string> = new Set(["pledged", "pledges", "promised", "promises"]);

/** "offered support to X" gives it; "offered to host talks" only proposes them. */
export const OFFERS: ReadonlySet<string> = new Set(["offered", "offers", "offer"]);
/** "drew fire from Tehran": the fire drawn is criticism. */
export const DRAWING: ReadonlySet<string> = new Set(["draw", "draws", "drew", "drawn", "drawing"]);
/** "denied attacking", "Juba denied that it had armed the youths": what is denied did not happen, as far as the text says. */
export const DENIALS: ReadonlySet<string> = new Set(["deny", "denies", "denied"]);
export const HEDGES: ReadonlySet<string> = new Set([...OFFERS, ...DENIALS, "may", "might", "could", "would", "should", "can", "must", "shall", "if", "unless", "whether", "planned", "plans", "plan", "intends", "intend", "intended", "wants", "want", "wanted", "vowed", "vows", "vow", "threatened", "threatens", "threaten", "pledged", "refused", "refuses", "declined", "failed", "rejected", "dismissed", "allegedly", "reportedly", "considering", "considered", "prepared", "ready", "aims", "aimed", "seeks", "sought"]);
