import { readSync } from "node:fs";

export const WINDOW_BYTES = 1 << 20;

/**
 * One part of an open file held in memory, read again wherever a caller asks past it: the cache's
 * segments and the previous outputs are scanned and copied through one, never read whole. Reading
 * again overwrites the bytes given out before.
 */
export class FileWindow {
  private readonly buffer: Buffer;
  private view: Buffer;
  private start = 0;

  constructor(
    readonly fd: number,
    readonly size = WINDOW_BYTES,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
    this.view = this.buffer.subarray(0, 0);
  }

  /** The bytes held from `from` up to `end` (or as far as the window goes); undefined when `from` is not held. */
  held(from: number, end: number): Buffer | undefined {
    const at = from - this.start;
    if (at < 0 || at >= this.view.length) return undefined;
    return this.view.subarray(at, Math.min(end - this.start, this.view.length));
  }

  /** Reads the file from `from` on; then as `held` (empty past the file's end). */
  read(from: number, end: number): Buffer {
    this.start = from;
    this.view = this.buffer.subarray(0, readSync(this.fd, this.buffer, 0, this.size, from));
    return this.held(from, end) ?? this.view;
  }

  /** Exactly bytes `from` to `end` (at most `size` of them), read when not all held; undefined when the file ends first. */
  range(from: number, end: number): Buffer | undefined {
    let bytes = this.held(from, end);
    if (!bytes || bytes.length < end - from) bytes = this.read(from, end);
    return bytes.length === end - from ? bytes : undefined;
  }

  /** The byte at `position`, or undefined past the end. */
  at(position: number): number | undefined {
    return this.range(position, position + 1)?.[0];
  }

  /** Where the first `pattern` at or after `from` starts; -1 when there is none. */
  indexOf(pattern: Uint8Array, from: number): number {
    for (;;) {
      if (from < this.start || from + pattern.length > this.start + this.view.length) this.read(from, from);
      const at = this.view.indexOf(pattern, from - this.start);
      if (at >= 0) return this.start + at;
      if (this.view.length < this.size) return -1;
      // The next read starts where a pattern cut by this one's end would.
      from = this.start + this.view.length - pattern.length + 1;
    }
  }
}
