import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockOutput, lockPath } from "../../src/corpus/buildLock.js";
import { runCli, tempDir } from "../helpers/cli.js";

/** A process id no process has any more: a child that has exited. */
const finishedPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

const writeHolder = (out: string, holder: object) => {
  mkdirSync(join(out, ".cache"), { recursive: true });
  writeFileSync(lockPath(out), JSON.stringify(holder));
};

describe("one build at a time per output folder", () => {
  it("refuses a second lock while the first is held, naming its process, and gives it once released", () => {
    const out = tempDir();
    const lock = lockOutput(out);
    expect(() => lockOutput(out)).toThrow(new RegExp(`another build \\(process ${process.pid}\\) is writing to ${out}`));
    lock.release();
    expect(existsSync(lockPath(out))).toBe(false);
    lockOutput(out).release();
  });

  it("takes over a lock its build left when it was killed", () => {
    const out = tempDir();
    writeHolder(out, { pid: finishedPid(), host: hostname() });
    const lock = lockOutput(out);
    expect(JSON.parse(readFileSync(lockPath(out), "utf8"))).toEqual({ pid: process.pid, host: hostname() });
    lock.release();
  });

  it("takes a lock from another host as held (its process cannot be looked up from here)", () => {
    const out = tempDir();
    writeHolder(out, { pid: finishedPid(), host: `not-${hostname()}` });
    expect(() => lockOutput(out)).toThrow(/another build/);
  });

  it("actorgraph build fails in one line while another build holds the folder, keeps the earlier graph, and builds once it is free", () => {
    const out = tempDir();
    expect(runCli(["build", "graph-data/articles", "--out", out, "-q"]).status).toBe(0);
    expect(existsSync(lockPath(out)), "a finished build leaves no lock").toBe(false);
    const before = readFileSync(join(out, "graph.json"));
    const lock = lockOutput(out);
    const run = runCli(["build", "tests/fixtures/articles", "--out", out, "-q"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`actorgraph: another build (process ${process.pid}) is writing to ${out}; wait for it to finish, or delete ${lockPath(out)} if it is not running\n`);
    expect(readFileSync(join(out, "graph.json"))).toEqual(before);
    lock.release();
    expect(runCli(["build", "tests/fixtures/articles", "--out", out, "-q"]).status).toBe(0);
    expect(readFileSync(join(out, "graph.json"))).not.toEqual(before);
  });

  it("a build that fails releases the folder", () => {
    const out = tempDir();
    expect(runCli(["build", join(out, "missing.txt"), "--out", out, "-q"]).status).toBe(1);
    expect(existsSync(lockPath(out))).toBe(false);
  });
});
