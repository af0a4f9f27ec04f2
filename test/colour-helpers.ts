/**
 * Colour maths for the tests that check the shipped colours (chart series, report categories):
 * WCAG 2.1 contrast, simulated colour-vision deficiency and the CIEDE2000 colour difference.
 */
import assert from 'node:assert/strict';

type Rgb = [number, number, number];

/** The linear-light RGB of a `#rrggbb` or `#rgb` colour (sRGB decoding, each channel 0-1). */
export function linearRgb(colour: string): Rgb {
  assert.match(colour, /^#([0-9a-f]{3}){1,2}$/i, `not a #rrggbb colour: ${colour}`);
  const hex = colour.length === 4 ? colour.replace(/[0-9a-f]/gi, (d) => d + d) : colour;
  return [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

/** WCAG 2.1 relative luminance of a `#rrggbb` or `#rgb` colour. */
export function luminance(colour: string): number {
  const [r, g, b] = linearRgb(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The ways of seeing that {@link labIn} simulates. */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/**
 * Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", severity 1.0: matrices on linear RGB.
 */
const MACHADO: Record<Exclude<Vision, 'normal'>, readonly Rgb[]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** A linear RGB colour as one with the deficiency sees it (clipped to the gamut), or unchanged. */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  return MACHADO[vision].map(([r, g, b]) => Math.min(1, Math.max(0, r * rgb[0] + g * rgb[1] + b * rgb[2]))) as Rgb;
}

/** CIELAB (D65) of a linear RGB colour. */
export function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIELAB of a `#rrggbb` colour as seen with `vision`. */
export function labIn(colour: string, vision: Vision): Rgb {
  return lab(simulate(linearRgb(colour), vision));
}

/** The CIEDE2000 colour difference of two CIELAB colours (Sharma, Wu and Dalal 2005). */
export function ciede2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const cMean = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (b: number, a: number): number => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(b1, a1p), hue(b2, a2p)];
  let dh = 0;
  if (c1 * c2 !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const lMean = (l1 + l2) / 2;
  const cpMean = (c1 + c2) / 2;
  let hMean = h1 + h2;
  if (c1 * c2 !== 0) hMean = (Math.abs(h1 - h2) > 180 ? hMean + (hMean < 360 ? 360 : -360) : hMean) / 2;
  const t = 1 - 0.17 * Math.cos((hMean - 30) * rad) + 0.24 * Math.cos(2 * hMean * rad) + 0.32 * Math.cos((3 * hMean + 6) * rad) - 0.2 * Math.cos((4 * hMean - 63) * rad);
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sC = 1 + 0.045 * cpMean;
  const sH = 1 + 0.015 * cpMean * t;
  const rT = -Math.sin(2 * 30 * Math.exp(-(((hMean - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
  const [dl, dc, dhh] = [(l2 - l1) / sL, (c2 - c1) / sC, dH / sH];
  return Math.sqrt(dl ** 2 + dc ** 2 + dhh ** 2 + rT * dc * dhh);
}

/** The closest pair of `colours` as seen with `vision`: their CIEDE2000 difference and indexes. */
export function closestPair(colours: readonly string[], vision: Vision): { difference: number; a: number; b: number } {
  const labs = colours.map((c) => labIn(c, vision));
  let best = { difference: Infinity, a: -1, b: -1 };
  for (let a = 0; a < labs.length; a++) {
    for (let b = a + 1; b < labs.length; b++) {
      const difference = ciede2000(labs[a], labs[b]);
      if (difference < best.difference) best = { difference, a, b };
    }
  }
  return best;
}
