import { el } from "../core/dom.js";
import { loadStatus } from "./state.js";
import type { GraphSource } from "./types.js";

export interface LoadingActions {
  openFile(file: File): void;
  /** A dropped text file is an article, not a graph. */
  openArticle(text: string, name: string): void;
}

const describe = (source: GraphSource) => (source.type === "url" ? source.url : source.type === "file" ? source.name : "");

/** The message area (errors, empty graph, warnings), the "Open…" button and page-wide drag and drop. */
export function mountLoading(message: HTMLElement, openButton: HTMLButtonElement, sourceLabel: HTMLElement, actions: LoadingActions): void {
  const input = el("input", { className: "visually-hidden", attrs: { type: "file", accept: ".json,.gexf,.txt,application/json,text/xml,text/plain", tabindex: -1, "aria-hidden": "true" } });
  document.body.append(input);
  openButton.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) handleFile(file);
    input.value = "";
  });

  const handleFile = (file: File) => {
    if (/\.txt$/i.test(file.name) || file.type === "text/plain") void file.text().then((text) => actions.openArticle(text, file.name));
    else actions.openFile(file);
  };

  const overlay = el("div", { className: "drop-overlay", attrs: { "aria-hidden": "true" } }, el("p", { text: "Drop a graph (.json, .gexf) to open it, or an article (.txt) to add it" }));
  overlay.hidden = true;
  document.body.append(overlay);
  let depth = 0;
  window.addEventListener("dragenter", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) handleFile(file);
  });

  loadStatus.subscribe((status) => {
    document.documentElement.dataset.state = status.state;
    sourceLabel.textContent = describe(status.source);
    sourceLabel.title = describe(status.source);
    message.replaceChildren();
    message.hidden = true;
    message.className = "message";
    if (status.state === "error") {
      showMessage(message, "error", status.title, status.detail);
    } else if (status.state === "empty") {
      showMessage(message, "empty", "This graph has no actors yet", `${describe(status.source) || "The graph"} is empty. Add an article, or open another graph file.`);
    } else if (status.state === "loading") {
      message.hidden = false;
      message.classList.add("loading");
      message.append(el("p", { text: `Loading ${describe(status.source)}…` }));
    } else if (status.warnings.length) {
      showMessage(message, "warning", "Some of the graph could not be read", status.warnings.join(" "));
    }
  });
}

/** An error in the page itself, so that nothing ever fails as a blank screen. */
export function showMessage(message: HTMLElement, kind: "error" | "empty" | "warning", title: string, detail: string): void {
  message.hidden = false;
  message.className = `message ${kind}`;
  message.setAttribute("role", kind === "warning" ? "status" : "alert");
  const dismiss = el("button", { className: "icon-button", text: "×", attrs: { type: "button", "aria-label": "Dismiss message" }, on: { click: () => (message.hidden = true) } });
  message.replaceChildren(el("div", {}, el("strong", { text: title }), el("p", { text: detail })), kind === "error" ? "" : dismiss);
}
