// Pure chunking so writers can stream: large exports never exist as one string.

/** Target chunk size in UTF-16 code units; the file writer issues one write per chunk. */
export const CHUNK_SIZE = 64 * 1024;

/** Bytes `start` to `end` of a file open as `fd`: an earlier output's piece, copied without reading the file whole. */
export interface FileSlice {
  fd: number;
  start: number;
  end: number;
}

/** What writers yield: text, or bytes from elsewhere that pass through as they are. */
export type Piece = string | Uint8Array | FileSlice;

/**
 * Groups the small pieces a writer produces into ~64 KB chunks.
 * `pieces` yields strings of any size; a chunk is emitted as soon as it reaches `size`.
 * Bytes and file slices (an earlier write's, reused) pass through as they are, after the text before them;
 * slices that follow each other in their file are joined into one.
 */
export function chunked(pieces: Iterable<string>, size?: number): Generator<string>;
export function chunked(pieces: Iterable<Piece>, size?: number): Generator<Piece>;
export function* chunked(pieces: Iterable<Piece>, size = CHUNK_SIZE): Generator<Piece> {
  let buffer = "";
  let run: FileSlice | undefined;
  for (const piece of pieces) {
    if (typeof piece === "string") {
      if (run) yield run;
      run = undefined;
      buffer += piece;
      if (buffer.length >= size) {
        yield buffer;
        buffer = "";
      }
      continue;
    }
    if (buffer) yield buffer;
    buffer = "";
    if (piece instanceof Uint8Array) {
      if (run) yield run;
      run = undefined;
      yield piece;
    } else if (run && run.fd === piece.fd && run.end === piece.start) run = { fd: run.fd, start: run.start, end: piece.end };
    else {
      if (run) yield run;
      run = piece;
    }
  }
  if (run) yield run;
  if (buffer) yield buffer;
}

/** Joins a chunk stream into one string (for small graphs and the browser). */
export function joinChunks(chunks: Iterable<string>): string {
  let out = "";
  for (const chunk of chunks) out += chunk;
  return out;
}
