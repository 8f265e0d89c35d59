import { el } from "../core/dom.js";
import type { MergeReport } from "./types.js";

export interface PasteActions {
  /** Extracts the article and merges it; resolves to what changed, with labels for the report. */
  addArticle(name: string, text: string): Promise<{ report: MergeReport; labelOf(node: string): string }>;
  selectNode(node: string): void;
  clearMarks(): void;
}

export interface PasteView {
  open(text?: string, documentName?: string): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
}

/** "Add an article" panel: paste or drop text, extract it in the browser, merge, and list what is new. */
export function mountPaste(root: HTMLElement, toggleButton: HTMLButtonElement, actions: PasteActions): PasteView {
  const name = el("input", { attrs: { id: "paste-name", type: "text", autocomplete: "off", placeholder: "e.g. reuters-2024-05-01" } });
  const text = el("textarea", {
    attrs: { id: "paste-text", rows: 10, spellcheck: "false", placeholder: "Paste the article text here, or drop a .txt file." },
  });
  const status = el("div", { className: "paste-status", attrs: { id: "paste-status", role: "status", "aria-live": "polite" } });
  const added = el("ul", { className: "paste-added", attrs: { "aria-label": "New actors" } });
  const run = el("button", { className: "primary", text: "Extract and add", attrs: { type: "button", id: "paste-run" } });
  const clear = el("button", { text: "Clear new marks", attrs: { type: "button", id: "paste-clear" }, on: { click: () => (actions.clearMarks(), added.replaceChildren(), (status.textContent = "")) } });
  clear.hidden = true;
  const closeButton = el("button", { className: "icon-button", text: "×", attrs: { type: "button", "aria-label": "Close the article panel" } });
  root.append(
    el("header", { className: "panel-header" }, el("h2", { attrs: { id: "paste-title" }, text: "Add an article" }), closeButton),
    el("p", { className: "hint", text: "Paste or drop the text of a news article. It is read in this browser by the same engine as the command line; what it finds joins the graph and is marked as new." }),
    el("label", { attrs: { for: "paste-name" }, text: "Document name (optional)" }),
    name,
    el("label", { attrs: { for: "paste-text" }, text: "Article text" }),
    text,
    el("div", { className: "row" }, run, clear),
    status,
    added,
  );

  const view: PasteView = {
    open(initial, documentName) {
      root.hidden = false;
      toggleButton.setAttribute("aria-expanded", "true");
      if (initial !== undefined) text.value = initial;
      if (documentName !== undefined) name.value = documentName;
      text.focus();
    },
    close() {
      root.hidden = true;
      toggleButton.setAttribute("aria-expanded", "false");
    },
    toggle: () => (root.hidden ? view.open() : view.close()),
    isOpen: () => !root.hidden,
  };
  closeButton.addEventListener("click", () => {
    view.close();
    toggleButton.focus();
  });
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      view.close();
      toggleButton.focus();
    }
  });
  toggleButton.addEventListener("click", () => view.toggle());

  text.addEventListener("dragover", (event) => event.preventDefault());
  text.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    void file.text().then((content) => {
      text.value = content;
      if (!name.value) name.value = file.name;
    });
  });

  run.addEventListener("click", async () => {
    if (!text.value.trim()) {
      status.textContent = "Paste some article text first.";
      text.focus();
      return;
    }
    run.disabled = true;
    status.textContent = "Reading the article…";
    try {
      const { report, labelOf } = await actions.addArticle(name.value, text.value);
      const found = report.addedNodes.length + report.mentionedNodes.length;
      status.textContent =
        found === 0
          ? "No actors found in this text."
          : `${report.addedNodes.length} new actor${plural(report.addedNodes.length)}, ${report.addedEdges.length} new relation${plural(report.addedEdges.length)}; ` +
            `${report.strengthenedEdges.length} existing relation${plural(report.strengthenedEdges.length)} gained evidence.`;
      added.replaceChildren(
        ...report.addedNodes.map((node) =>
          el("li", {}, el("button", { className: "neighbour", text: labelOf(node), attrs: { type: "button", "data-node": node }, on: { click: () => actions.selectNode(node) } })),
        ),
      );
      clear.hidden = report.addedNodes.length + report.addedEdges.length + report.strengthenedEdges.length === 0;
    } catch (error) {
      status.textContent = `The article could not be added: ${(error as Error).message}`;
    } finally {
      run.disabled = false;
    }
  });
  return view;
}

const plural = (n: number) => (n === 1 ? "" : "s");
