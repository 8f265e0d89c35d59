import type { Stats } from "node:fs";

/** Size, modification and change times and inode: when none moved, a file is taken as unchanged. */
export const fileStamp = (stats: Stats): string => `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
