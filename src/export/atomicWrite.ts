import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync, writevSync } from "node:fs";
import { dirname } from "node:path";
import { CHUNK_SIZE } from "./chunks.js";

// Pieces per write, well under the system's limit on buffers per call.
const MAX_PIECES = 256;

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
    // Small chunks (a rebuild's copied edges) go out together, without copying them into one buffer.
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = () => {
      const written = pending.length ? writevSync(fd, pending) : 0;
      // A short write (rare on files) leaves the rest to write.
      const rest = written < size ? Buffer.concat(pending).subarray(written) : undefined;
      for (let at = 0; rest && at < rest.length; ) at += writeSync(fd, rest, at);
      pending = [];
      size = 0;
    };
    file.write((chunk) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      pending.push(bytes);
      size += bytes.length;
      if (size >= CHUNK_SIZE || pending.length >= MAX_PIECES) flush();
    });
    flush();
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
