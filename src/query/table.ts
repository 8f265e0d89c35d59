// Plain-text tables for the terminal. Cells are cleaned of control characters so an actor named
// with escape sequences cannot repaint the user's terminal.

export function cleanCell(value: unknown): string {
  return String(value ?? "")
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, "");
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Left-aligned columns separated by two spaces, with a dashed rule under the header. */
export function renderTable(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [headers.map(cleanCell), ...rows.map((row) => row.map(cleanCell))];
  // A loop, not Math.max(...): a table of a corpus graph can have more rows than a call takes arguments.
  const widths = headers.map((_, i) => cells.reduce((max, row) => Math.max(max, [...(row[i] ?? "")].length), 0));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length)))
      .join("  ")
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n") + "\n";
}
