import { describe, expect, it } from "vitest";
import { articlesToGraph } from "../../src/pipeline.js";
import { extract, triples } from "../helpers/triples.js";

// One construction per case; the texts are written for these tests.

/** Every triple of a short text, structural relations (member_of, leads) included. */
const all = (text: string) => triples(articlesToGraph([{ name: "t.txt", text }], { layoutIterations: 0 }));
describe("the extractor reads news constructions", () => {
  it("active voice", () => {
    expect(extract("Houthi rebels attacked a Saudi oil terminal. The Houthis also struck Israel on Monday.")).toContain("Houthis attacks Israel");
  });

  it("passive voice with an agent", () => {
    expect(extract("Ukraine was attacked by Russia overnight, officials in Kyiv said.")).toContain("Russia attacks Ukraine");
  });

  it("participial opener", () => {
    expect(extract("Backed by Tehran, Hezbollah fired rockets at Israel.")).toEqual(
      expect.arrayContaining(["Iran backs Hezbollah", "Hezbollah attacks Israel"]),
    );
  });

  it("capitals and seats of power as metonyms", () => {
    expect(extract("The Kremlin condemned Kyiv for the raid.")).toContain("Russia condemns Ukraine");
  });

  it("a list of actors on the agent side gives one edge each", () => {
    const found = extract("Britain, France and Germany condemned Iran on Tuesday.");
    expect(found).toEqual(expect.arrayContaining(["United Kingdom condemns Iran", "France condemns Iran", "Germany condemns Iran"]));
  });

  it("two names joined by \", and\" are two clauses; longer lists may take that comma", () => {
    expect(extract("Venezuela threatened Guyana, and Brazil sent troops to the border.")).toEqual(["Venezuela threatens Guyana"]);
    expect(extract("Russia, Syria, and Iran condemned Israel.")).toEqual(["Iran condemns Israel", "Russia condemns Israel", "Syria condemns Israel"]);
    expect(extract("Venezuela threatened Guyana, or Brazil would send troops.")).toEqual(["Venezuela threatens Guyana"]);
  });

  it("a list of actors on the target side", () => {
    expect(extract("The European Union condemned Russia and Belarus.")).toEqual(
      expect.arrayContaining(["European Union condemns Russia", "European Union condemns Belarus"]),
    );
  });

  it("demonyms make actors of their nouns", () => {
    expect(extract("Israeli jets struck Hamas in Gaza.")).toContain("Israel attacks Hamas");
  });

  it("a state's people is an actor of its own, not the state", () => {
    const standing = extract("The United States stands with the Iraqi people against ISIL.");
    expect(standing).toContain("United States backs Iraqi people");
    expect(standing).not.toContain("United States backs Islamic State");
    const support = extract("Britain will continue to support the people of Syria, the minister said.");
    expect(support).toContain("United Kingdom backs Syrian people");
    expect(support).not.toContain("United Kingdom backs Syria");
    expect(extract("Russian jets bombed Ukrainian civilians in Kharkiv.")).toContain("Russia attacks Ukrainian people");
    // A demonym before other nouns still names no one: "Syrian refugees" are neither Syria nor a people.
    expect(extract("Turkey hosted Syrian refugees and condemned Iran.")).toEqual(["Turkey condemns Iran"]);
  });

  it("a side that agrees to talks is no mediator", () => {
    const found = extract("The RSF attacked Sudanese army positions. The Sudanese army and the RSF agreed to send delegations to new talks.");
    expect(found.filter((t) => t.includes("mediates"))).toEqual([]);
  });

    it("a people is no party to a ceasefire between the sides", () => {
    const found = extract("Russian jets bombed Syrian civilians. Syrian rebels attacked Russian forces in Latakia. Turkey pressed for a ceasefire.");
    expect(found).toContain("Russia attacks Syrian people");
    expect(found.filter((t) => t.startsWith("Turkey mediates"))).toEqual(["Turkey mediates Russia", "Turkey mediates Syrian rebels"]);
  });

  it("the object of a stance verb is not its subject's act", () => {
    expect(extract("Russia condemned attacks on Ukraine.")).not.toContain("Russia attacks Ukraine");
    // Praise or backing of an attack is toward whoever carried it out, not its target.
    expect(extract("France praised strikes on the Islamic State.")).toEqual([]);
    expect(extract("The United States supported the Iraqi offensive on Mosul.")).toContain("United States backs Iraq");
    expect(extract("Hamas rocket attacks on Israel continued overnight.")).toContain("Hamas attacks Israel");
  });

  it("a name before a government noun is a government; an untitled name where things happen is a place", () => {
    expect(extract("The Maduro government accused Guyana of provocation.")).toEqual(["Maduro government condemns Guyana"]);
    expect(extract("The Trump administration condemned Iran.")).toEqual(["Trump administration condemns Iran"]);
    // A government noun that is no force word too.
    expect(extract("The Maduro junta condemned Guyana.")).toEqual(["Maduro junta condemns Guyana"]);
    const graph = articlesToGraph([{ name: "t.txt", text: "Militants shelled a camp near Deir Hafer. Turkey condemned Wagner Group near Tal Abyad. Hezbollah fired rockets at Kiryat Shmona and the Golan Heights." }], { layoutIterations: 0 });
    expect(graph.findNode((_key, a) => a.label === "Deir Hafer")).toBeUndefined();
    expect(graph.filterNodes((_key, a) => a.kind === "person")).toEqual([]);
    expect(extract("Myanmar's junta carried out air strikes on a village in northern Shan State.")).toEqual(["Burmese government attacks Shan State"]);
  });

  it("\"its\" in the object of an act is not the actor acting, but the one named before it in the sentence", () => {
    expect(extract("Azerbaijan's foreign ministry said Armenian forces had shelled its positions.")).toEqual(["Armenia attacks Azerbaijan"]);
    // Both actors before it are acting: it means neither.
    expect(extract("American and British strikes on its positions killed dozens, the Houthis said.")).toEqual([]);
  });

  it("hyphenated backing", () => {
    expect(extract("The Iran-backed Houthis attacked a ship.")).toContain("Iran backs Houthis");
  });

  it("possessive allies", () => {
    expect(extract("The junta and its Russian allies shelled the rebels. Mali's junta met in Bamako.")).toContain("Russia backs Malian government");
  });

  it("reported speech: the speaker condemns those accused of killing civilians", () => {
    expect(extract("“Israel is killing civilians,” the Turkish president Recep Erdogan said.")).toContain("Recep Erdogan condemns Israel");
  });

  it("negation drops the relation", () => {
    expect(extract("China did not condemn Russia.")).toEqual([]);
    expect(extract("Rwanda denied backing the M23.")).toEqual([]);
  });

  it("modality drops the relation", () => {
    expect(extract("Officials said Iran may attack Israel.")).toEqual([]);
  });

  it("a threat is kept apart from an attack", () => {
    expect(extract("North Korea threatened to strike Japan.")).toEqual(["North Korea threatens Japan"]);
    expect(extract("Prime Minister Benjamin Netanyahu vowed to destroy Hamas.")).toEqual(["Benjamin Netanyahu threatens Hamas"]);
    // A hedge before a threat leaves it a threat.
    expect(extract("North Korea reportedly threatened to strike Japan.")).toEqual(["North Korea threatens Japan"]);
    // A negation before the threat still cancels it; a vow of support is only an intention.
    expect(extract("Russia did not vow to attack Poland. Iran did not threaten to attack Israel.")).toEqual([]);
    expect(extract("Iran vowed to support Hezbollah.")).toEqual([]);
  });

  it("a pronoun before an irregular verb of attack is its subject", () => {
    expect(extract("The US military said it struck an Iranian weapons depot in response.")).toEqual(["United States attacks Iran"]);
    expect(extract("Hamas said they hit an Israeli tank.")).toEqual(["Hamas attacks Israel"]);
  });

  it("coreference of the group", () => {
    expect(extract("Al-Shabaab claimed the bombing. The group later attacked Kenya.")).toContain("al-Shabaab attacks Kenya");
  });

  it("short names resolve to the full name", () => {
    expect(extract("President Volodymyr Zelensky spoke in Kyiv. Zelensky condemned Russia.")).toContain("Volodymyr Zelensky condemns Russia");
  });

  it("called for X to stop is a condemnation", () => {
    expect(extract("The United Nations called for Israel to stop the offensive.")).toContain("United Nations condemns Israel");
  });

  it("mediation between named parties", () => {
    expect(extract("Qatar brokered talks between Israel and Hamas.")).toEqual(
      expect.arrayContaining(["Qatar mediates Israel", "Qatar mediates Hamas"]),
    );
  });

  it("condemning an attack points at who carried it out", () => {
    expect(extract("The ADF attacked a school in Uganda. The African Union condemned the attack.")).toContain("African Union condemns Allied Democratic Forces");
  });

  it("verb coordination keeps the first subject", () => {
    expect(extract("Downing Street denounced the Houthi attack and accused Iran of arming them.")).toEqual(
      expect.arrayContaining(["United Kingdom condemns Houthis", "United Kingdom condemns Iran"]),
    );
  });

  it("a government called a regime is its own actor, named after its leader when the text gives one", () => {
    const found = extract("Syrian President Bashar al-Assad met envoys. The regime bombed Idlib.");
    expect(found).toContain("Assad regime attacks Idlib");
  });
});

