// A Map, not an object: "&constructor;" must stay text, not become Object.prototype.constructor.
const ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", hellip: "…" }));

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
    }
    return ENTITIES.get(name.toLowerCase()) ?? whole;
  });
}

/**
 * Drops comments and script-like elements in one left-to-right pass (an unclosed one drops the rest),
 * so hostile input such as thousands of "<!--" costs linear time.
 */
function dropHidden(html: string): string {
  const opening = /<!--|<(script|style|noscript|template)\b/gi;
  let out = "";
  let from = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    out += `${html.slice(from, match.index)} `;
    const closing = match[1] ? new RegExp(`</${match[1]}\\s*>`, "gi") : /-->/g;
    closing.lastIndex = opening.lastIndex;
    const end = closing.exec(html);
    if (!end) return out;
    from = closing.lastIndex;
    opening.lastIndex = from;
  }
  return out + html.slice(from);
}

/** The readable text of an HTML page: scripts and styles dropped, block elements as paragraphs. */
export function htmlToText(html: string): string {
  return decodeEntities(
    dropHidden(html)
      .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|title)\b[^<>]*>/gi, "\n\n")
      .replace(/<[^<>]*>/g, ""),
  )
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Plain text from Markdown: headings, emphasis and link targets removed, words kept. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, "$2")
    .replace(/^\s*[-*+>]\s+/gm, "");
}
