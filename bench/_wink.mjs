const { syntheticArticle } = await import(`/work/main/bench/corpus.js`);
const { default: winkNLP } = await import("wink-nlp");
const { default: model } = await import("wink-eng-lite-web-model");
const nlp = winkNLP(model, ["pos"]);
const arts = [];
for (let i = 0, t = 0; t < 3e6; i++) { const a = syntheticArticle(i); const x = `${a.title}\n\n${a.text}`; arts.push(x); t += x.length; }
arts.slice(0, 400).forEach((a) => nlp.readDoc(a));
let best = Infinity;
for (let r = 0; r < 3; r++) { const s = performance.now(); for (const a of arts) nlp.readDoc(a).tokens().length(); best = Math.min(best, performance.now() - s); }
console.log("wink", (3 / (best / 1000)).toFixed(2), "MB/s");