describe("more constructions", () => {
  it("a condemned event in the passive points at its author", () => {
    expect(extract("US and British warplanes struck the Houthis on Saturday. The strikes were condemned by Iran.")).toEqual(
      expect.arrayContaining(["Iran condemns United States"]),
    );
  });

  it("criticism from a third party runs from it to the subject", () => {
    expect(extract("Turkey shelled Kurdish YPG positions in Syria, drawing criticism from Washington.")).toContain("United States condemns Turkey");
  });

  it("the object of 'praised X for hosting talks' is the mediator", () => {
    expect(extract("Ethiopian Prime Minister Abiy Ahmed praised Kenya for hosting talks between Ethiopia and Eritrea.")).toEqual(
      expect.arrayContaining(["Kenya mediates Ethiopia", "Kenya mediates Eritrea"]),
    );
  });

  it("a relation stated with 'would' is a threat only for attacks", () => {
    expect(extract("Berlin said it would keep supporting Kyiv. Hamas said it would target Israel.")).toEqual(
      expect.arrayContaining(["Germany backs Ukraine", "Hamas threatens Israel"]),
    );
  });
});

describe("names", () => {
  it("a first name alone refers to the only person who has it", () => {
    expect(extract("Ethiopian Prime Minister Abiy Ahmed spoke on Monday. Later, Abiy condemned Eritrea.")).toContain("Abiy Ahmed condemns Eritrea");
  });

  it("a portfolio title before a name is a title, not part of the name", () => {
    expect(extract("Information Minister Yemane Gebremeskel condemned Ethiopia.")).toContain("Yemane Gebremeskel condemns Ethiopia");
  });
});

describe("authors of condemned acts", () => {
  it("a claim or a 'carried out by' names who did the condemned attack", () => {
    expect(extract("The United States condemned the bombing in Baghdad claimed by Daesh.")).toContain("United States condemns Islamic State");
    expect(extract("The United Nations condemned the attack on Marib, which was carried out by the Houthis.")).toContain("United Nations condemns Houthis");
  });
});

describe("allies named around a possessive", () => {
  it("an apposition after the possessive names the allies", () => {
    expect(extract("Russia's allies, Belarus and Iran, condemned the sanctions.")).toEqual(
      expect.arrayContaining(["Belarus backs Russia", "Iran backs Russia"]),
    );
  });

  it("an apposition between commas is skipped when finding the subject", () => {
    expect(extract("Hezbollah, Iran's main ally in Lebanon, fired rockets at Israel.")).toContain("Hezbollah attacks Israel");
  });
});

describe("governments named with 'of'", () => {
  it("'the Government of Mali' is one mention, so the list after it stays whole", () => {
    expect(extract("The UK will continue to support the Government of Mali and MINUSMA.")).toEqual(
      expect.arrayContaining(["United Kingdom backs Malian government", "United Kingdom backs MINUSMA"]),
    );
  });
});

describe("titles used alone", () => {
  it("'the Foreign Secretary' is the person the text gave that title", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "Foreign Secretary Philip Hammond visited Baghdad. The Foreign Secretary condemned ISIL." }], { layoutIterations: 0 });
    expect(triples(graph)).toEqual(["Philip Hammond condemns Islamic State"]);
  });
});

describe("capitalised anaphors", () => {
  it("'the Alliance' points back to the alliance named before, and a later claim names a condemned attack's author", () => {
    const found = extract(
      "NATO leaders met in Vilnius. The Alliance condemned Russia.\n\nThe United States condemned the attack on a school in Kabul.\n\nISIS-K claimed responsibility for the attack.",
    );
    expect(found).toEqual(expect.arrayContaining(["NATO condemns Russia", "United States condemns Islamic State Khorasan"]));
  });
});

describe("communities", () => {
  it("'ethnic Armenian forces' are a group of their own, not the state", () => {
    expect(extract("Azerbaijan launched an offensive against ethnic Armenian forces in Nagorno-Karabakh.")).toEqual(["Azerbaijan attacks ethnic Armenian forces"]);
  });
});

describe("time clauses", () => {
  it("an act after 'following', 'after' or 'amid' is not the subject's own; the attacker named in it still is", () => {
    const found = extract("Foreign Minister Lena Varga spoke to reporters following an attack on Odesa. Turkey called for calm amid strikes on Aleppo. Russia launched an attack on Kharkiv.");
    expect(found.filter((t) => t.startsWith("Lena Varga attacks") || t.startsWith("Turkey attacks"))).toEqual([]);
    expect(found).toContain("Russia attacks Kharkiv");
  });
});

describe("portfolio titles", () => {
  it("'Minister for the Middle East Lena Varga': the portfolio is part of the title, the name stays two words", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "Minister for the Middle East Lena Varga condemned Hamas. Secretary of State Karim Oduya praised Egypt. President of France Ines Marrow backed Ukraine." }], { layoutIterations: 0 });
    const people = graph.filterNodes((_key, a) => a.kind === "person").map((key) => [graph.getNodeAttribute(key, "label"), graph.getNodeAttribute(key, "role")]);
    expect(people).toEqual(expect.arrayContaining([["Lena Varga", "Minister for the Middle East"], ["Karim Oduya", "Secretary of State"]]));
    // A dictionary actor after "of" stays an actor of its own.
    expect(graph.hasNode("france")).toBe(true);
    expect(people.map(([label]) => label)).toContain("Ines Marrow");
  });
});

describe("sanctions", () => {
  it("imposed, by verb, passive, possessor or modifier: the sanctioning side sanctions the target", () => {
    expect(extract("The European Union imposed new sanctions on Belarus over the crackdown.")).toEqual(["European Union sanctions Belarus"]);
    expect(extract("The United States sanctioned Venezuela's oil ministry.")).toEqual(["United States sanctions Venezuela"]);
    expect(extract("Iran was blacklisted by the United Nations in 2006.")).toEqual(["United Nations sanctions Iran"]);
    expect(extract("EU sanctions against Syria were renewed on Friday.")).toEqual(["European Union sanctions Syria"]);
  });

  it("sanctions lifted, only asked for, or not imposed are none; threatened ones are a threat", () => {
    expect(extract("Washington lifted sanctions on Cuba last spring.")).toEqual([]);
    expect(extract("Kyiv called for sanctions against Moscow.")).toEqual([]);
    expect(extract("The EU did not impose sanctions on Israel.")).toEqual([]);
    expect(extract("Britain threatened sanctions against Iran.")).toEqual(["United Kingdom threatens Iran"]);
  });

  it("a participle before \"of\" or \"for\" is passive: those accused do not accuse", () => {
    expect(extract("Washington sanctioned two Russian banks accused of helping Minsk evade restrictions.")).toEqual(["United States sanctions Russia"]);
    expect(extract("Russia accused Ukraine of shelling the plant.")).toEqual(["Russia condemns Ukraine"]);
  });

  it("condemned sanctions point at whoever imposed them, as a condemned attack points at its author", () => {
    expect(extract("Israeli jets struck Gaza. The EU imposed sanctions on Belarus. Minsk condemned the sanctions.")).toContain("Belarus condemns European Union");
    expect(extract("Russia condemned the EU sanctions on Belarus.")).toContain("Russia condemns European Union");
    expect(extract("Israeli jets struck Gaza. The EU imposed sanctions on Belarus. Iran condemned the strikes.")).toContain("Iran condemns Israel");
  });

  it("withdrawn support is no backing", () => {
    expect(extract("Canada withdrew its support for Armenia after the vote.")).toEqual([]);
    expect(extract("Canada renewed its support for Armenia after the vote.")).toEqual(["Canada backs Armenia"]);
  });
});

describe("verdicts", () => {
  it("calling an act or an actor by a verdict condemns its author", () => {
    expect(extract("China called the Indian strikes regrettable.")).toEqual(["China condemns India"]);
    expect(extract("Brazil branded Russia a terrorist state.")).toEqual(["Brazil condemns Russia"]);
    expect(extract("Israeli jets struck Damascus on Monday. Egypt described the raid as a violation of international law.")).toContain("Egypt condemns Israel");
  });

  it("a request, a mild word or a negation is no verdict", () => {
    expect(extract("Germany called for an inquiry into the illegal strike.")).toEqual([]);
    expect(extract("Kenya called the Ethiopian proposal constructive.")).toEqual([]);
    expect(extract("Israeli jets struck Damascus. Jordan did not call the strike illegal.")).toEqual(["Israel attacks Syria"]);
  });
});

describe("unnamed actors and targets", () => {
  it("an unnamed attacker right before the verb keeps the act from an actor further back", () => {
    expect(extract("India struck Pakistan on Wednesday, two weeks after gunmen killed 26 tourists near Pahalgam.")).toEqual(["India attacks Pakistan"]);
    expect(extract("Hours later, Taliban border forces fired on Pakistani posts.")).toEqual(["Taliban attacks Pakistan"]);
  });

  it("strikes on unnamed targets hit the state they lie in", () => {
    expect(extract("India launched missile strikes on militant camps in Pakistan.")).toEqual(["India attacks Pakistan"]);
    expect(extract("India launched strikes on what it called terrorist infrastructure in Pakistan.")).toEqual(["India attacks Pakistan"]);
    // People killed where they were held are no attack on the state.
    expect(extract("The court accused Libya's militia of killing detainees at a prison in Tripoli.")).not.toContain("Libyan militia attacks Libya");
  });

  it("a headline's name before a verb-like force word acts through that verb", () => {
    expect(extract("India strikes militant camps in Pakistan")).toEqual(["India attacks Pakistan"]);
  });
});

describe("appositions and initials", () => {
  it("an owner's title before a comma and a name affiliates the person", () => {
    expect(all("Iran's foreign minister, Abbas Araghchi, condemned Israel.")).toEqual(["Abbas Araghchi condemns Israel", "Abbas Araghchi member_of Iran"]);
    // An army chief serves the state; he does not lead it.
    expect(all("Pakistan's army chief, General Asim Munir, condemned India.")).toEqual(["Asim Munir condemns India", "Asim Munir member_of Pakistan"]);
  });

  it("an initial with its dot stays inside the name", () => {
    expect(all("Indian Foreign Minister S. Jaishankar condemned Pakistan.")).toEqual(["S. Jaishankar condemns Pakistan", "S. Jaishankar member_of India"]);
  });
});

