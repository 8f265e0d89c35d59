// A deterministic synthetic news corpus for the benchmark, generated from templates written for it
// (no copied text): dictionary actors (states, capitals, organisations, armed groups) and invented
// officials doing things to each other, between background sentences that name one actor or none,
// as real reporting does. Same seed and size, same bytes.
//
//   node bench/corpus.js <dir> [--mb 20]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { random } from "./shared.js";


// Actors: [name as written, how it may also be written] — the extractor's dictionary knows them all.
const STATES = [
  ["Russia", "Moscow", "the Kremlin", "Russian Federation"],
  ["Ukraine", "Kyiv"],
  ["Syria", "Damascus"],
  ["Turkey", "Ankara"],
  ["Iran", "Tehran"],
  ["Israel"],
  ["the United States", "Washington"],
  ["China", "Beijing"],
  ["France", "Paris"],
  ["Egypt", "Cairo"],
  ["Qatar", "Doha"],
  ["Sudan", "Khartoum"],
  ["Ethiopia", "Addis Ababa"],
  ["Lebanon", "Beirut"],
  ["Iraq", "Baghdad"],
  ["Saudi Arabia", "Riyadh"],
  ["Pakistan", "Islamabad"],
  ["India", "New Delhi"],
  ["Armenia", "Yerevan"],
  ["Azerbaijan", "Baku"],
  ["Mali", "Bamako"],
  ["Niger", "Niamey"],
  ["Somalia", "Mogadishu"],
  ["Yemen"],
  ["Libya", "Tripoli"],
];
const BODIES = ["the United Nations", "NATO", "the European Union", "the African Union", "the Arab League", "the UN Security Council", "the International Criminal Court", "ECOWAS", "the OSCE", "the World Food Programme"];
const GROUPS = ["Hamas", "Hezbollah", "the Houthis", "HTS", "al-Shabaab", "the Rapid Support Forces", "the Wagner Group", "the Taliban", "M23", "JNIM", "the Islamic State group", "Boko Haram", "the TPLF", "the ADF"];
const PLACES = ["Idlib", "Aleppo", "Kharkiv", "Zaporizhzhia", "Gaza City", "Rafah", "El Fasher", "Goma", "Mosul", "Hodeidah", "Mekelle", "Djibo", "Kidal", "Marib", "Raqqa", "Bakhmut", "Tyre", "Kismayo", "Misrata", "Sirte"];
const GIVEN = ["Arlo", "Mirela", "Tomas", "Odile", "Karim", "Sefa", "Ilan", "Noor", "Bertrand", "Yusra", "Dario", "Hana", "Piotr", "Leyla", "Ines", "Matteo", "Zeynep", "Ravi", "Ama", "Oskar"];
const FAMILY = ["Venn", "Castellan", "Oduya", "Marrow", "Haddad", "Lindqvist", "Ferreira", "Okonkwo", "Demir", "Halloran", "Sato", "Mbeki", "Varga", "Quist", "Rahimi", "Delacroix", "Novak", "Achebe", "Tran", "Volkova"];
const TITLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "spokesman", "army chief", "envoy"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** One article's sentences from templates: relations between actors, and background around them. */
function makeArticle(next, index) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const n = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const state = () => pick(pick(STATES));
  const stateName = () => pick(STATES)[0];
  const actor = () => {
    const r = next();
    return r < 0.5 ? state() : r < 0.75 ? pick(GROUPS) : pick(BODIES);
  };
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const two = () => {
    const a = actor();
    let b = actor();
    while (b === a) b = actor();
    return [cap(a), b];
  };
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
  const place = () => pick(PLACES);
  const day = () => pick(DAYS);

  const relational = [
    () => { const [a, b] = two(); return `${a} condemned ${b} for the attack on ${place()} on ${day()}.`; },
    () => { const [a, b] = two(); return `${a} accused ${b} of shelling residential areas of ${place()}, killing ${n(2, 40)} civilians.`; },
    () => { const [a, b] = two(); return `Backed by ${b}, ${a} launched a new offensive against positions near ${place()}.`; },
    () => { const [a, b] = two(); return `${a} said it would keep backing ${b} "for as long as it takes".`; },
    () => { const [a, b] = two(); const c = actor(); return `${a} hosted talks between ${b} and ${c} in an effort to secure a ceasefire.`; },
    () => { const [a, b] = two(); return `${a} threatened to strike ${b} if the raids on ${place()} continued.`; },
    () => { const [a, b] = two(); return `${a} praised ${b} for allowing aid convoys into ${place()}.`; },
    () => { const [a, b] = two(); return `${a} demanded that ${b} withdraw its forces from ${place()} within ${n(2, 14)} days.`; },
    () => { const [a, b] = two(); return `${a} attacked ${b} positions outside ${place()} overnight, according to local officials.`; },
    () => { const [a, b] = two(); return `${TITLES[n(0, 3)]} ${person()} of ${stateName()} said ${b} had violated the truce and warned ${a} against escalation.`; },
    () => { const [a, b] = two(); return `${a} denounced the drone strike on ${place()} and blamed ${b}.`; },
    () => { const [a, b] = two(); return `Aircraft from ${a} struck ${b} targets in ${place()}, the monitor said.`; },
  ];
  const background = [
    () => `Local officials said at least ${n(3, 90)} people were killed and ${n(5, 200)} wounded.`,
    () => `The fighting has displaced thousands of families in recent weeks, aid workers said.`,
    () => `Prices of bread and fuel have risen sharply in the market towns around ${place()}.`,
    () => `${place()} has been without electricity since ${pick(["January", "March", "June", "October"])}, residents said.`,
    () => `${cap(actor())} has long insisted that it seeks no wider conflict in the region.`,
    () => `Heavy rain on ${day()} delayed the delivery of food and medicine to the camps.`,
    () => `Satellite images reviewed by analysts showed damaged buildings along the main road.`,
    () => `The hospital in ${place()} said it was treating ${n(10, 120)} patients with blast injuries.`,
    () => `Schools in the district remained closed for a ${pick(["second", "third", "fourth"])} week.`,
    () => `${person()}, a teacher who fled with her children, said the nights were the hardest.`,
    () => `The talks are expected to resume after the holiday, a diplomat familiar with them said.`,
    () => `Neither claim could be independently verified.`,
    () => `Farmers said the harvest had been lost because the fields were unsafe to reach.`,
    () => `It was the ${pick(["heaviest", "deadliest", "longest"])} bombardment of the year, according to the monitor.`,
    () => `${cap(actor())} did not respond to a request for comment.`,
  ];
  const paragraphs = [];
  for (let p = n(4, 8); p > 0; p--) {
    const sentences = [];
    for (let s = n(2, 5); s > 0; s--) sentences.push(next() < 0.4 ? pick(relational)() : pick(background)());
    paragraphs.push(sentences.join(" "));
  }
  const [a, b] = two();
  const title = `${a} and ${b} trade blame over ${place()} (${index})`;
  const date = `20${20 + (index % 5)}-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`;
  return { id: `article-${String(index).padStart(6, "0")}`, title, date, text: paragraphs.join("\n\n") };
}

