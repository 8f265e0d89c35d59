// `actorgraph query …`: the query API from the command line, as a table or as JSON.
import type { Command } from "commander";
import { loadGraph } from "../load/loadGraph.js";
import { egoGraph, findActor, neighbors, relationsBetween, resolveActor, shortestPath, suggestActors } from "../query/index.js";
import { UnknownActorError, editDistance } from "../query/names.js";
import { renderTable, truncate } from "../query/table.js";
import type { Direction, Relation, TraversalOptions } from "../query/types.js";
import type { ActorGraph, RelationType } from "../types.js";
import { RELATION_TYPES } from "../vocabulary/relations.js";
import { UserError } from "./errors.js";

const DEFAULT_GRAPH = "graph-data/graph.json";
const EVIDENCE_WIDTH = 70;

interface CommonOptions {
  graph: string;
  json?: boolean;
}

interface TraversalFlags extends CommonOptions {
  relation?: string;
  direction?: string;
  minWeight?: string;
}

function common(command: Command): Command {
  return command
    .option("-g, --graph <file>", "graph.json or .gexf file to query", DEFAULT_GRAPH)
    .option("--json", "print JSON instead of a table");
}

function traversal(command: Command): Command {
  return common(command)
    .option("-r, --relation <relations>", `only these relations, comma-separated (${RELATION_TYPES.join(", ")})`)
    .option("-d, --direction <direction>", "out, in or both", "both")
    .option("--min-weight <n>", "only relations at least this heavy");
}

export function parseTraversal(flags: TraversalFlags): TraversalOptions {
  const options: TraversalOptions = {};
  if (flags.relation !== undefined) {
    const relations = flags.relation.split(",").map((r) => r.trim()).filter(Boolean);
    for (const relation of relations) {
      if (!(RELATION_TYPES as readonly string[]).includes(relation)) {
        const close = RELATION_TYPES.filter((r) => editDistance(relation.toLowerCase(), r, 2) <= 2);
        const hint = close.length ? ` Did you mean: ${close.join(", ")}?` : "";
        throw new UserError(`unknown relation "${relation}" (expected one of: ${RELATION_TYPES.join(", ")}).${hint}`);
      }
    }
    options.relation = relations as RelationType[];
  }
  if (flags.direction !== undefined) {
    if (!["out", "in", "both"].includes(flags.direction)) {
      throw new UserError(`--direction must be out, in or both, got "${flags.direction}"`);
    }
    options.direction = flags.direction as Direction;
  }
  if (flags.minWeight !== undefined) {
    const minWeight = Number(flags.minWeight);
    if (flags.minWeight.trim() === "" || !Number.isFinite(minWeight)) {
      throw new UserError(`--min-weight must be a number, got "${flags.minWeight}"`);
    }
    options.minWeight = minWeight;
  }
  return options;
}

function print(text: string): void {
  process.stdout.write(text);
}

function printJson(value: unknown): void {
  print(`${JSON.stringify(value, null, 2)}\n`);
}

function label(graph: ActorGraph, key: string): string {
  return graph.getNodeAttribute(key, "label") ?? key;
}

function evidenceCell(relation: Relation): string {
  const [first, ...rest] = relation.evidence ?? [];
  if (!first) return "";
  return truncate(first.text, EVIDENCE_WIDTH) + (rest.length ? ` (+${rest.length} more)` : "");
}

function relationRows(graph: ActorGraph, relations: readonly Relation[]): unknown[][] {
  return relations.map((r) => [
    label(graph, r.source),
    r.relation,
    label(graph, r.target),
    r.weight,
    r.confidence,
    evidenceCell(r),
  ]);
}

const RELATION_HEADERS = ["Source", "Relation", "Target", "Weight", "Confidence", "Evidence"];

