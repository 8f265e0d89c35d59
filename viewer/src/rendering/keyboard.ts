import { rendererAtom } from "./state.js";

/**
 * Keyboard control of the graph area (it is focusable): arrows pan, + and − zoom, 0 resets, Escape deselects.
 * Actors themselves are reached by keyboard through the search box and the details panel.
 */
export function mountGraphKeyboard(stage: HTMLElement, actions: { clearSelection(): void }): void {
  stage.addEventListener("keydown", (event) => {
    const sigma = rendererAtom.get();
    if (!sigma || event.altKey || event.ctrlKey || event.metaKey) return;
    const camera = sigma.getCamera();
    const state = camera.getState();
    const step = 0.1 * state.ratio;
    const moves: Record<string, Partial<typeof state>> = {
      ArrowLeft: { x: state.x - step },
      ArrowRight: { x: state.x + step },
      ArrowUp: { y: state.y + step },
      ArrowDown: { y: state.y - step },
      "+": { ratio: state.ratio / 1.5 },
      "=": { ratio: state.ratio / 1.5 },
      "-": { ratio: state.ratio * 1.5 },
      "0": { x: 0.5, y: 0.5, ratio: 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      void camera.animate(move, { duration: 150 });
    } else if (event.key === "Escape") {
      actions.clearSelection();
    }
  });
}
