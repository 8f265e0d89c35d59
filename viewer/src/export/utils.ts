import type { ActorGraph } from "../../../src/types.js";
import type { Visibility } from "../filters/types.js";
import { newActorGraph } from "../loading/utils.js";

/** A copy of what is on screen: visible actors, visible relations between them, current positions. */
export function visibleSubgraph(graph: ActorGraph, visibility: Visibility): ActorGraph {
  const out = newActorGraph({ ...graph.getAttributes() });
  graph.forEachNode((node, a) => {
    if (visibility.nodes.has(node)) out.addNode(node, { ...a, aliases: [...a.aliases] });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (visibility.edges.has(edge) && out.hasNode(source) && out.hasNode(target)) {
      out.addDirectedEdgeWithKey(edge, source, target, { ...a, evidence: a.evidence.map((e) => ({ ...e })) });
    }
  });
  return out;
}

/** "idlib-view-2024-05-01.gexf": a name people can tell apart in their downloads folder. */
export function exportFileName(graphName: string, extension: string, now = new Date()): string {
  const base =
    graphName
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "actorgraph";
  return `${base}-view-${now.toISOString().slice(0, 10)}.${extension}`;
}