describe("diplomatic rebukes", () => {
  it("expelling or summoning a diplomat condemns the state the diplomat serves; expelling troops is an attack", () => {
    expect(extract("Niger's junta expelled the French ambassador on Friday.")).toEqual(["Nigerien government condemns France"]);
    expect(extract("Manila summoned China's ambassador.")).toEqual(["Philippines condemns China"]);
    expect(extract("Russian forces expelled Ukrainian troops from the town.")).toEqual(["Russia attacks Ukraine"]);
    expect(extract("Manila summoned reporters.")).toEqual([]);
  });
});

describe("asides and affiliates", () => {
  it("an acronym in brackets between the name and its verb leaves the name the subject", () => {
    expect(extract("The Economic Community of West African States (ECOWAS) has imposed sanctions on Mali.")).toEqual(["ECOWAS sanctions Mali"]);
  });

  it("those linked or loyal to an actor act for it", () => {
    expect(extract("Jihadists linked to the Islamic State killed 17 Malian soldiers.")).toEqual(["Islamic State attacks Mali"]);
    expect(extract("Fighters loyal to the Wagner Group attacked Malian soldiers.")).toEqual(["Wagner Group attacks Mali"]);
  });

  it("a title in apposition after a person names the actor the person belongs to", () => {
    expect(all("Rafael Grossi, the head of the International Atomic Energy Agency, visited Iran.")).toEqual(["Rafael Grossi leads International Atomic Energy Agency"]);
    expect(all("Yahya Sinwar, Hamas's leader in Gaza, condemned Israel.")).toEqual(["Yahya Sinwar condemns Israel", "Yahya Sinwar leads Hamas"]);
    expect(all("Wang Yi, the Chinese foreign minister, condemned Japan.")).toEqual(["Wang Yi condemns Japan", "Wang Yi member_of China"]);
  });
});

describe("speakers and announcements", () => {
  it("\"X said it would\": the pronoun is the speaker right before, not the sentence's first actor", () => {
    expect(extract("Germany pledged two batteries, while the Netherlands said it would fund ammunition for Ukrainian forces.")).toEqual(["Netherlands backs Ukraine"]);
  });

  it("sanctions announced are the announcer's", () => {
    expect(extract("The EU announced a package of sanctions on Russia.")).toEqual(["European Union sanctions Russia"]);
  });

  it("\"set fire to\" is an attack", () => {
    expect(extract("Ukrainian drones set fire to an oil depot in Russia.")).toEqual(["Ukraine attacks Russia"]);
  });

  it("a portfolio chief serves the actor named; only a plain chief leads it", () => {
    expect(all("The European Union's foreign policy chief, Kaja Kallas, condemned Russia.")).toContain("Kaja Kallas member_of European Union");
    expect(all("HTS chief Abu Mohammed al-Jolani condemned Russia.")).toContain("Abu Mohammed al-Jolani leads Hayat Tahrir al-Sham");
  });
});

describe("weapons, bodies and things", () => {
  it("fire \"from\" an actor's ships comes from that actor; a coast guard is a force, a coast a place", () => {
    expect(extract("A Philippine vessel was struck by water cannon from two Chinese coast guard ships.")).toEqual(["China attacks Philippines"]);
  });

  it("an organisation's name goes on through \"of\" and \"and\"", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "The Bureau of Fisheries and Aquatic Resources condemned China." }], { layoutIterations: 0 });
    expect(graph.getNodeAttributes("bureau_of_fisheries_and_aquatic_resources")).toMatchObject({ kind: "organization" });
  });

  it("treaties, accords and summits are no actors", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "The Mutual Defense Treaty binds Washington. The Abraham Accords were signed by Bahrain." }], { layoutIterations: 0 });
    expect(graph.nodes().filter((key) => /treaty|accords/.test(key))).toEqual([]);
  });
});

describe("clauses around pronouns", () => {
  it("\"what he called X's actions\": the pronoun's clause names the target", () => {
    expect(extract("Foreign Secretary Ramon Villareal condemned what he called China's aggressive actions.")).toEqual(["Ramon Villareal condemns China"]);
  });

  it("\"its\" is not an actor inside a relative clause closed before it", () => {
    expect(extract("Japan, which signed a troop pact with Manila in 2024, reaffirmed its support for the Philippines.")).toEqual(["Japan backs Philippines"]);
  });

  it("statements backing an actor are their issuers' backing", () => {
    expect(extract("Australia and Canada issued statements backing Manila.")).toEqual(["Australia backs Philippines", "Canada backs Philippines"]);
  });
});

describe("headlines and sources", () => {
  it("\"gunmen from X\" are X acting; a stance verb before a bare event noun is still a verb", () => {
    expect(extract("Gunmen from al-Shabaab stormed a hotel. AU and US condemn attack")).toEqual(["African Union condemns al-Shabaab", "United States condemns al-Shabaab"]);
  });

  it("the place \"of\" an attack noun is its target, not the subject of the next verb", () => {
    expect(extract("Al-Shabaab siege of Mogadishu hotel kills 19; AU condemns attack")).toEqual(["African Union condemns al-Shabaab", "al-Shabaab attacks Somalia"]);
  });

  it("solidarity with an actor backs it", () => {
    expect(extract("Qatar and Turkey expressed solidarity with Mogadishu.")).toEqual(["Qatar backs Somalia", "Turkey backs Somalia"]);
  });
});

describe("juntas, acronyms and suppliers", () => {
  const junta = "Myanmar's junta bombed Bhamo on Sunday. The junta denied hitting civilians. China and the junta held talks in Beijing with China's help, Chinese officials said.";

  it("a text about a junta is about its state: \"the military\" is that junta even when another state is named more", () => {
    expect(extract(`${junta} Russia supplies the military with fighter jets.`)).toContain("Russia backs Burmese government");
  });

  it("condemned strikes named after a place point at their author, not the place", () => {
    expect(extract("Myanmar's military government bombed Bhamo. The National Unity Government condemned the Bhamo strikes.")).toContain("National Unity Government condemns Burmese government");
  });

  it("an acronym defined in brackets names the actor later; \"a military convoy\" is the army's", () => {
    const text = "Myanmar's junta bombed Bhamo. The Northern Hills Front (NHF) said the strikes killed civilians. The NHF said its fighters had ambushed a military convoy.";
    expect(extract(text)).toContain("Northern Hills Front attacks Burmese government");
  });

  it("the first actor after \"supplied\" is supplied, with or without \"to\"", () => {
    expect(extract("Iran supplied drones to Russia.")).toEqual(["Iran backs Russia"]);
  });
});

describe("mediators and events named further on", () => {
  it("hosting talks between a government named with \"of the\" and a group mediates between them", () => {
    expect(extract("Qatar hosted a round of negotiations between the government of the Democratic Republic of Congo and the M23 rebel movement.")).toEqual([
      "Qatar mediates Congolese government",
      "Qatar mediates M23",
    ]);
  });

  it("hosting ministers of two states mediates; of one, it does not; a place a team goes to is no party", () => {
    expect(extract("Marco Rubio hosted the foreign ministers of Kenya and Somalia.")).toEqual(["Marco Rubio mediates Kenya", "Marco Rubio mediates Somalia"]);
    expect(extract("Kenya hosted the leaders of Somalia.")).toEqual([]);
    expect(extract("The African Union dispatched a mediation team to Zalambessa.")).toEqual([]);
  });

  it("guarantors of a process between two sides mediate between them", () => {
    expect(extract("Rwanda attacked Burundi. Cuba and Norway, which act as guarantor countries for the process, read the statement.")).toEqual(
      expect.arrayContaining(["Cuba mediates Burundi", "Cuba mediates Rwanda", "Norway mediates Burundi", "Norway mediates Rwanda"]),
    );
  });

  it("a condemned event's author may come after a \"by\" further on", () => {
    expect(extract("North Korea fired a missile. Kim Yo Jong denounced the joint drills as a rehearsal for invasion by the United States.")).toContain("Kim Yo Jong condemns United States");
  });

  it("\"In Tokyo, the government…\" is the government of the place just named", () => {
    expect(extract("China launched drills around Taiwan. In Tokyo, the government condemned the drills.")).toEqual(["Japanese government condemns China"]);
  });
});

describe("bodies named in full and in short", () => {
  const text = "Forces loyal to the Government of National Unity (GNU) fought the Radaa Deterrence Force. GNU-affiliated units attacked a Radaa checkpoint. Radaa fighters later shelled Misrata.";

  it("\"the Government of National Unity\" is a name; its acronym and units affiliated with it are it", () => {
    expect(extract(text)).toContain("Government of National Unity attacks Radaa Deterrence Force");
  });

  it("the first word of a body named in full is that body", () => {
    expect(extract(text)).toContain("Radaa Deterrence Force attacks Misrata");
  });

  it("a title held for someone else (\"the UN Secretary-General's special representative\") makes no leader", () => {
    expect(all("Hanna Tetteh, the UN Secretary-General's special representative for Libya, condemned the clashes.")).not.toContain("Hanna Tetteh leads United Nations");
  });
});

