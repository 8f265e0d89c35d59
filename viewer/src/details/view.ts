import { KIND_COLORS, RELATION_COLORS } from "../../../src/style/palette.js";
import type { ActorGraph, Evidence } from "../../../src/types.js";
import { el } from "../core/dom.js";
import type { Selection } from "../selection/types.js";
import { relationHeading, relationSentence } from "./phrases.js";
import type { RelationItem } from "./types.js";
import { evidenceSource, groupRelations, splitOnTrigger, uniqueEvidence } from "./utils.js";

export interface DetailsContext {
  graph: ActorGraph | null;
  selection: Selection;
  shownEdges: ReadonlySet<string>;
  freshNodes: ReadonlySet<string>;
  freshEdges: ReadonlySet<string>;
}

export interface DetailsActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  hoverNode(node: string | null): void;
  close(): void;
}

/** Evidence beyond this many sentences per relation waits behind a "show all" button. */
const EVIDENCE_PREVIEW = 3;

/** The details panel: a labelled region whose content follows the selection. */
export function mountDetails(root: HTMLElement, actions: DetailsActions): (context: DetailsContext) => void {
  const title = el("h2", { attrs: { id: "details-title" }, text: "Details" });
  const close = el("button", {
    className: "icon-button details-close",
    text: "×",
    attrs: { type: "button", "aria-label": "Close details", title: "Close (Esc)" },
    on: { click: () => actions.close() },
  });
  const body = el("div", { className: "details-body" });
  root.append(el("header", { className: "details-header" }, title, close), body);
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") actions.close();
  });

  return (context) => {
    const { graph, selection } = context;
    root.dataset.selection = selection ? `${selection.type}:${selection.id}` : "";
    close.hidden = !selection;
    if (!graph || !selection || (selection.type === "node" ? !graph.hasNode(selection.id) : !graph.hasEdge(selection.id))) {
      title.textContent = "Details";
      body.replaceChildren(el("p", { className: "hint", text: "Select an actor or a relation (click it, or search) to see who does what to whom, with the sentences that say so." }));
      root.classList.remove("has-selection");
      return;
    }
    root.classList.add("has-selection");
    if (selection.type === "node") renderNode(graph, selection.id, context, title, body, actions);
    else renderEdge(graph, selection.id, context, title, body, actions);
  };
}

function renderNode(graph: ActorGraph, node: string, context: DetailsContext, title: HTMLElement, body: HTMLElement, actions: DetailsActions) {
  const a = graph.getNodeAttributes(node);
  title.textContent = a.label;
  const aliases = a.aliases.filter((alias) => alias !== a.label);
  const facts = el(
    "dl",
    { className: "facts" },
    el("dt", { text: "Kind" }),
    el("dd", {}, el("span", { className: "swatch", attrs: { style: `background:${KIND_COLORS[a.kind]}`, "aria-hidden": "true" } }), a.kind.replace("_", " ")),
    aliases.length ? el("dt", { text: "Also called" }) : null,
    aliases.length ? el("dd", { text: aliases.join(", ") }) : null,
    a.role ? el("dt", { text: "Role" }) : null,
    a.role ? el("dd", { text: a.role }) : null,
    a.affiliation && graph.hasNode(a.affiliation) ? el("dt", { text: "Affiliation" }) : null,
    a.affiliation && graph.hasNode(a.affiliation) ? el("dd", {}, neighbourButton(graph, a.affiliation, actions)) : null,
    el("dt", { text: "Mentions" }),
    el("dd", { text: `${a.mentions} in ${a.documents} document${a.documents === 1 ? "" : "s"}` }),
  );
  const groups = groupRelations(graph, node, context.shownEdges);
  const total = graph.degree(node);
  const shownCount = groups.reduce((n, g) => n + g.items.length, 0);
  const relations = el("section", { className: "relations", attrs: { "aria-label": "Relations" } },
    el("h3", { text: `Relations (${shownCount}${shownCount < total ? ` of ${total}, others filtered out` : ""})` }),
  );
  if (groups.length === 0) relations.append(el("p", { className: "hint", text: "No relations on screen." }));
  for (const group of groups) {
    relations.append(
      el(
        "section",
        { className: "relation-group", attrs: { "data-relation": group.relation, "data-direction": group.direction } },
        el("h4", {}, el("span", { className: "edge-swatch", attrs: { style: `background:${RELATION_COLORS[group.relation]}`, "aria-hidden": "true" } }), group.heading),
        el("ul", { className: "relation-items" }, ...group.items.map((item) => relationItem(graph, item, context, actions))),
      ),
    );
  }
  body.replaceChildren(
    context.freshNodes.has(node) ? el("p", { className: "badge-new", text: "New from the pasted article" }) : "",
    facts,
    relations,
  );
}

