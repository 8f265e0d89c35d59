import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** A file to write: `write` receives a function that appends a chunk, so large exports stay bounded in memory. */
export interface FileToWrite {
  path: string;
  write: (append: (chunk: string | Uint8Array) => void) => void;
}

function writeTemporary(file: FileToWrite): string {
  mkdirSync(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    file.write((chunk) => {
      // The same call twice: writeSync's overloads take a string or bytes, not their union.
      if (typeof chunk === "string") writeSync(fd, chunk);
      else writeSync(fd, chunk);
    });
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  return tmp;
}

/**
 * Writes every file under a temporary name and renames them into place only when all were written, so a
 * crash or a bad input never leaves a half-written file, nor a new file beside a stale partner.
 */
export function writeFilesAtomic(files: FileToWrite[]): void {
  const written: string[] = [];
  try {
    for (const file of files) written.push(writeTemporary(file));
  } catch (error) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw error;
  }
  files.forEach((file, i) => renameSync(written[i], file.path));
}

/** One file, written under a temporary name and renamed into place. */
export function writeFileAtomic(path: string, write: FileToWrite["write"]): void {
  writeFilesAtomic([{ path, write }]);
}