describe("allies in apposition and alongside", () => {
  it("\"X, a US-backed alliance led by Y\": the United States backs X", () => {
    expect(extract("The Syrian Democratic Forces, a US-backed alliance led by the YPG, said two fighters were killed.")).toEqual(["United States backs Syrian Democratic Forces"]);
  });

  it("fighting alongside an actor backs it, from the subject only", () => {
    expect(extract("Rwandan troops were fighting alongside the M23 in North Kivu.")).toEqual(["Rwanda backs M23"]);
  });

  it("\"Kurdish targets\": a demonym-shaped word before a plain noun is no actor", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "Turkish drones pound Kurdish targets in Syria." }], { layoutIterations: 0 });
    expect(graph.hasNode("kurdish")).toBe(false);
  });

  it("\"Ankara said the raids targeted the PKK\": an unowned act the speaker reports is the speaker's", () => {
    expect(extract("Ankara said the raids targeted the Kurdistan Workers' Party.")).toEqual(["Turkey attacks Kurdistan Workers' Party"]);
  });
});

describe("strikes back", () => {
  it("a strike back is no one's first act: the condemned raid is the other side's", () => {
    const found = extract("Gangs storm police station; Kenya-led force hits back. Viv Ansanm gunmen attacked the station in Delmas. The Transitional Presidential Council condemned the raid.");
    expect(found).toContain("Transitional Presidential Council condemns Viv Ansanm");
    expect(found).not.toContain("Transitional Presidential Council condemns Kenya");
  });

  it("retaking a town answers an attack too", () => {
    expect(extract("Insurgents raid villages; Rwandan troops retake town. The attacks were claimed by Islamic State. SADC condemned the killings.")).toContain("SADC condemns Islamic State");
  });
});

describe("descriptions that open a sentence", () => {
  it("\"The group…\" after a sentence about one group and its leader group means the subject", () => {
    expect(extract("The Syrian Democratic Forces, a US-backed alliance led by the YPG, said two fighters were killed. The group denounced the Turkish strikes.")).toContain("Syrian Democratic Forces condemns Turkey");
  });
});

describe("lists, pledges and names met on unseen text", () => {
  it("a plural pronoun whose referent is in a list subject stands for the whole list", () => {
    expect(extract("The United States and Britain deplored the attack and reaffirmed their support for Georgia.")).toEqual(
      expect.arrayContaining(["United States backs Georgia", "United Kingdom backs Georgia"]),
    );
    expect(extract("Russia and Iran said they would back Syria.")).toEqual(["Iran backs Syria", "Russia backs Syria"]);
  });

  it("pledged support is backing, where vowing to support is only an intention", () => {
    expect(extract("Washington pledged additional surveillance support to the Nigerian military.")).toEqual(["United States backs Nigeria"]);
    expect(extract("Japan promised fresh aid to Manila.")).toEqual(["Japan backs Philippines"]);
    expect(extract("Iran vowed to support Hezbollah.")).toEqual([]);
  });

  it("a name particle carries a name that opens a sentence", () => {
    expect(extract("Pieter van Aalst facilitated a meeting between Hamas and Fatah.")).toEqual(["Pieter van Aalst mediates Fatah", "Pieter van Aalst mediates Hamas"]);
  });

  it("a capital before a name word the dictionary lacks is a given name", () => {
    expect(extract("Sofia Lindqvist condemned Russia.")).toEqual(["Sofia Lindqvist condemns Russia"]);
    expect(extract("Sofia condemned Moscow.")).toEqual(["Bulgaria condemns Russia"]);
  });
});

describe("mediation phrasing", () => {
  it("talks hosted somewhere between two parties, one of them sending a delegation", () => {
    expect(extract("Uzbekistan hosted talks in the border city of Termez between the Taliban and a delegation from Russia.")).toEqual(["Uzbekistan mediates Russia", "Uzbekistan mediates Taliban"]);
  });

  it("shuttle diplomacy and shuttling between two sides", () => {
    expect(extract("Lars Henriksen arrived in Rabat to resume shuttle diplomacy between Morocco and Algeria.")).toEqual(["Lars Henriksen mediates Algeria", "Lars Henriksen mediates Morocco"]);
    expect(extract("Sofia Lindqvist has been shuttling between Belgrade and Pristina.")).toEqual(["Sofia Lindqvist mediates Kosovo", "Sofia Lindqvist mediates Serbia"]);
  });
});

describe("condemned acts and unnamed groups", () => {
  it("\"condemned what it called a cowardly act\" and \"condemned the shooting\" point at the attackers", () => {
    expect(extract('Hamas attacked Israel. Egypt condemned what it called a "cowardly terrorist act".')).toContain("Egypt condemns Hamas");
    expect(extract("Hamas attacked Israel. Egypt condemned the shooting.")).toContain("Egypt condemns Hamas");
  });

  it("a capitalised word never written in lower case before a group noun names the group", () => {
    expect(extract("Anglophone separatist fighters ambushed a Cameroonian army convoy.")).toEqual(["Anglophone attacks Cameroon"]);
    expect(extract("On Monday, Baloch separatists attacked a Pakistani base.")).toEqual(["Baloch attacks Pakistan"]);
    expect(extract("Foreign fighters attacked a Syrian base.")).toEqual([]);
  });
});

describe("references to several actors", () => {
  it("\"the three countries\" are the states the text has named most, not the clause's subject", () => {
    const found = extract("Egypt denounced Ethiopia. Sudan sided with Egypt. Ethiopia rejected the criticism. The African Union is hosting talks between the three countries. The United States brokered a draft deal between the three countries in 2020.");
    expect(found).toEqual(expect.arrayContaining(["African Union mediates Egypt", "African Union mediates Ethiopia", "African Union mediates Sudan", "United States mediates Egypt", "United States mediates Ethiopia", "United States mediates Sudan"]));
    expect(found.filter((t) => t.startsWith("United States mediates"))).toHaveLength(3);
  });

  it("\"both sides\" after fighting are the two sides that fought", () => {
    const found = extract("Anglophone separatists ambushed a Cameroonian army convoy. Canada said the attack was tragic. Human Rights Watch criticised both sides.");
    expect(found).toEqual(expect.arrayContaining(["Human Rights Watch condemns Anglophone", "Human Rights Watch condemns Cameroon"]));
    expect(found).not.toContain("Human Rights Watch condemns Canada");
  });

  it("too few actors named: no one", () => {
    expect(extract("Qatar hosted talks between the two sides.")).toEqual([]);
  });

  it("a description after the verb is not the clause's subject", () => {
    expect(extract("ISWAP raided a base in Marte. Chadian troops serving with the Multinational Joint Task Force also clashed with the jihadists near Baga.")).toEqual(
      expect.arrayContaining(["Chad attacks Islamic State West Africa Province", "Islamic State West Africa Province attacks Chad"]),
    );
    // Before the verb, or named as an object, it may be: "pressed the TNLA … and hosted talks between the group and the junta".
    expect(extract("Beijing pressed the Ta'ang National Liberation Army to withdraw and hosted talks between the group and Myanmar.")).toEqual(
      expect.arrayContaining(["China mediates Ta'ang National Liberation Army"]),
    );
  });
});

describe("passives, participles and regional governments", () => {
  it("a passive's agent after its preposition and a time; a place in the subject only says where", () => {
    expect(extract("A Georgian police checkpoint near the village of Khurcha was fired on early on Wednesday by members of the Abkhaz security forces.")).toEqual(["Abkhaz attacks Georgia"]);
    expect(extract("A village near Amadiya was hit by Turkish jets.")).toEqual(["Turkey attacks Amadiya"]);
  });

  it("a headline's passive without \"was\" runs from the place fired from, not towards it", () => {
    expect(extract("Georgian police post fired on from Abkhazia")).toEqual([]);
  });

  it("\"a militia armed and paid by X\" after a name: X backs it; regional governments are named", () => {
    expect(extract("The army was helped by the Civilian Joint Task Force, a vigilante militia armed and paid by the Borno state government.")).toContain("Borno state government backs Civilian Joint Task Force");
    expect(extract("The Kurdistan regional government condemned Baghdad.")).toEqual(["Kurdistan regional government condemns Iraq"]);
  });

  it("\"has since supplied\": after an auxiliary, \"since\" leaves the verb a verb", () => {
    expect(extract("Cairo, which signed a defence pact with Mogadishu, has since supplied weapons to the Somali army.")).toContain("Egypt backs Somalia");
    expect(extract("Russia has bankrolled the Abkhaz authorities.")).toEqual(["Russia backs Abkhaz authorities"]);
  });

  it("\"the New York-based organisation\" points back to the organisation, and New York is no one", () => {
    expect(extract("Human Rights Watch published a report. The New York-based organisation accused Egypt of torture.")).toEqual(["Human Rights Watch condemns Egypt"]);
  });
});

describe("wire formats", () => {
  it("a Title Case headline reads its plain words in lower case", () => {
    expect(extract("Athens Summons Turkish Ambassador Over Aegean Survey Mission")).toEqual(["Greece condemns Turkey"]);
    const graph = articlesToGraph([{ name: "t.txt", text: "Erbil Slams Baghdad Over Salary Freeze\n\nThe Kurdistan regional government condemned Baghdad on Tuesday." }], { layoutIterations: 0 });
    expect(graph.filterNodes((_, a) => /Slams|Freeze/.test(a.label))).toEqual([]);
  });

  it("a dateline's place and the word after its dash are no actors", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "JUBA, March 22 (Newswire) - Positions held by the Sudan People's Liberation Army-in Opposition (SPLA-IO) around the town of Nasir were shelled by the South Sudan People's Defence Forces (SSPDF) on Saturday." }], { layoutIterations: 0 });
    expect(graph.hasNode("positions")).toBe(false);
    // The name before a dictionary body's acronym in brackets is that body.
    expect(triples(graph)).toContain("South Sudan attacks SPLM-IO");
  });

  it("an acronym defined after \"in\" and a place is the body's, and takes in its earlier uses", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "Chadian Troops Clash With FACT Rebels in Tibesti\n\nChadian troops clashed with fighters of the Front for Change and Concord in Chad (FACT) on Friday." }], { layoutIterations: 0 });
    expect(graph.getNodeAttribute("front_for_change_and_concord", "aliases")).toContain("FACT");
    expect(graph.hasNode("fact")).toBe(false);
    expect(triples(graph)).toContain("Chad attacks Front for Change and Concord");
  });

  it("\"Commission on Human Rights\" goes on through \"on\"", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "The Inter-American Commission on Human Rights criticised Los Lobos." }], { layoutIterations: 0 });
    expect(graph.getNodeAttribute("inter_american_commission_on_human_rights", "kind")).toBe("organization");
  });
});

