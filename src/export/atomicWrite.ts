import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a file under a temporary name and renames it into place, so a crash or a bad input
 * never leaves a half-written file where an earlier good one stood.
 * `write` receives a function that appends a chunk; chunks keep memory bounded for large exports.
 */
export function writeFileAtomic(path: string, write: (append: (chunk: string) => void) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    write((chunk) => {
      writeSync(fd, chunk);
    });
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw error;
  }
}
