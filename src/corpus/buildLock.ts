// One build at a time per output folder. Two builds writing one `--out` would each rename their outputs
// into place, and the saved state of one could then describe the graph of the other.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { UserError } from "../cli/errors.js";

export interface BuildLock {
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
}

export const lockPath = (out: string) => join(out, ".cache", "build.lock");

/** Whether the build that wrote a lock may still run: its process lives, or it runs on another host, where no one can tell. */
function mayRun(holder: Holder | undefined): boolean {
  if (!holder) return false;
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8"));
    return Number.isInteger(holder?.pid) && typeof holder.host === "string" ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the output folder's lock, or fails with a one-line error naming the build that holds it. A lock left
 * by a build that was killed is taken over. The lock's text is written in full before the lock exists (a
 * hard link to a finished file), so a reader never sees half of it.
 */
export function lockOutput(out: string): BuildLock {
  const path = lockPath(out);
  const draft = `${path}.${process.pid}`;
  try {
    mkdirSync(join(out, ".cache"), { recursive: true });
    writeFileSync(draft, JSON.stringify({ pid: process.pid, host: hostname() } satisfies Holder));
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, path);
        return { release: () => rmSync(path, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readHolder(path);
      // (A second build that took over the same stale lock first holds it now.)
      if (mayRun(holder) || attempt > 0) {
        throw new UserError(`another build${holder ? ` (process ${holder.pid})` : ""} is writing to ${out}; wait for it to finish, or delete ${path} if it is not running`);
      }
      rmSync(path, { force: true });
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot lock ${out} for writing: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    rmSync(draft, { force: true });
  }
}