describe("more mediation, offers and elections", () => {
  it("\"acted as go-between\", with the parties after \"for\" or in the clause after it", () => {
    expect(extract("German Chancellor Friedrich Merz acted as go-between, speaking by telephone with both Kyriakos Mitsotakis and Recep Tayyip Erdogan.")).toEqual(
      expect.arrayContaining(["Friedrich Merz mediates Kyriakos Mitsotakis", "Friedrich Merz mediates Recep Tayyip Erdogan"]),
    );
    expect(extract("Togo has acted as a go-between for ECOWAS and the African Union.")).toEqual(["Togo mediates African Union", "Togo mediates ECOWAS"]);
  });

  it("\"the two blocs\" are the organisations the text named most", () => {
    expect(extract("ECOWAS condemned the Alliance of Sahel States. The Alliance of Sahel States denounced ECOWAS. Togo has acted as a go-between for the two blocs.")).toEqual(
      expect.arrayContaining(["Togo mediates ECOWAS", "Togo mediates Alliance of Sahel States"]),
    );
  });

  it("an offer to host talks mediates nothing yet; offered support is backing", () => {
    expect(extract("Qatar offered to host fresh talks between Chad and Sudan.")).toEqual([]);
    expect(extract("Japan offered support to Ukraine.")).toEqual(["Japan backs Ukraine"]);
  });

  it("a person defeated is beaten at the polls; \"stands behind\" is backing", () => {
    expect(extract("Tufan Erhurman, who defeated the incumbent Ersin Tatar in October, met Antonio Guterres.")).toEqual([]);
    expect(extract("Iraqi forces defeated the Islamic State in Mosul.")).toEqual(["Iraq attacks Islamic State"]);
    expect(extract("Turkey stands firmly behind Azerbaijan.")).toEqual(["Turkey backs Azerbaijan"]);
  });

  it("\"accused Mexico's cartel\": the body a state has is the one accused", () => {
    expect(extract("Daniel Noboa accused Mexico's Jalisco New Generation Cartel of arming local gangs.")).toEqual(["Daniel Noboa condemns Jalisco New Generation Cartel"]);
  });
});

describe("titles, forces and naming clauses", () => {
  it("\"Chief Cabinet Secretary\" is a title, not part of the name", () => {
    expect(extract("Chief Cabinet Secretary Kenji Morita condemned China.")).toContain("Kenji Morita condemns China");
  });

  it("a demonym's force after a modifier (\"Kyrgyz border guards\") acts, with the object of an exchange a few words on", () => {
    expect(extract("Kyrgyz border guards and Tajik forces exchanged mortar and machine-gun fire on Tuesday.")).toEqual(["Kyrgyzstan attacks Tajikistan", "Tajikistan attacks Kyrgyzstan"]);
  });

  it("\"A U.S. military drone struck\": after an actor's force, a past form is the verb", () => {
    expect(extract("A U.S. military drone struck a laboratory run by the Sinaloa Cartel.")).toEqual(["United States attacks Sinaloa Cartel"]);
  });

  it("\"struck what they described as bases of X\": the naming clause leads to the object", () => {
    expect(extract("Iran's Revolutionary Guards struck what they described as bases of the Sunni militant group Jaish al-Adl.")).toContain("Islamic Revolutionary Guard Corps attacks Jaish al-Adl");
  });

  it("messages relayed and contacts facilitated between two parties are mediation; messages sent are not", () => {
    expect(extract("Turkish Foreign Minister Hakan Fidan was relaying messages between Tehran and Islamabad.")).toEqual(expect.arrayContaining(["Hakan Fidan mediates Iran", "Hakan Fidan mediates Pakistan"]));
    expect(extract("The Community of Sant'Egidio, which has facilitated contacts between Dakar and Bamako for years, helped draft the text.")).toEqual(["Community of Sant'Egidio mediates Mali", "Community of Sant'Egidio mediates Senegal"]);
    expect(extract("Turkey sent messages to Iran.")).toEqual([]);
  });
});

describe("calls that mediate nothing", () => {
  it("a call for de-escalation assigns no one a mediator's part", () => {
    expect(extract("Iran fired missiles at Israel. France called for de-escalation.")).toEqual(["Iran attacks Israel"]);
  });
});

describe("reports of attacks on the reporter's assets", () => {
  it("\"The army said the convoy was attacked … by X\": an asset no one is said to own is the speaker's; names go on through \"for the … of the\"", () => {
    expect(extract("The Angolan Armed Forces (FAA) said the convoy was attacked on Thursday near the town of Buco-Zau by fighters of the Front for the Liberation of the Enclave of Cabinda (FLEC-FAC).")).toContain(
      "Front for the Liberation of the Enclave of Cabinda attacks Angolan Armed Forces",
    );
    expect(extract("The Kenyan army said the convoy was ambushed by al-Shabaab.")).toEqual(["al-Shabaab attacks Kenya"]);
  });

  it("an insertion opened by a participle (\", visiting Baghdad on Sunday,\") stands between a subject and its verb", () => {
    expect(extract("Jordanian Foreign Minister Ayman Safadi, visiting Baghdad on Sunday, backed Iraq's call for a treaty.")).toEqual(["Ayman Safadi backs Iraq"]);
  });

  it("\"Talks between X and Y, brokered by Z\": the parties of a passive mediation are after \"between\"", () => {
    expect(extract("Talks between Armenia and Azerbaijan, brokered by the European Union, resumed in Brussels.")).toEqual(["European Union mediates Armenia", "European Union mediates Azerbaijan"]);
  });
});

describe("acronyms defined late", () => {
  it("a group reference made before an acronym's definition follows it to the body", () => {
    const text = "FACT Rebels Meet UFDD Rebels in Doha\n\nQatar hosted talks between the two groups on Monday. The Front for Change and Concord in Chad (FACT) said the talks failed.";
    expect(extract(text)).toEqual(expect.arrayContaining(["Qatar mediates Front for Change and Concord", "Qatar mediates UFDD"]));
  });
});

describe("review of the day's rules", () => {
  it("\"Yemeni rebel forces\" are a group of their own, \"Iraqi security forces\" the state's", () => {
    expect(extract("Yemeni rebel forces attacked Aden.")).toEqual(["Yemeni rebel forces attacks Aden"]);
    expect(extract("Iraqi security forces attacked ISIS.")).toEqual(["Iraq attacks Islamic State"]);
  });

  it("a Title Case headline keeps a name that opens it, and its lower-cased words do not count as plain words of the text", () => {
    expect(extract("United Nations Condemns Israel Over Gaza Strikes")).toContain("United Nations condemns Israel");
    expect(extract("Anglophone Separatists Ambush Army Convoy\n\nAnglophone separatists ambushed a Cameroonian army convoy on Tuesday.")).toContain("Anglophone attacks Cameroon");
  });
});

