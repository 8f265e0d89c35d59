// Pure XML helpers shared by the GEXF and GraphML writers (no Node imports: the viewer bundles them).

// Anything XML 1.0 forbids: C0 controls except tab/newline/CR, lone surrogates, U+FFFE and U+FFFF.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Cheap pre-test so clean strings (the vast majority) skip the regex replacements.
const SUSPECT = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Removes characters that cannot appear in an XML 1.0 document, even as character references. */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(FORBIDDEN, "");
}

const ATTR_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Whitespace as references: a parser would otherwise normalise it to a space inside attributes.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes a string for use inside a double-quoted XML attribute. */
export function escapeAttr(value: string): string {
  if (!SUSPECT.test(value)) return value;
  return stripInvalidXmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

/** Escapes a string for use as element text. */
export function escapeText(value: string): string {
  if (!SUSPECT.test(value)) return value;
  // A literal CR would be folded into LF by the parser; keep it as a reference.
  return stripInvalidXmlChars(value).replace(/[&<>\r]/g, (c) => ATTR_ESCAPES[c]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
