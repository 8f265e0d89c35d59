import { spawnSync } from "node:child_process";

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

export { tempDir } from "./tempDir.js";