// Constructions the ninth unseen set showed missing: each case the text and every event triple it gives.
describe.each([
  ["giving arms to a side backs it", "Egypt, which signed a defence pact with Somalia, has since delivered two shipments of weapons to the Somali army.", ["Egypt backs Somalia"]],
  ["a model name in the object does not hide it", "Germany would deliver two more IRIS-T air defence systems to Ukraine.", ["Germany backs Ukraine"]],
  ["lending money backs the borrower", "Beijing, which has lent Pakistan billions of dollars, wants a greater role.", ["China backs Pakistan"]],
  ["training a state's forces backs the state", "Ankara trains Somali special forces in Mogadishu.", ["Turkey backs Somalia"]],
  ["giving verbs back no one without arms or money", "France delivered a speech to Egypt. Italy sent a letter to Libya. Spain provided details to Morocco.", []],
  ["an act dated a decade before the article is history", "Iran, which supplied arms to Hezbollah in the early 1980s, denied any links. Russia attacked Ukraine in 2024.", ["Russia attacks Ukraine"]],
  ["a recent year dates nothing away", "Russia, which shipped drones to Sudan in 2022, condemned Ukraine in 2024.", ["Russia backs Sudan", "Russia condemns Ukraine"]],
  ["talks under the auspices of a host", "Peace talks between Colombia and the ELN resumed in Havana under the auspices of Norway.", ["Norway mediates Colombia", "Norway mediates National Liberation Army"]],
  ["talks hosted by someone", "Talks between Colombia and the ELN, hosted by Norway, resumed on Monday.", ["Norway mediates Colombia", "Norway mediates National Liberation Army"]],
  ["talks with someone acting as mediator", "Talks between Armenia and Azerbaijan resumed in Oslo with Norway acting as mediator.", ["Norway mediates Armenia", "Norway mediates Azerbaijan"]],
  ["a conjunct described before its name", "Russia attacked Ukraine and a small neighbouring state, Moldova.", ["Russia attacks Moldova", "Russia attacks Ukraine"]],
  ["force words joined by \"and\" are one force", "Russian missiles and drones struck energy infrastructure in Lviv.", ["Russia attacks Lviv"]],
  ["a barrage is an act whose author is condemned", "Russian missiles struck Kyiv. Poland denounced the barrage.", ["Poland condemns Russia", "Russia attacks Ukraine"]],
  ["depending on a country's goods is trade, on its support backing", "Hungary depends on Russian crude. Mali relied on Russian support.", ["Russia backs Mali"]],
  ["a copula makes its subject the backer the noun names", "Ankara, which has become one of the new Syrian government's closest backers, met on Monday.", ["Turkey backs Syrian government"]],
  ["\"a key backer of X\" backs X", "Iran, a key backer of Hezbollah, met on Monday.", ["Iran backs Hezbollah"]],
  ["a claim names the attacker of an act told without one", "A police station in Suarez was attacked with drones on Thursday. The assault was claimed by the Jaime Martinez front.", ["Jaime Martinez attacks Suarez"]],
  ["\"companies that finance X\": a relative pronoun after a plain noun makes that noun the subject", "The EU targeted two companies that finance Hamas. Iran, which funds Hezbollah, met on Monday.", ["Iran backs Hezbollah"]],
  ["\"companies that the bloc says finance X\": the speaker does not finance", "The European Union said on Monday that it targeted two companies that the bloc says finance Hamas.", []],
  ["soldiers no one owns, opening a clause, are the state in focus's", "Kenya deployed troops on Sunday. Soldiers raided a camp of al-Shabaab on Monday.", ["Kenya attacks al-Shabaab"]],
  ["asset freezes are sanctions, and condemning sanctions imposed together condemns each who imposed them", "Britain, Canada and Australia imposed asset freezes on Taliban officials. Russia criticised the sanctions.", ["Australia sanctions Taliban", "Canada sanctions Taliban", "Russia condemns Australia", "Russia condemns Canada", "Russia condemns United Kingdom", "United Kingdom sanctions Taliban"]],
  ["\"Brussels\" is the European Union", "Russia accused Brussels of meddling in Georgia.", ["Russia condemns European Union"]],
  ["holding someone responsible condemns them", "Kyiv held Moscow responsible for the attack.", ["Ukraine condemns Russia"]],
  ["recognising a government backs it", "Russia became the first country to recognise the Taliban government.", ["Russia backs Taliban"]],
  ["\"urging them to\": the pronoun urged stands for actors named before, \"called them illegal\" for things", "The UN envoy Kirsten Aalvik held talks with Taliban leaders, urging them to lift the bans. The US imposed sanctions on Iran. China called them illegal.", ["Kirsten Aalvik condemns Taliban", "Kirsten Aalvik mediates Taliban", "United States sanctions Iran"]],
  ["armed clans of a people are a group, and \"of armed X\" keeps its object", "Syrian troops came under fire from members of armed Lebanese clans.", ["Lebanese clans attacks Syria"]],
  ["a participle after a clause with an unnamed subject has that subject", "Separatist militants attacked a convoy carrying Chinese engineers, killing four Pakistani guards.", []],
  ["a claim reaches back a few sentences", "Militants attacked a convoy carrying Chinese engineers. The convoy was ambushed by gunmen. It was travelling to a plant. Officials said seven were unharmed. The Balochistan Liberation Army (BLA) claimed responsibility.", ["Balochistan Liberation Army attacks China"]],
  ["a person's pronoun means the nearest person before it in its sentence", "Defence Minister Michel Haddad signed the deal. Syrian forces shelled Hermel. Prime Minister Karim Saadeh condemned what he called the unacceptable bombardment of Lebanese territory.", ["Karim Saadeh condemns Syria", "Syria attacks Hermel"]],
  ["defending an actor backs it; defending oneself against one, or a town, does not", "Russia, which has defended Tehran throughout the dispute, was scathing. Israel said it would defend itself against Iran. Ukrainian forces defended Bakhmut against Russian troops.", ["Russia backs Iran"]],
  ["bringing parties together mediates between them, however long the object", "Saudi Arabia brought the defence ministers of Lebanon and Syria together in Jeddah.", ["Saudi Arabia mediates Lebanon", "Saudi Arabia mediates Syria"]],
  ["a crowd in the street is an actor of the state in focus", "Georgia banned the march. Riot police fired tear gas at thousands of demonstrators in Tbilisi.", ["Georgia attacks Georgian protesters"]],
  ["dispersing a crowd attacks it, and police after \"by\" are the state's", "Kenyan protesters were dispersed by riot police in Nairobi.", ["Kenya attacks Kenyan protesters"]],
  ["beating protesters attacks them", "Kenya banned the march. Police beat protesters in Nairobi.", ["Kenya attacks Kenyan protesters"]],
  ["\"beat\" a person is an election, not an attack", "Georgia held a vote on Sunday. Irakli Kobakhidze beat the incumbent, Salome Zourabichvili.", []],
  ["\"both sides\" of fighting may be a body, and calling on both sides to halt condemns neither", "Fighters of the Southern Transitional Council (STC) attacked the Hadramawt Tribal Alliance. Saudi Arabia called on both sides to halt the fighting and hosted talks between both sides.", ["Saudi Arabia mediates Hadramawt Tribal Alliance", "Saudi Arabia mediates Southern Transitional Council", "Southern Transitional Council attacks Hadramawt Tribal Alliance"]],
  ["a condemned attack whose target is named points at whoever attacked that target", "Hamas attacked Israel on Monday. Russia shelled Kharkiv on Tuesday. Germany condemned the attack on Kharkiv.", ["Germany condemns Russia", "Hamas attacks Israel", "Russia attacks Kharkiv"]],
  ["those blamed for an assault on X attacked X", "Dawlah Islamiyah fighters clashed with troops. The militants were blamed for an assault last Tuesday on an army detachment in Piagapo.", ["Dawlah Islamiyah attacks Piagapo"]],
  ["a title before a person's name ends a body's name", "Bangsamoro Chief Minister Abdulraof Macarambon condemned Dawlah Islamiyah.", ["Abdulraof Macarambon condemns Dawlah Islamiyah"]],
  ["lodging a protest with someone, or protesting to them, condemns them; protesting a decision names no one", "South Korea lodged a formal protest with China on Tuesday. Seoul protested to Beijing over the incident. Japan protested the decision.", ["South Korea condemns China"]],
  ["\"the attacks\" condemned are the claimed ones, not those of the troops who answered them", "Gunmen attacked two police checkpoints in Dagestan. Russian troops killed five attackers. The assaults were claimed by the Islamic State. The attacks were condemned by Kazakhstan.", ["Islamic State attacks Russia", "Kazakhstan condemns Islamic State"]],
  ["a passive claim may name its claimant after a time", "Gunmen attacked two police checkpoints in Dagestan. The assaults were claimed hours later by the Islamic State.", ["Islamic State attacks Dagestan"]],
  ["\"claimed responsibility in a statement carried by its radio station\" names no claimant, and a group linked to X is not X", "Al-Shabaab fighters stormed a hotel in Mogadishu. The al-Qaeda-linked group claimed responsibility in a statement carried by its Andalus radio station. The African Union condemned the attack.", ["African Union condemns al-Shabaab"]],
  ["what flies an actor's flag is the actor's: \"a Marshall Islands-flagged tanker\"", "Iran's Revolutionary Guards seized a Marshall Islands-flagged tanker in the Strait of Hormuz.", ["Islamic Revolutionary Guard Corps attacks Marshall Islands"]],
  ["a speaker who suggests or alleges is not the subject of what she reports", "Russia's foreign ministry spokeswoman Maria Zakharova suggested the gunmen had been directed and financed by Ukrainian intelligence.", []],
  ["a passive in a clause after \"after\" has its subject there", "President Daniel Noboa extended a state of emergency on Tuesday after three police stations in Guayaquil were attacked overnight by gunmen. Police said the attacks were carried out by Los Lobos.", ["Los Lobos attacks Guayaquil"]],
  ["a state's talks with one other party are its own diplomacy; with two parties, or by an envoy, a mediation", "Russia held talks with Turkey on the Idlib crisis. Egypt held talks with Hamas and Israel in Cairo. The UN envoy Kirsten Aalvik held talks with the Taliban.", ["Egypt mediates Hamas", "Egypt mediates Israel", "Kirsten Aalvik mediates Taliban"]],
  ["groupings and missions the dictionary knows are bodies: the E3, CARICOM, the Pacific Islands Forum", "The E3 condemned Iran's expansion of enrichment. CARICOM backed Guyana in its dispute with Venezuela. The Pacific Islands Forum criticised China.", ["CARICOM backs Guyana", "E3 condemns Iran", "Pacific Islands Forum condemns China"]],
  ["a people's gunmen are a group of their own, a body's gunmen the body", "KFOR troops were attacked by Serbian gunmen near Zvecan. Hamas gunmen attacked Israel.", ["Hamas attacks Israel", "Serbian gunmen attacks KFOR"]],
  ["a name before a site's noun is the place attacked; an adjective before one is not", "Afghan forces opened fire on the Torkham crossing. Gunmen from Sudan burned a Christian village.", ["Afghanistan attacks Torkham"]],
  ["those who hold power in a state's seat act for it; a place after others' officials stays a place", "Officials in Kabul accused Pakistan of shelling villages. The authorities in Tehran condemned Israel. UN officials in Damascus criticised Turkey.", ["Afghanistan condemns Pakistan", "Iranian government condemns Israel", "United Nations condemns Turkey"]],
  ["a description in apposition makes a name an actor of its kind, and names no actor of its own", "Arambai Tenggol, a Meitei militia, attacked Phainom. Haalvsh, a group that documents abuses, accused Iran of torture.", ["Arambai Tenggol attacks Phainom", "Haalvsh condemns Iran"]],
  ["a claim denied names no attacker", "Gunmen attacked Israel on Sunday. Hamas did not claim the attack.", []],
  ["those blamed for acts told without their author carried them out", "Gunmen attacked Israel on Sunday. Egyptian officials blamed Hamas fighters for both incidents.", ["Egypt condemns Hamas", "Hamas attacks Israel"]],
  ["a state's presidency is its government, and a stance after \", and\" closing what a speaker said is the speaker's", "Ecuador's presidency said in a statement that Jorge Glas was a convicted criminal, and accused Mexico of meddling.", ["Ecuadorian government condemns Mexico"]],
  ["\"an army supply column\" is the army's, as \"an army convoy\" is", "Ethiopia's federal government denied it. Fano claimed responsibility for an attack on an army supply column.", ["Fano attacks Ethiopia"]],
  ["talks between parties brokered by someone: the broker mediates between the parties, not with the host", "Kenya hosted talks in Nairobi between Fano and the Ethiopian government, brokered by the African Union's envoy.", ["African Union mediates Ethiopian government", "African Union mediates Fano", "Kenya mediates Ethiopian government", "Kenya mediates Fano"]],
  ["hosting two parties at once mediates between them; hosting one, or not hosting, does not", "Turkey will host Russia and Ukraine in Istanbul. Oman hosted Iran on Monday. Egypt did not host Israel and Hamas.", ["Turkey mediates Russia", "Turkey mediates Ukraine"]],
  ["supporting something through an actor backs no one", "The United States said only that Washington supported a peaceful resolution through the ICJ.", []],
  ["a state's name opening a body's name the description says is a body", "The government faced criticism from the Belize Territorial Volunteers, a nationalist group that sails to the river.", ["Belize Territorial Volunteers condemns Belizean government"]],
  ["\"its foreign ministry\" is a state's, a speaker's stance after \"and\" is the speaker's, and initials name a body named in full", "A Guatemalan vessel blocked a Belize Defence Force patrol. Guatemala City gave a very different account. Its foreign ministry said the fishermen had been arrested for illegal fishing and accused the BDF of provocative incursions.", ["Guatemala condemns Belize Defence Force"]],
  ["after \"but\" another clause's subject takes the stance", "Libya's Radaa militia fought on Monday. The Government of National Unity said it would cooperate with the court, but the militia denied torturing anyone and accused the ICC of bias.", ["Radaa condemns International Criminal Court"]],
  ["\"the Coalition\" written with a capital is the body called just that, not the latest \"… Coalition\"", "Coalition advisers trained the Syrian Arab Coalition. Aircraft struck the SAC positions. The Coalition attacked the Islamic State in Raqqa.", ["Coalition attacks Islamic State"]],
  ["crimes committed in a siege dated decades back are history, and the year dates them, not the accusation about them", "Croatia joined the EU in 2013. Zagreb accused Belgrade of ignoring crimes committed by Serb forces during the 1991 siege of Vukovar.", ["Croatia condemns Serbia"]],
  ["a range set off by commas lists the subject's members; \"from\" alone is an origin", "Ecuador's police stormed the embassy. Governments across Latin America, from Brazil and Colombia to Chile and Uruguay, denounced the raid. Troops withdrew on Monday, from Ukraine.", ["Brazil condemns Ecuador", "Chile condemns Ecuador", "Colombia condemns Ecuador", "Uruguay condemns Ecuador"]],
  ["who names an act (\"what it called a barbaric attack\") condemns its author and did not commit it", "ADF militants raided Ntoroko on Friday. The US State Department condemned what it called \"a barbaric attack on innocent civilians\" in Ntoroko.", ["Allied Democratic Forces attacks Ntoroko", "United States condemns Allied Democratic Forces"]],
  ["believers named by their faith are no actor, and no place", "Gunmen attacked Ntoroko. The Islamic State claimed the raid, saying its fighters had killed \"Christians and militia members\".", ["Islamic State attacks Ntoroko"]],
  ["an acronym after a body's name that runs through places is the body's, and \"the party\" points back to it", "Members of the African Party for the Independence of Guinea and Cape Verde (PAIGC) met the mutineers. The PAIGC denied any involvement. The party said it rejected force but accused President Fernando Mané of using the violence.", ["African Party for the Independence condemns Fernando Mané"]],
  ["a participle after a comma that follows speech is the speaker's", "Beijing sanctioned the Mercator Institute. \"It is about containing China,\" spokesman Wu Zhenhai told a briefing, warning Brussels that it would pay a price.", ["China sanctions Mercator Institute", "Wu Zhenhai condemns European Union"]],
  ["\"the police\" are the police force the text names", "Gang members attacked Delmas. The Haitian National Police said two officers died. Kenya pledged its support to the police.", ["Kenya backs Haitian National Police"]],
  ["a mediator already placed between parties who \"serves as guarantor\" speaks of those talks, not of the fighting's sides", "Israel attacked Hamas on Monday. Talks between Fatah and Hamas resumed in Cairo under the auspices of Egypt, which serves as guarantor.", ["Egypt mediates Fatah", "Egypt mediates Hamas", "Israel attacks Hamas"]],
  ["groups the dictionary knows: the New IRA, Jaish al-Adl, the PCC", "The New IRA claimed a bomb attack on Britain. Jaish al-Adl attacked Iran. The PCC attacked Paraguay.", ["Jaish al-Adl attacks Iran", "New IRA attacks United Kingdom", "Primeiro Comando da Capital attacks Paraguay"]],
  ["the names right before \", which\" are its subject, not a name further back", "Israel attacked Hamas on Monday. Talks between Israel and a rival faction, the Fatah movement, resumed in Cairo under the auspices of Egypt, which serves as guarantor.", ["Egypt mediates Fatah", "Egypt mediates Israel", "Israel attacks Hamas"]],
  ["ramming a boat attacks its owner", "China rammed a Vietnamese boat in the Gulf of Tonkin.", ["China attacks Vietnam"]],
  ["donating or providing equipment, vehicles or assistance backs the receiver", "Beijing, which has donated vehicles and equipment to the Vanuatu Police Force, defended the arrangement. Australia, which already provides most of the foreign assistance to Vanuatu's police, signed a pact.", ["Australia backs Vanuatu", "China backs Vanuatu Police Force"]],
  ["\"the ruling coalition\" and \"the governing party\" are the government", "Japan held an election. The Constitutional Democratic Party accused the ruling coalition of ignoring voters.", ["Constitutional Democratic Party condemns Japanese government"]],
  ["\"shot dead\" attacks, and \"the killings\" condemned are the killers', not a claim of another act", "Eswatini security forces shot dead three protesters in Manzini. The Solidarity Forces, an armed group, claimed responsibility on Friday for an arson attack on a police station in Siteki. The United Democratic Movement denounced the killings.", ["Eswatini attacks Swazi protesters", "Solidarity Forces attacks Eswatini", "United Democratic Movement condemns Eswatini"]],
  ["what is linked to an actor is not the actor's, what it owns is", "Indonesian security forces shot dead two suspected members of an Islamic State-linked militant cell in Sulawesi.", []],
  ["a speaker past an insertion between commas, and \"it\" before an adverb and its verb", "South Africa, which surrounds the kingdom entirely, said it fully backed the SADC mission.", ["South Africa backs SADC"]],
  ["verbs joined to a passive participle share its agent, not the speaker's stance", "Maria Zakharova, the foreign ministry spokeswoman, suggested the gunmen had been \"directed and financed\" by Ukrainian intelligence.", []],
  ["a body \"known by its initials\" a few words on is named by them from then on", "The National Liberation Front of Corsica, the clandestine separatist group known by its French initials FLNC, claimed a bombing. Paris condemned the FLNC.", ["France condemns National Liberation Front of Corsica"]],
  ["a union's name carries no arms: \"Union\" is no UN mission's acronym", "The African Union clashed with Sudan over the summit.", []],
  ["parties that clash argue; a police force that clashes with gangs fights them", "The All People's Congress, which has often clashed with the ruling Sierra Leone People's Party, criticised Guinea. Officers of the Haitian National Police clashed with Viv Ansanm gangs in Delmas.", ["All People's Congress condemns Guinea", "Haitian National Police attacks Viv Ansanm", "Viv Ansanm attacks Haitian National Police"]],
  ["a mediator is no party to the talks it mediates", "Malaysia hosted talks between Thailand and Cambodia in Putrajaya. China also sent a delegation to Putrajaya to observe the talks.", ["Malaysia mediates Cambodia", "Malaysia mediates Thailand"]],
  ["pledging or promising to support backs at once; vowing to only means to", "The Alliance of Sahel States pledged to support Bamako. Russia promised to back Niger. Turkey vowed to support Somalia.", ["Alliance of Sahel States backs Mali", "Russia backs Niger"]],
  ["an exchange brokered by someone after talks between parties mediates between them, and passing messages between parties mediates", "Three Americans landed in Doha, completing a prisoner exchange brokered by Qatar after months of indirect talks between Washington and Tehran. Switzerland helped pass messages between Iran and the United States.", ["Qatar mediates Iran", "Qatar mediates United States", "Switzerland mediates Iran", "Switzerland mediates United States"]],
  ["a mediation phrase in the passive has its mediator after \"by\"", "The exchange was brokered by Qatar after talks between Hamas and Israel.", ["Qatar mediates Hamas", "Qatar mediates Israel"]],
  ["a government named through its seat is not the one a bare \"the government\" means", "Bolivia's soldiers stormed the palace in La Paz, in what Bolivia called a coup. Argentina did not join the condemnation. A spokesman for the government in Buenos Aires said it had doubts. The government denied the claim and accused Argentina of meddling.", ["Bolivian government condemns Argentine government"]],
  ["land claimed by two states is no claim of an act", "Gunmen stormed a UN base near Agok, killing a Ghanaian peacekeeper. Abyei, a fertile strip claimed by both Sudan and South Sudan, has been run by the UN since 2011.", []],
  ["what a denial's \"that\" clause says is denied", "Khartoum denied that it had armed the Rapid Support Forces. Kigali said that it had armed M23.", ["Rwanda backs M23"]],
  ["a participle right after \"by\" describes the agent: \"stormed by armed youths\"", "A Ghanaian peacekeeper was killed and two others were wounded on Sunday when their base near Agok was stormed by armed youths from the neighbouring Twic Mayardit community.", ["Twic Mayardit attacks Ghana"]],
  ["an act named in a verdict a few words after \"as\" is no new act", "Uganda raided the camp. Kenya described the raid as \"a brutal assault on Kenyan civilians.\"", []],
  ["a demonym the data file gives one state is no other state's: \"Dominican\" is the Dominican Republic's", "Dominican soldiers attacked Haiti.", ["Dominican Republic attacks Haiti"]],
  ["a general strike and a court that strikes down an accord attack no one", "The Bolivian Workers Union called an indefinite general strike in defence of Bolivia. The Iraqi court struck down the Khor Abdullah accord with Kuwait. Hezbollah struck Israel.", ["Hezbollah attacks Israel"]],
  ["a description right after speech may be the speaker: \"The OAS said the body would…\"", "Haiti's Transitional Presidential Council condemned the closure. The Organization of American States said the body would send a mission to mediate between Haiti and the Dominican Republic.", ["Organization of American States mediates Dominican Republic", "Organization of American States mediates Haiti"]],
  ["a bare \"the government\" is the state in focus's, though the text names another state's government outright", "Poland accused Belarus of orchestrating the assault. Warsaw sent troops to Poland's border. The Belarusian authorities denied it. Grupa Granica, a Polish aid network, criticised the government for pushbacks.", ["Grupa Granica condemns Polish government", "Poland condemns Belarusian government"]],
  ["\"Principal Secretary\" is a title, not part of the name", "Principal Secretary Joyce Kamau condemned Uganda.", ["Joyce Kamau condemns Uganda"]],
  ["a manner phrase between a stance and its object, and harassment as an act", "Ugandan police raided Migingo island. Kenya condemned in the strongest terms the harassment of Kenyan citizens.", ["Kenya condemns Uganda", "Uganda attacks Migingo"]],
  ["a description in apposition names its actor again: \"the White Army, a militia of…\" is \"the militia\"", "The garrison in Ulang was overrun by the White Army, a loosely organised militia of Nuer youths. At least 21 soldiers of the South Sudan People's Defence Forces (SSPDF) were killed. UNMISS said the militia had also fired on one of its helicopters.", ["White Army attacks UNMISS", "White Army attacks Ulang"]],
  ["selling arms to a state backs it; selling anything else does not", "France, which has sold Rafale jets to Greece, signed a pact. Russia sold a speech to Mali.", ["France backs Greece"]],
  ["calling a ramming unacceptable condemns the rammer", "A Turkish coast guard vessel rammed a Greek patrol boat. The European Commission called the ramming unacceptable.", ["European Commission condemns Turkey", "Turkey attacks Greece"]],
  ["a headline's past form is a passive: \"Greek patrol boat rammed off Imia\"", "Greek patrol boat rammed off Imia as Athens and Ankara trade accusations\n\nTurkey denied wrongdoing.", []],
  ["\"said it\" after a speaker and an insertion between commas is the speaker", "Spain summoned Morocco's ambassador. The far-right Vox party accused the government of weakness, while the Popular Party, the main opposition, said it supported the government.", ["Popular Party backs Spanish government", "Spanish government condemns Morocco", "Vox condemns Spanish government"]],
  ["\"Vice-President\" is a title, not part of the name", "Vice-President Anneli Korhonen condemned Morocco.", ["Anneli Korhonen condemns Morocco"]],
  ["rallying behind someone backs them; rallying outside a building does not", "Beijing also rallied behind Astana. Protesters rallied outside the Indian embassy.", ["China backs Kazakhstan"]],
  ["a backing word split off a hyphen with no actor before it backs no one: \"foreign-sponsored interference\"", "The Alliance of Sahel States, which groups Burkina Faso with Mali and Niger, said in a statement that it stands firmly beside Ouagadougou and warned against any foreign-sponsored interference in the affairs of its members.", ["Alliance of Sahel States backs Burkina Faso"]],
  ["standing beside someone backs them", "The Alliance of Sahel States said that it stands firmly beside Ouagadougou.", ["Alliance of Sahel States backs Burkina Faso"]],
  ["fire drawn from someone is their criticism, and a suppression is an act a condemnation names", "The Bahraini crackdown drew fire from Tehran. Bahraini security forces stormed Diraz, firing tear gas at protesters. Cairo condemned what it called \"the brutal suppression of a peaceful people.\"", ["Bahrain attacks Bahraini protesters", "Bahrain attacks Diraz", "Egypt condemns Bahrain", "Iran condemns Bahrain"]],
  ["a state's body or title before the speech verb makes the state the speaker: \"Ukraine's foreign ministry said … and accused\"", "Ukraine's foreign ministry said the regulation met European standards and accused the Hungarian government of using a minority.", ["Ukraine condemns Hungarian government"]],
  ["a passive attack on no one named still has its author, whom a verdict on the act condemns", "The trawler was fired upon by an Equatoguinean patrol boat. Gabon's government spokesman, Laurent Moussavou, called the shooting \"a serious provocation\".", ["Laurent Moussavou condemns Equatorial Guinea"]],
  ["summoning a high commissioner rebukes the state that sent them", "India summoned the Maldivian high commissioner.", ["India condemns Maldives"]],
  ["a state's own body that speaks of \"the government\" means its state's, not the state in focus's", "India summoned the Maldivian envoy. Indian officials said India would act. The opposition Maldivian Democratic Party criticised the government's foreign policy.", ["Indian government condemns Maldives", "Maldivian Democratic Party condemns Maldivian government"]],
  ["\"the ruling party\" is the state in focus's government, as \"the government\" is, not the one named outright", "Poland accused Belarus of orchestrating the assault. Warsaw sent troops to Poland's border. The Belarusian authorities denied it. Grupa Granica, a Polish aid network, criticised the ruling party for pushbacks.", ["Grupa Granica condemns Polish government", "Poland condemns Belarusian government"]],
])("%s", (_name, text, expected) => {
  it("gives exactly these relations", () => {
    expect(extract(text)).toEqual(expected);
  });
});

