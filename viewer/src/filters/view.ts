import { KIND_COLORS, RELATION_COLORS } from "../../../src/style/palette.js";
import type { ActorKind, RelationType } from "../../../src/types.js";
import { RELATION_TYPES } from "../../../src/vocabulary/relations.js";
import { el } from "../core/dom.js";
import { ACTOR_KINDS } from "../loading/utils.js";
import { setKindShown, setMinWeight, setNeighbourhoodOnly, setRelationShown } from "./actions.js";
import { DEFAULT_FILTERS, filtersAtom } from "./state.js";
import type { FilterState } from "./types.js";
import type { GraphSummary } from "./utils.js";

export interface FilterView {
  /** Rebuilds the lists for the relation types and kinds of a (new) graph. */
  setSummary(summary: GraphSummary): void;
  setCounts(counts: { nodes: number; totalNodes: number; edges: number; totalEdges: number }): void;
  setHasSelection(hasSelection: boolean): void;
}

/** Filter panel: a labelled checkbox per relation type and per kind (doubling as the legend), weight slider, neighbourhood switch. */
/** One labelled checkbox with a colour swatch and a count: the same row for relation types and actor kinds. */
function checkRow(name: string, value: string, count: number, unit: string, onChange: (checked: boolean) => void) {
  const box: HTMLInputElement = el("input", {
    attrs: { type: "checkbox", name, value, id: `${name}-${value}` },
    on: { change: () => onChange(box.checked) },
  });
  const swatch = el("span", { attrs: { "aria-hidden": "true" } });
  const label = el(
    "label",
    { className: "check", attrs: { for: box.id } },
    box,
    swatch,
    el("span", { className: "check-label", text: value.replace("_", " ") }),
    el("span", { className: "count", text: String(count), attrs: { "aria-label": `${count} ${unit}` } }),
  );
  return { box, swatch, label };
}

export function mountFilters(root: HTMLElement): FilterView {
  const counts = el("p", { className: "counts", attrs: { id: "counts", role: "status", "aria-live": "polite" } });
  const relations = el("fieldset", { className: "checks" }, el("legend", { text: "Relations" }));
  const kinds = el("fieldset", { className: "checks" }, el("legend", { text: "Actor kinds" }));
  const weightValue = el("output", { attrs: { for: "min-weight", id: "min-weight-value" }, text: "any" });
  const weight = el("input", {
    attrs: { id: "min-weight", type: "range", min: 0, max: 1, step: 1, value: 0 },
    on: { input: () => setMinWeight(Number(weight.value)) },
  });
  const neighbourhood = el("input", {
    attrs: { id: "neighbourhood-only", type: "checkbox" },
    on: { change: () => setNeighbourhoodOnly(neighbourhood.checked) },
  });
  const neighbourhoodHint = el("span", { className: "hint", attrs: { id: "neighbourhood-hint" } });
  const reset = el("button", {
    className: "link-button",
    text: "Show everything",
    attrs: { type: "button" },
    on: { click: () => filtersAtom.set(DEFAULT_FILTERS) },
  });
  root.append(
    counts,
    relations,
    kinds,
    el("div", { className: "range" }, el("label", { attrs: { for: "min-weight" } }, "Minimum weight: ", weightValue), weight),
    el(
      "div",
      { className: "check-row" },
      el("label", {}, neighbourhood, " Neighbourhood only"),
      neighbourhoodHint,
    ),
    reset,
  );
  neighbourhood.setAttribute("aria-describedby", "neighbourhood-hint");

  const relationBoxes = new Map<RelationType, HTMLInputElement>();
  const kindBoxes = new Map<ActorKind, HTMLInputElement>();

  const sync = (filters: FilterState) => {
    for (const [relation, box] of relationBoxes) box.checked = !filters.hiddenRelations.has(relation);
    for (const [kind, box] of kindBoxes) box.checked = !filters.hiddenKinds.has(kind);
    weight.value = String(filters.minWeight);
    weightValue.textContent = filters.minWeight > 0 ? `≥ ${filters.minWeight}` : "any";
    weight.setAttribute("aria-valuetext", filters.minWeight > 0 ? `at least ${filters.minWeight}` : "any weight");
    neighbourhood.checked = filters.neighbourhoodOnly;
    reset.hidden = filters === DEFAULT_FILTERS || (!filters.hiddenKinds.size && !filters.hiddenRelations.size && !filters.minWeight && !filters.neighbourhoodOnly);
  };
  filtersAtom.subscribe(sync);
  sync(filtersAtom.get());

  return {
    setSummary(summary) {
      relationBoxes.clear();
      kindBoxes.clear();
      relations.replaceChildren(relations.firstElementChild!);
      kinds.replaceChildren(kinds.firstElementChild!);
      for (const relation of RELATION_TYPES) {
        const count = summary.relations.get(relation);
        if (!count) continue;
        const row = checkRow("relation", relation, count, "relations", (checked) => setRelationShown(relation, checked));
        row.swatch.className = "edge-swatch";
        row.swatch.setAttribute("style", `background:${RELATION_COLORS[relation]}`);
        relationBoxes.set(relation, row.box);
        relations.append(row.label);
      }
      for (const kind of ACTOR_KINDS) {
        const count = summary.kinds.get(kind);
        if (!count) continue;
        const row = checkRow("kind", kind, count, "actors", (checked) => setKindShown(kind, checked));
        row.swatch.className = "node-swatch";
        row.swatch.setAttribute("style", `--swatch:${KIND_COLORS[kind]}`);
        kindBoxes.set(kind, row.box);
        kinds.append(row.label);
      }
      if (!relationBoxes.size) relations.append(el("p", { className: "hint", text: "No relations." }));
      weight.max = String(Math.max(1, Math.ceil(summary.maxWeight)));
      weight.disabled = summary.maxWeight <= 1;
      sync(filtersAtom.get());
    },
    setCounts({ nodes, totalNodes, edges, totalEdges }) {
      counts.textContent = `${nodes} of ${totalNodes} actors · ${edges} of ${totalEdges} relations shown`;
    },
    setHasSelection(hasSelection) {
      neighbourhoodHint.textContent = hasSelection ? "" : "Select an actor first.";
    },
  };
}
