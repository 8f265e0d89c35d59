import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line (`npm test` compiles it first). */
export function runCli(args: string[]): Run {
  const result = spawnSync(process.execPath, ["bin/actorgraph.js", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "actorgraph-"));
}
