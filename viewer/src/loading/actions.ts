import { GraphLoadError, type LoadedGraph } from "./types.js";
import { parseGraphText } from "./utils.js";

/** Where the viewer looks when the URL names no graph: the CLI's output, served by vite.config.ts. */
export const DEFAULT_GRAPH_URL = "graph-data/graph.json";

export async function loadGraphFromUrl(url: string): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (error) {
    throw new GraphLoadError("The graph could not be fetched", `${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    const hint =
      url === DEFAULT_GRAPH_URL
        ? 'Build it with "npm run graph" (or start everything with "npm start"), or open a graph file.'
        : "Check the address, or open a graph file.";
    throw new GraphLoadError(
      response.status === 404 ? "No graph at this address" : "The graph could not be fetched",
      `${url} answered HTTP ${response.status}. ${hint}`,
    );
  }
  const text = await response.text();
  // Some static servers answer any path with their index page.
  if (/^\s*<(!doctype html|html)/i.test(text)) {
    throw new GraphLoadError("No graph at this address", `${url} is a web page, not a graph file. Check the address, or open a graph file.`);
  }
  return parseGraphText(text, fileName(url));
}

export async function loadGraphFromFile(file: File): Promise<LoadedGraph> {
  return parseGraphText(await file.text(), file.name);
}

function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.slice(path.lastIndexOf("/") + 1) || url;
}
