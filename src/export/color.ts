// Pure CSS colour parsing for formats that need channels (GEXF viz:color) rather than a CSS string.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** Alpha in [0, 1]; absent when the colour is opaque by construction. */
  a?: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9]*\.?[0-9]+)\s*)?\)$/i;

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()` and `rgba()`; anything else gives undefined. */
export function parseColor(value: string | undefined): Rgba | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) {
    let digits = hex[1]!;
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join("");
    const channel = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    const rgba: Rgba = { r: channel(0), g: channel(2), b: channel(4) };
    if (digits.length === 8) rgba.a = round3(channel(6) / 255);
    return rgba;
  }
  const rgb = RGB.exec(text);
  if (rgb) {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    if (r > 255 || g > 255 || b > 255) return undefined;
    const rgba: Rgba = { r, g, b };
    if (rgb[4] !== undefined) {
      const a = Number(rgb[4]);
      if (a > 1) return undefined;
      rgba.a = a;
    }
    return rgba;
  }
  return undefined;
}

/** `#RRGGBB` (or `#RRGGBBAA` when translucent), the form the palette uses. */
export function toHex({ r, g, b, a }: Rgba): string {
  const hex = (n: number) => n.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(r)}${hex(g)}${hex(b)}${a === undefined || a === 1 ? "" : hex(Math.round(a * 255))}`;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
