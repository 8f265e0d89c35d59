// graphology-gexf ships no types for its parser factory (used by loading/gexf.ts).
declare module "graphology-gexf/common/parser.js" {
  const createParserFunction: (domParser: unknown, documentClass: unknown) => unknown;
  export default createParserFunction;
}
