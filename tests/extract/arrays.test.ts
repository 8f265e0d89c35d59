import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { mapped } from "../../src/extract/arrays.js";

// The kinds of array a function mapping with `call` returns before and after V8 optimises it, asked of V8.
function elementKinds(call: string): string[] {
  const url = pathToFileURL(resolve("dist/extract/arrays.js")).href;
  const script = `
    const { mapped } = await import(${JSON.stringify(url)});
    const kind = (a) => (%HasHoleyElements(a) ? "holey" : "packed") + (%HasObjectElements(a) ? " objects" : " other");
    function caller(items) { return ${call}; }
    const kinds = new Set();
    for (let i = 0; i < 3; i++) kinds.add(kind(caller([1, 2, 3])));
    %PrepareFunctionForOptimization(caller);
    caller([1]);
    %OptimizeFunctionOnNextCall(caller);
    kinds.add(kind(caller([1, 2, 3])));
    console.log(JSON.stringify([...kinds]));`;
  const run = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
  return JSON.parse(run.stdout.trim());
}

describe("mapped", () => {
  it("maps like Array.prototype.map, with the index", () => {
    expect(mapped(["a", "b"], (s, i) => `${s}${i}`)).toEqual(["a0", "b1"]);
    expect(mapped([], () => 1)).toEqual([]);
  });

  // (Array.prototype.map gives holey arrays once its caller is optimised, in Node 20's V8; not asserted here,
  // as that is V8's behaviour and may change with it.)
  it("gives packed arrays whether its caller runs optimised or not", () => {
    expect(elementKinds("mapped(items, (x) => ({ x }))")).toEqual(["packed objects"]);
  });
});
