/** A rectangle on screen, in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Pixels between an actor's disc and its label's box. */
const GAP = 1;

/**
 * Where a label box of `w` × `h` may go around an actor drawn as a disc of radius `r` at (x, y), best
 * first: to the right (where sigma puts it), to the left, centred below and above, then below and above
 * starting or ending at the actor. None touches the disc.
 */
export function labelSpots(x: number, y: number, r: number, w: number, h: number): Box[] {
  const [below, above] = [y + r + GAP, y - r - GAP - h];
  return [
    { x: x + r + GAP, y: y - h / 2, w, h },
    { x: x - r - GAP - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: below, w, h },
    { x: x - w / 2, y: above, w, h },
    { x, y: below, w, h },
    { x: x - w, y: below, w, h },
    { x, y: above, w, h },
    { x: x - w, y: above, w, h },
  ];
}

/** The box a disc of radius `r` at (x, y) covers. */
export const discBox = (x: number, y: number, r: number): Box => ({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });

/** Whether `box` lies wholly inside `area`. */
export const inside = (box: Box, area: Box): boolean => box.x >= area.x && box.y >= area.y && box.x + box.w <= area.x + area.w && box.y + box.h <= area.y + area.h;

/** What labels keep off (actors' discs) and, when given, the area they must stay in (the canvas). */
export interface Surroundings {
  obstacles: Box[];
  area?: Box;
}

/**
 * The labels of one drawing, kept off each other, off the actors and inside the canvas (`surroundings`,
 * asked for once, when the first label is placed: by then the renderer knows where the actors are).
 * A label that no spot fits is still drawn when forced.
 */
export class LabelPlacer {
  private readonly placed: Box[] = [];
  private known?: Surroundings;

  constructor(private readonly surroundings: () => Surroundings = () => ({ obstacles: [] })) {}

  /** The first free spot, now taken; when none is free, the first spot if `forced`, else undefined. */
  place(spots: Box[], forced = false): Box | undefined {
    const { obstacles, area } = (this.known ??= this.surroundings());
    const free = spots.find((spot) => (!area || inside(spot, area)) && !this.placed.some((p) => overlap(spot, p)) && !obstacles.some((b) => overlap(spot, b)));
    const chosen = free ?? (forced ? spots[0] : undefined);
    if (chosen) this.placed.push(chosen);
    return chosen;
  }

  /** Every label box placed so far. */
  boxes(): readonly Box[] {
    return this.placed;
  }
}
