import type { StructuralRelation } from "../types.js";

/** Words that make up a title before a name: "Presidential spokesman", "Foreign Minister", "HTS chief". */
export const TITLE_WORDS = new Set(
  `president presidential vice vice-president vice-premier prime premier minister ministers foreign defence defense interior finance secretary principal
  secretary-general under-secretary general spokesman spokeswoman spokesperson chief leader head commander
  ambassador envoy special deputy king queen prince crown emir sheikh sultan supreme ayatollah pope chancellor
  senator sen rep governor mayor lt col colonel gen major-general brigadier admiral marshal field army military
  rebel militia opposition official director chairman chairwoman chair speaker lawmaker mr mrs ms dr
  representative coordinator commissioner high rapporteur top senior acting state affairs national security
  adviser advisor mp congressman congresswoman justice judge prosecutor president-elect lieutenant captain sergeant
  cleric imam archbishop bishop press information health education justice energy trade economy agriculture
  culture transport communications policy aid rights human nuclear intelligence police spy cabinet`.split(/\s+/),
);

/** Title words that must not start a title on their own ("state", "national", "top" are too common). */
export const WEAK_TITLE_WORDS = new Set(["information", "health", "education", "justice", "energy", "trade", "economy", "agriculture", "culture", "transport", "communications", "press", "state", "national", "security", "affairs", "high", "top", "senior", "field", "army", "military", "acting", "special", "foreign", "defence", "defense", "interior", "finance", "opposition", "rebel", "militia", "official", "policy", "aid", "rights", "human", "nuclear", "intelligence", "police", "spy", "cabinet"]);

const LEADS = /\b(president|prime|premier|king|queen|emir|sultan|chief|leader|head|commander|chancellor|supreme|ayatollah|pope|chairman|chairwoman|chair|secretary-general|governor|mayor)\b/;
const SPOKES = /\bspokes(man|woman|person)\b/;
// A chief of a force or a portfolio serves the actor named as owner; he does not lead it ("Pakistan's army chief", "the EU's foreign policy chief").
const NOT_LEADER = /\b(deputy|vice|former|under-secretary|army|military|police|intelligence|security|spy|foreign|policy|aid|rights|nuclear|defen[cs]e|interior|finance|health|trade|energy|information|press|justice|economy|cabinet)\b/;

/** Which structural relation a title puts between a person and the actor it names. */
export function titleRelation(title: string): StructuralRelation {
  const lower = title.toLowerCase();
  if (SPOKES.test(lower)) return "spokesman_for";
  if (LEADS.test(lower) && !NOT_LEADER.test(lower)) return "leads";
  return "member_of";
}
