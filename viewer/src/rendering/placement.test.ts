import { describe, expect, it } from "vitest";
import { discBox, LabelPlacer, labelSpots, overlap } from "./placement.js";

describe("label placement", () => {
  it("offers spots right of the actor first, then left, below and above, none on the actor", () => {
    const spots = labelSpots(100, 50, 10, 40, 16);
    expect(spots[0]).toEqual({ x: 111, y: 42, w: 40, h: 16 });
    expect(spots[1]).toEqual({ x: 49, y: 42, w: 40, h: 16 });
    expect(spots[2]!.y).toBeGreaterThan(60);
    expect(spots[3]!.y + 16).toBeLessThan(40);
    expect(spots.filter((spot) => overlap(spot, discBox(100, 50, 10)))).toEqual([]);
    expect(new Set(spots.map((s) => `${s.x},${s.y}`)).size).toBe(8);
  });

  it("gives each label the first spot free of earlier labels and of actors", () => {
    const actors = [discBox(160, 50, 8)];
    let asked = 0;
    const placer = new LabelPlacer(() => (asked++, { obstacles: actors }));
    // Right of the first actor runs into the second: left it goes.
    const first = placer.place(labelSpots(100, 50, 10, 60, 16));
    expect(first).toEqual(labelSpots(100, 50, 10, 60, 16)[1]);
    // The same spots again: both sides are taken now, so below.
    expect(placer.place(labelSpots(100, 50, 10, 60, 16))).toEqual(labelSpots(100, 50, 10, 60, 16)[2]);
    expect(placer.boxes()).toHaveLength(2);
    expect(asked).toBe(1);
  });

  it("keeps labels inside the canvas", () => {
    const placer = new LabelPlacer(() => ({ obstacles: [], area: { x: 0, y: 0, w: 200, h: 100 } }));
    // At the right edge: the right spot would leave the canvas, so the label goes left.
    const spots = labelSpots(190, 50, 5, 40, 14);
    expect(placer.place(spots)).toEqual(spots[1]);
    // In a corner too small for any spot: none, unless forced.
    expect(placer.place(labelSpots(2, 2, 2, 300, 14))).toBeUndefined();
  });

  it("skips a label with no free spot, unless it is forced, which takes the first", () => {
    const placer = new LabelPlacer(() => ({ obstacles: [{ x: -1000, y: -1000, w: 2000, h: 2000 }] }));
    const spots = labelSpots(0, 0, 5, 30, 14);
    expect(placer.place(spots)).toBeUndefined();
    expect(placer.boxes()).toEqual([]);
    expect(placer.place(spots, true)).toEqual(spots[0]);
    expect(placer.boxes()).toEqual([spots[0]]);
  });
});