/** Article `index` of the corpus seeded with `seed`: independent of every other article. */
export function syntheticArticle(index, seed = 1) {
  return makeArticle(random((seed * 1_000_003) ^ index), index);
}

/**
 * Writes about `bytes` of articles under `dir`: two in five as text files with a `Date:` header in
 * year folders, the rest as JSON Lines in four files. Returns the article count and bytes written.
 */
export function writeCorpus(dir, { bytes = 20_000_000, seed = 1 } = {}) {
  const jsonl = [[], [], [], []];
  let written = 0;
  let count = 0;
  while (written < bytes) {
    const article = syntheticArticle(count, seed);
    if (count % 5 < 2) {
      const folder = join(dir, "text", article.date.slice(0, 4));
      mkdirSync(folder, { recursive: true });
      const body = `${article.title}\nDate: ${article.date}\n\n${article.text}\n`;
      writeFileSync(join(folder, `${article.id}.txt`), body);
      written += Buffer.byteLength(body);
    } else {
      const line = `${JSON.stringify({ ...article, url: `https://news.example/${article.id}` })}\n`;
      jsonl[count % 4].push(line);
      written += Buffer.byteLength(line);
    }
    count++;
  }
  mkdirSync(join(dir, "feeds"), { recursive: true });
  jsonl.forEach((lines, i) => writeFileSync(join(dir, "feeds", `feed-${i}.jsonl`), lines.join("")));
  return { articles: count, bytes: written };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { mb: { type: "string", default: "20" } } });
  if (!positionals[0]) {
    console.error("usage: node bench/corpus.js <dir> [--mb 20]");
    process.exit(1);
  }
  const result = writeCorpus(positionals[0], { bytes: Number(values.mb) * 1_000_000 });
  console.log(`${result.articles} articles, ${(result.bytes / 1e6).toFixed(1)} MB in ${positionals[0]}`);
}
