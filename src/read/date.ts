const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DATE_LINE = /^Date:\s*(.+)$/im;

/**
 * A publication date as YYYY-MM-DD, or undefined when it does not parse. An ISO date keeps the
 * day as written (a time zone must not move an article to another day); other forms are read as UTC.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const text = value.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) {
    const day = new Date(`${iso[0]}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso[0] ? iso[0] : undefined;
  }
  const date = new Date(`${text} UTC`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** The date a `Date:` header line near the top gives, as YYYY-MM-DD, if it parses. */
export function headerDate(text: string): string | undefined {
  const line = DATE_LINE.exec(text.slice(0, 2000));
  return line ? toIsoDate(line[1]) : undefined;
}