describe("names of things and bodies", () => {
  it("a capitalised model before a weapon noun is no actor, a named body's aircraft are the body's", () => {
    const actors = (text: string) => articlesToGraph([{ name: "t.txt", text }], { layoutIterations: 0 }).mapNodes((_k, a) => a.label);
    expect(actors("Soldiers backed by Super Tucano aircraft attacked the ELN.")).not.toContain("Super Tucano");
    expect(actors("Coalition aircraft struck Islamic State positions.")).toContain("Coalition");
  });

  it("capitals the data file leaves out name no state, and a lake is a place: \"Lake Victoria\", \"Kingston\"", () => {
    const labels = articlesToGraph([{ name: "t.txt", text: "Kenyan fishermen on Lake Victoria were detained by Uganda, and Kingston residents protested." }], { layoutIterations: 0 }).mapNodes((_k, a) => a.label);
    expect(labels).toEqual(["Kenya", "Uganda"]);
  });

  it("a people's \"'s\" goes on with a body's name", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "The All People's Congress criticised the ruling Sierra Leone People's Party." }], { layoutIterations: 0 });
    expect(graph.mapNodes((_k, a) => a.label)).toEqual(expect.arrayContaining(["All People's Congress", "Sierra Leone People's Party"]));
  });

  it("a name after a place noun and \"of\" is a place, not a person", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "Chinese ships shelled the northern province of Quang Ninh." }], { layoutIterations: 0 });
    expect(graph.mapNodes((_k, a) => [a.label, a.kind])).toContainEqual(["Quang Ninh", "place"]);
  });

  it("an owner named after a dropped description still owns its titled person", () => {
    expect(all("Arambai Tenggol, a Meitei militia, was condemned by Iran's foreign minister, Abbas Araghchi.")).toContain("Abbas Araghchi member_of Iran");
  });

  it("a description in apposition gives a name its kind wherever it is named, and is no actor itself", () => {
    const text = "Kuki Inpi Manipur condemned the raid. The Kuki Inpi Manipur, an apex body of the Kuki-Zo tribes, met on Monday. Arambai Tenggol, a Meitei militia, denied it.";
    const graph = articlesToGraph([{ name: "t.txt", text }], { layoutIterations: 0 });
    const kinds = graph.mapNodes((_k, a) => [a.label, a.kind]);
    expect(kinds).toContainEqual(["Kuki Inpi Manipur", "organization"]);
    expect(kinds).toContainEqual(["Arambai Tenggol", "armed_group"]);
    expect(kinds.map(([label]) => label)).not.toContain("Meitei");
  });

  it("a name with an acronym in brackets is a body, not a person, and \"y\" goes on with a name", () => {
    const graph = articlesToGraph([{ name: "t.txt", text: "Colombia attacked the Estado Mayor de Bloques y Frente (EMBF) on Monday." }], { layoutIterations: 0 });
    expect(graph.mapNodes((_k, a) => [a.label, a.kind])).toContainEqual(["Estado Mayor de Bloques y Frente", "organization"]);
  });
});
