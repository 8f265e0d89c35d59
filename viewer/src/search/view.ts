import { el } from "../core/dom.js";
import { searchIndexAtom } from "./state.js";
import type { SearchResult } from "./types.js";
import { search } from "./utils.js";

/**
 * The search box: a native searchbox with a listbox of suggestions, driven from the keyboard
 * (↓/↑ to move, Enter to choose, Escape to close; "/" anywhere focuses it).
 */
export function mountSearch(root: HTMLElement, onChoose: (node: string) => void): { clear(): void } {
  const input = el("input", {
    attrs: {
      id: "search-input",
      type: "search",
      placeholder: "Search actors or aliases  ( / )",
      autocomplete: "off",
      spellcheck: "false",
      "aria-label": "Search actors by name or alias",
      "aria-autocomplete": "list",
      "aria-controls": "search-results",
    },
  });
  const list = el("ul", { className: "search-results", attrs: { id: "search-results", role: "listbox", "aria-label": "Matching actors", hidden: true } });
  const status = el("span", { className: "visually-hidden", attrs: { role: "status", "aria-live": "polite" } });
  root.append(input, list, status);

  let results: SearchResult[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.removeAttribute("aria-activedescendant");
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `search-option-${index}`);
      list.children[index]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const choose = (index: number) => {
    const result = results[index];
    if (!result) return;
    input.value = result.label;
    close();
    onChoose(result.node);
  };
  const update = () => {
    results = search(searchIndexAtom.get(), input.value);
    list.replaceChildren(
      ...results.map((result, i) =>
        el(
          "li",
          {
            attrs: { id: `search-option-${i}`, role: "option", "aria-selected": "false" },
            on: {
              mousedown: (event) => {
                event.preventDefault(); // keep focus in the input
                choose(i);
              },
            },
          },
          el("span", { className: "result-label", text: result.label }),
          result.via ? el("span", { className: "result-via", text: `also “${result.via}”` }) : null,
        ),
      ),
    );
    list.hidden = results.length === 0;
    status.textContent = input.value.trim() ? `${results.length} match${results.length === 1 ? "" : "es"}` : "";
    highlight(results.length ? 0 : -1);
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => input.value.trim() && update());
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) return update();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + results.length) % Math.max(1, results.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select, [contenteditable=true]");
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  searchIndexAtom.subscribe(() => !list.hidden && update());
  return {
    clear() {
      input.value = "";
      close();
    },
  };
}
