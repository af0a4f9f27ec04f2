/**
 * The report's light category colours (report-css.ts; the HTML reports, the web page and print use
 * them): text contrast on each highlight background (WCAG 2.1 1.4.3/1.4.6), the accents' contrast
 * (1.4.11: underline, chip border, swatch, focus ring), and that the six backgrounds and the six
 * accents stay apart when seen with protanopia, deuteranopia or tritanopia (Machado et al. 2009,
 * severity 1), measured as the smallest CIEDE2000 difference between two of them. The category is
 * also named in the chip and the explanation, so colour is never the only cue; this keeps it a
 * usable one. Computed from the style sheet that ships.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORT_CSS } from '../src/render/report-css.js';
import { CATEGORIES } from '../src/labels.js';
import { VISIONS, ciede2000, closestPair, contrast, linearRgb, simulate } from './colour-helpers.js';

/** The custom properties of the light theme (the first `.slant-report` rule, outside any media query). */
const light = ((): Map<string, string> => {
  const body = /^\.slant-report\{([^}]*)\}/m.exec(REPORT_CSS)?.[1];
  assert.ok(body !== undefined, 'no light .slant-report rule');
  return new Map([...body.matchAll(/(--[\w-]+):([^;}]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));
})();

function variable(name: string): string {
  const value = light.get(name);
  assert.ok(value !== undefined, `${name} is not set in the light theme`);
  return value;
}

const backgrounds = CATEGORIES.map((c) => variable(`--slant-bg-${c}`));
const accents = CATEGORIES.map((c) => variable(`--slant-fg-${c}`));
const page = variable('--slant-bg');

/**
 * The smallest CIEDE2000 difference between two of the six, with each way of seeing. Shipped:
 * backgrounds 15.8 normal, 6.2 protanopia, 6.2 deuteranopia, 6.1 tritanopia; accents 13.7,
 * 9.4, 9.4, 10.0. The colours before had backgrounds 3.2 apart with protanopia (Justification
 * and Distraction), accents 5.2 with deuteranopia. The backgrounds must be pale for the text
 * contrast, which leaves little room: a search that kept each hue found about 7 at best, with a
 * paler pink, lilac and mint, and 10 only by giving up the hues. The accents gave up 0.6 (10.0
 * with an amber of 2.55:1 on its yellow) so that every accent has 3:1 on its own background: an
 * amber dark enough for that comes close to Simplification's orange and Call's green, which a
 * search over the amber, its yellow and the orange held at 9.4.
 */
const MIN_DIFFERENCE = { backgrounds: 6, accents: 9.3 };

test('ciede2000: the published test pairs (Sharma, Wu and Dalal 2005)', () => {
  const pairs: [[number, number, number], [number, number, number], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  ];
  for (const [a, b, expected] of pairs) {
    assert.equal(ciede2000(a, b).toFixed(4), expected.toFixed(4));
    assert.equal(ciede2000(b, a).toFixed(4), expected.toFixed(4));
  }
});

test('simulate: greys stay grey; red and green come together with protanopia and deuteranopia, not tritanopia', () => {
  for (const vision of VISIONS) {
    for (const grey of [0, 0.2, 1]) for (const c of simulate([grey, grey, grey], vision)) assert.ok(Math.abs(c - grey) < 0.002, `${vision}: ${grey}`);
  }
  const apart = (vision: (typeof VISIONS)[number]): number => closestPair(['#d03030', '#30a030'], vision).difference;
  assert.ok(apart('protanopia') < apart('normal') / 2 && apart('deuteranopia') < apart('normal') / 2);
  assert.ok(apart('tritanopia') > apart('normal') / 2);
  assert.deepEqual(linearRgb('#fff'), [1, 1, 1]);
});

test('report colours (light): body text has 7:1 and the chip score 5.2:1 on every highlight background', () => {
  const ink = variable('--slant-ink');
  const score = variable('--slant-score');
  CATEGORIES.forEach((c, i) => {
    const text = contrast(ink, backgrounds[i]!);
    assert.ok(text >= 7, `${c}: ink ${ink} on ${backgrounds[i]}: ${text.toFixed(3)}:1`);
    const chip = contrast(score, backgrounds[i]!);
    assert.ok(chip >= 5.2, `${c}: score ${score} on ${backgrounds[i]}: ${chip.toFixed(3)}:1`);
  });
});

test('report colours (light): every accent has 3:1 against the page and against its own highlight background', () => {
  CATEGORIES.forEach((c, i) => {
    const onPage = contrast(accents[i]!, page);
    assert.ok(onPage >= 3, `${c}: accent ${accents[i]} on the page ${page}: ${onPage.toFixed(3)}:1`);
    const onOwn = contrast(accents[i]!, backgrounds[i]!);
    assert.ok(onOwn >= 3, `${c}: accent ${accents[i]} on ${backgrounds[i]}: ${onOwn.toFixed(3)}:1`);
  });
});

for (const [what, colours] of [['backgrounds', backgrounds], ['accents', accents]] as const) {
  test(`report colours (light): the six ${what} stay apart with normal vision, protanopia, deuteranopia and tritanopia`, () => {
    for (const vision of VISIONS) {
      const { difference, a, b } = closestPair(colours, vision);
      assert.ok(
        difference >= MIN_DIFFERENCE[what],
        `${vision}: ${CATEGORIES[a]} ${colours[a]} and ${CATEGORIES[b]} ${colours[b]} are ${difference.toFixed(2)} apart (CIEDE2000; needs ${MIN_DIFFERENCE[what]})`,
      );
    }
  });
}
