import type Graph from "graphology";
import createParserFunction from "graphology-gexf/common/parser.js";

type Parse = (graphClass: typeof Graph, source: string | Document, options?: Record<string, boolean>) => Graph;

/**
 * graphology-gexf's browser entry grabs `DOMParser` when it is imported, which breaks importing the
 * loader outside a browser (unit tests); building the parser on first use avoids that.
 */
let parse: Parse | undefined;

export function parseGexf(graphClass: typeof Graph, xml: Document): Graph {
  parse ??= createParserFunction(globalThis.DOMParser, xml.constructor) as Parse;
  return parse(graphClass, xml, { allowUndeclaredAttributes: true, addMissingNodes: true });
}
