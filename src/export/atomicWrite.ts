import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync, writevSync } from "node:fs";
import { dirname } from "node:path";
import { FileWindow } from "../read/fileWindow.js";
import { CHUNK_SIZE, type Piece } from "./chunks.js";

// Pieces per write, well under the system's limit on buffers per call.
const MAX_PIECES = 256;

/** A file to write: `write` receives a function that appends a piece, so large exports stay bounded in memory. */
export interface FileToWrite {
  path: string;
  write: (append: (piece: Piece) => void) => void;
}

function writeTemporary(file: FileToWrite): string {
  mkdirSync(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    // Small pieces (a rebuild's copied edges) go out together, without copying them into one buffer.
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
    const push = (bytes: Uint8Array) => {
      pending.push(bytes);
      size += bytes.length;
      if (size >= CHUNK_SIZE || pending.length >= MAX_PIECES) flush();
    };
    // File slices are copied through a window on their file.
    let window: FileWindow | undefined;
    file.write((piece) => {
      if (typeof piece === "string") return push(Buffer.from(piece));
      if (piece instanceof Uint8Array) return push(piece);
      if (window?.fd !== piece.fd) window = new FileWindow(piece.fd);
      for (let at = piece.start; at < piece.end; ) {
        let bytes = window.held(at, piece.end);
        if (!bytes) {
          // Reading overwrites the window: what was pushed from it goes out first.
          flush();
          bytes = window.read(at, piece.end);
          if (!bytes.length) throw new Error("an earlier output to copy from is shorter than it was");
        }
        push(bytes);
        at += bytes.length;
      }
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