export function registerQuery(program: Command): void {
  const query = program
    .command("query")
    .description("Ask a built graph about actors and their relations (table, or JSON with --json)");

  common(query.command("find"))
    .description("Show the actor with this name, label or alias")
    .argument("<name>", "key, label or alias (case-insensitive)")
    .action((name: string, flags: CommonOptions) => {
      const graph = loadGraph(flags.graph);
      const actor = findActor(graph, name);
      if (!actor) throw new UnknownActorError(name, suggestActors(graph, name));
      if (flags.json) return printJson(actor);
      print(
        renderTable(
          ["Key", "Label", "Kind", "Mentions", "Aliases"],
          [[actor.key, actor.label, actor.kind, actor.mentions, (actor.aliases ?? []).join("; ")]],
        ),
      );
    });

  traversal(query.command("neighbors"))
    .description("Actors joined to an actor, with the relations and evidence that join them")
    .argument("<actor>", "key, label or alias")
    .action((name: string, flags: TraversalFlags) => {
      const options = parseTraversal(flags);
      const graph = loadGraph(flags.graph);
      const result = neighbors(graph, name, options);
      if (flags.json) return printJson(result);
      const center = resolveActor(graph, name);
      if (!result.length) return print(`${label(graph, center)} has no neighbours that match.\n`);
      const rows = result.flatMap((n) =>
        n.relations.map((r) => [
          n.actor.label,
          n.actor.kind,
          r.undirected ? "both" : r.source === center ? "out" : "in",
          r.relation,
          r.weight,
          r.confidence,
          evidenceCell(r),
        ]),
      );
      print(renderTable(["Actor", "Kind", "Direction", "Relation", "Weight", "Confidence", "Evidence"], rows));
    });

  common(query.command("between"))
    .description("Every relation between two actors, either way")
    .argument("<a>", "first actor")
    .argument("<b>", "second actor")
    .action((a: string, b: string, flags: CommonOptions) => {
      const graph = loadGraph(flags.graph);
      const relations = relationsBetween(graph, a, b);
      if (flags.json) return printJson(relations);
      if (!relations.length) return print(`No relations between ${label(graph, resolveActor(graph, a))} and ${label(graph, resolveActor(graph, b))}.\n`);
      print(renderTable(RELATION_HEADERS, relationRows(graph, relations)));
    });

  traversal(query.command("ego"))
    .description("The actors within --depth steps of an actor and the relations among them")
    .argument("<actor>", "key, label or alias")
    .option("--depth <n>", "number of steps", "1")
    .action((name: string, flags: TraversalFlags & { depth: string }) => {
      const depth = Number(flags.depth);
      if (!Number.isInteger(depth) || depth < 0) throw new UserError(`--depth must be a whole number, got "${flags.depth}"`);
      const options = parseTraversal(flags);
      const graph = loadGraph(flags.graph);
      const ego = egoGraph(graph, name, depth, options);
      const actors = ego.mapNodes((key, a) => ({ key, ...a }));
      const relations = ego.mapEdges((key, a, source, target, _sa, _ta, undirected) => ({ key, source, target, undirected, ...a }));
      if (flags.json) return printJson({ actors, relations });
      print(renderTable(["Actor", "Kind", "Mentions"], actors.map((a) => [a.label, a.kind, a.mentions])));
      if (relations.length) print(`\n${renderTable(RELATION_HEADERS, relationRows(ego, relations))}`);
    });

  traversal(query.command("path"))
    .description("A shortest chain of relations from one actor to another")
    .argument("<from>", "first actor")
    .argument("<to>", "last actor")
    .action((from: string, to: string, flags: TraversalFlags) => {
      const options = parseTraversal(flags);
      const graph = loadGraph(flags.graph);
      const path = shortestPath(graph, from, to, options);
      if (flags.json) return printJson(path);
      if (!path) return print(`No path from ${label(graph, resolveActor(graph, from))} to ${label(graph, resolveActor(graph, to))}.\n`);
      print(renderTable(RELATION_HEADERS, relationRows(graph, path.relations)));
    });
}
