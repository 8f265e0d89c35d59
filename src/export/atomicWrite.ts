import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync, writevSync } from "node:fs";
import { dirname } from "node:path";
import { CHUNK_SIZE, type FileSlice, type Piece } from "./chunks.js";

// Pieces per write, well under the system's limit on buffers per call.
const MAX_PIECES = 256;
// File slices are copied through one buffer of this size.
const WINDOW_BYTES = 1 << 20;

/** A file to write: `write` receives a function that appends a piece, so large exports stay bounded in memory. */
export interface FileToWrite {
  path: string;
  write: (append: (piece: Piece) => void) => void;
}

/** A part of one open file held in memory, through which its slices are copied. */
class Window {
  private readonly buffer = Buffer.allocUnsafe(WINDOW_BYTES);
  private fd = -1;
  private start = 0;
  private length = 0;

  /** The bytes of `slice` from `at` on that the window holds (up to its end); undefined when it holds none. */
  bytes(slice: FileSlice, at: number): Uint8Array | undefined {
    if (slice.fd !== this.fd || at < this.start || at >= this.start + this.length) return undefined;
    return this.buffer.subarray(at - this.start, Math.min(slice.end, this.start + this.length) - this.start);
  }

  /** Reads the file from `at` on. Overwrites what the window held: bytes given out before must be written first. */
  fill(slice: FileSlice, at: number): void {
    this.fd = slice.fd;
    this.start = at;
    this.length = readSync(slice.fd, this.buffer, 0, WINDOW_BYTES, at);
    if (this.length === 0) throw new Error("an earlier output to copy from is shorter than it was");
  }
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
    const window = new Window();
    file.write((piece) => {
      if (typeof piece === "string") return push(Buffer.from(piece));
      if (piece instanceof Uint8Array) return push(piece);
      for (let at = piece.start; at < piece.end; ) {
        let bytes = window.bytes(piece, at);
        if (!bytes) {
          flush();
          window.fill(piece, at);
          bytes = window.bytes(piece, at)!;
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