function relationItem(graph: ActorGraph, item: RelationItem, context: DetailsContext, actions: DetailsActions): HTMLElement {
  return el(
    "li",
    { attrs: { "data-edge": item.edge } },
    el(
      "div",
      { className: "relation-line" },
      neighbourButton(graph, item.neighbour, actions),
      el("span", { className: "meta", text: `weight ${formatNumber(item.weight)} · confidence ${formatNumber(item.confidence)}` }),
      context.freshEdges.has(item.edge) ? el("span", { className: "badge-new", text: "new" }) : null,
      el("button", {
        className: "link-button",
        text: "relation",
        attrs: { type: "button", "aria-label": `Show the relation with ${item.neighbourLabel}` },
        on: { click: () => actions.selectEdge(item.edge) },
      }),
    ),
    evidenceList(item.evidence),
  );
}

function neighbourButton(graph: ActorGraph, node: string, actions: DetailsActions): HTMLElement {
  const a = graph.getNodeAttributes(node);
  return el(
    "button",
    {
      className: "neighbour",
      attrs: { type: "button", "data-node": node, title: `Select ${a.label}` },
      on: {
        click: () => actions.selectNode(node),
        mouseenter: () => actions.hoverNode(node),
        mouseleave: () => actions.hoverNode(null),
        focus: () => actions.hoverNode(node),
        blur: () => actions.hoverNode(null),
      },
    },
    el("span", { className: "swatch", attrs: { style: `background:${KIND_COLORS[a.kind]}`, "aria-hidden": "true" } }),
    a.label,
  );
}

function evidenceList(evidence: readonly Evidence[]): HTMLElement {
  const list = el("ul", { className: "evidence" });
  const items = evidence.map((e) =>
    el(
      "li",
      {},
      el("blockquote", {}, ...splitOnTrigger(e.text, e.trigger).map((piece) => (piece.trigger ? el("mark", { text: piece.text }) : piece.text))),
      el("cite", { text: evidenceSource(e) }),
    ),
  );
  list.append(...items.slice(0, EVIDENCE_PREVIEW));
  if (items.length > EVIDENCE_PREVIEW) {
    const more = el("button", {
      className: "link-button",
      text: `Show all ${items.length} sentences`,
      attrs: { type: "button" },
      on: {
        click: () => {
          list.append(...items.slice(EVIDENCE_PREVIEW));
          more.remove();
        },
      },
    });
    list.append(el("li", { className: "more" }, more));
  }
  if (items.length === 0) list.append(el("li", { className: "hint", text: "No evidence sentence recorded." }));
  return list;
}

function renderEdge(graph: ActorGraph, edge: string, context: DetailsContext, title: HTMLElement, body: HTMLElement, actions: DetailsActions) {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  title.textContent = relationSentence(graph.getNodeAttribute(source, "label"), a.relation, graph.getNodeAttribute(target, "label"));
  const seen = [a.firstSeen, a.lastSeen].filter(Boolean);
  body.replaceChildren(
    context.freshEdges.has(edge) ? el("p", { className: "badge-new", text: "New from the pasted article" }) : "",
    el(
      "dl",
      { className: "facts" },
      el("dt", { text: "From" }),
      el("dd", {}, neighbourButton(graph, source, actions)),
      el("dt", { text: "Relation" }),
      el("dd", {}, el("span", { className: "edge-swatch", attrs: { style: `background:${RELATION_COLORS[a.relation]}`, "aria-hidden": "true" } }), relationHeading(a.relation, "out")),
      el("dt", { text: "To" }),
      el("dd", {}, neighbourButton(graph, target, actions)),
      el("dt", { text: "Weight" }),
      el("dd", { text: `${formatNumber(a.weight)} · confidence ${formatNumber(a.confidence)}` }),
      seen.length ? el("dt", { text: "Seen" }) : null,
      seen.length ? el("dd", { text: [...new Set(seen)].join(" – ") }) : null,
    ),
    el("section", { className: "relations", attrs: { "aria-label": "Evidence" } }, el("h3", { text: "Evidence" }), evidenceList(uniqueEvidence(a.evidence))),
  );
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
