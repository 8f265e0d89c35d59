import { UserError } from "../cli/errors.js";
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";

const MAGIC = /[*?[\]{}]/;

/** Whether a path argument is a pattern (the shell left it unexpanded, e.g. quoted) rather than a path. */
export function isGlob(path: string): boolean {
  return MAGIC.test(path);
}

/** `**` crosses folders, `*` and `?` stay inside one, `[abc]` and `{a,b}` as in the shell. */
export function globToRegExp(pattern: string): RegExp {
  let out = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) out += "\\[";
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = end;
      }
    } else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else out += c.replace(/[.+^$()|\\\]{}]/g, "\\$&");
  }
  try {
    return new RegExp(`^${out}$`);
  } catch {
    throw new UserError(`invalid pattern: ${pattern}`);
  }
}

/** The folder a pattern starts in (its leading segments without wildcards) and the rest of it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex((part) => MAGIC.test(part));
  const baseParts = parts.slice(0, first);
  const base = baseParts.length === 0 ? "." : baseParts.join(sep) || sep;
  return { base, rest: parts.slice(first).join("/") };
}

/** Files under `base` whose path relative to it matches `rest`; hidden files and folders are skipped. */
export function matchGlob(base: string, rest: string): string[] {
  const regexp = globToRegExp(rest);
  const found: string[] = [];
  const visit = (dir: string, relative: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      // Symbolic links to folders are not followed (they may loop); links to files are read.
      if (entry.isDirectory()) visit(join(dir, entry.name), path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && regexp.test(path)) found.push(path);
    }
  };
  visit(base, "");
  return found;
}
