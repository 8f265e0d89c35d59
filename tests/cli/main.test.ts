import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// A copy of the built modules inside the project (so packages resolve), with one command's module broken.
const COPY = resolve(".tmp", `lazy-${process.pid}`);
afterAll(() => rmSync(COPY, { recursive: true, force: true }));

function runWithBroken(broken: string, args: string[]) {
  const dist = join(COPY, broken.replace(/\W/g, "_"));
  mkdirSync(dist, { recursive: true });
  cpSync("dist", dist, { recursive: true });
  writeFileSync(join(dist, "cli", broken), 'throw new Error("this module was loaded");\n');
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(join(dist, "cli", "main.js")).href)}); process.exitCode = await main(["node", "actorgraph", ...${JSON.stringify(args)}]);`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
}

describe("the command line", () => {
  it("loads only the modules of the command it runs", () => {
    const query = runWithBroken("build.js", ["query", "--help"]);
    expect([query.status, query.stdout]).toEqual([0, expect.stringContaining("Usage: actorgraph query")]);
    const build = runWithBroken("query.js", ["build", "--help"]);
    expect([build.status, build.stdout]).toEqual([0, expect.stringContaining("Usage: actorgraph build")]);
    // Help for the whole program lists every command, so it loads them all.
    expect(runWithBroken("eval.js", ["--help"]).stderr).toContain("this module was loaded");
  });
});
