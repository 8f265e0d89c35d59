import type { Progress } from "./pool.js";

const BAR = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * One line: a bar by bytes read (a corpus's document count is unknown until JSON Lines files are read),
 * documents done, rate, and time left at the rate so far.
 */
export function formatProgress(progress: Progress, seconds: number): string {
  const share = progress.bytesTotal > 0 ? Math.min(1, progress.bytesDone / progress.bytesTotal) : 0;
  const filled = Math.round(share * BAR);
  const rate = seconds > 0 ? progress.documents / seconds : 0;
  const left = share > 0 ? (seconds * (1 - share)) / share : Number.NaN;
  const parts = [
    `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${Math.floor(share * 100)}%`,
    `${progress.documents} document${progress.documents === 1 ? "" : "s"}`,
    ...(progress.cached ? [`${progress.cached} cached`] : []),
    ...(progress.skipped ? [`${progress.skipped} skipped`] : []),
    `${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/s`,
    share > 0.02 || seconds > 3 ? `${duration(left)} left` : "",
  ];
  return parts.filter(Boolean).join("  ");
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * A progress line redrawn in place at most ten times a second, on a terminal only: piped or
 * redirected output, and --quiet, get none. `note` prints a line above it.
 */
export class ProgressBar {
  private last = 0;
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  static enabled(stream: ProgressStream, quiet: boolean): boolean {
    return !quiet && stream.isTTY === true;
  }

  update(progress: Progress, force = false): void {
    const now = this.clock();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const line = formatProgress(progress, (now - this.started) / 1000);
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    this.stream.write(`\r${line.slice(0, width)}\x1b[K`);
    this.shown = true;
  }

  note(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
    this.last = 0;
  }
}
