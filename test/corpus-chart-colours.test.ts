/**
 * The corpus charts' series colours (bars, lines, legend swatches) against the chart's background
 * in each theme: the card (app.css `--surface`) and the bar track (corpus.css `--track`). WCAG 2.1
 * 1.4.11 asks 3:1 for graphics needed to understand the content; the ratio is computed here from
 * the CSS the page ships. The borders of buttons, fields and the drop zone get the same 3:1 check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { colourOf, OTHER, SERIES_COLOURS } from '../web/src/corpus/chart-data.js';
import { repoRoot } from './golden/cases.js';
import { contrast } from './colour-helpers.js';

type Theme = 'light' | 'dark';
const DARK = '@media screen and (prefers-color-scheme:dark){:root{';

/** The custom properties a style sheet sets on `:root`, light (outside any media query) and dark. */
function themeVariables(file: string): Record<Theme, Map<string, string>> {
  const css = readFileSync(path.join(repoRoot, file), 'utf8');
  const block = (at: number): Map<string, string> => {
    assert.ok(at >= 0, `${file}: no :root block`);
    const body = css.slice(at, css.indexOf('}', at));
    return new Map([...body.matchAll(/(--[\w-]+):([^;}]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));
  };
  const dark = css.indexOf(DARK);
  assert.ok(dark >= 0, `${file}: no dark theme`);
  return { light: block(css.search(/^:root\{/m) + ':root{'.length), dark: block(dark + DARK.length) };
}

const page = themeVariables('web/src/app.css');
const charts = themeVariables('web/src/corpus/corpus.css');
const names = [...Array.from({ length: SERIES_COLOURS }, (_, i) => `--series-${i}`), '--series-other'];

test('contrast: the WCAG ratio of known pairs', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(contrast('#fff', '#ffffff'), 1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`chart colours (${theme}): every series colour has 3:1 contrast with the card and the bar track`, () => {
    const backgrounds = { card: page[theme].get('--surface'), track: charts[theme].get('--track') };
    for (const name of names) {
      const colour = charts[theme].get(name);
      assert.ok(colour !== undefined, `${name} is not set in the ${theme} theme`);
      for (const [where, background] of Object.entries(backgrounds)) {
        assert.ok(background !== undefined, `no ${where} colour in the ${theme} theme`);
        const ratio = contrast(colour, background);
        assert.ok(ratio >= 3, `${theme} ${name} ${colour} on the ${where} ${background}: ${ratio.toFixed(2)}:1`);
      }
    }
  });

  test(`chart colours (${theme}): the series colours are all different`, () => {
    const colours = names.map((n) => charts[theme].get(n)!.toLowerCase());
    assert.equal(new Set(colours).size, colours.length);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`control borders (${theme}): buttons, fields and the drop zone have 3:1 contrast with the card and the page`, () => {
    for (const border of ['--control', '--field']) {
      for (const background of ['--surface', '--bg']) {
        const ratio = contrast(page[theme].get(border)!, page[theme].get(background)!);
        assert.ok(ratio >= 3, `${theme} ${border} on ${background}: ${ratio.toFixed(2)}:1`);
      }
    }
  });
}

test('colourOf names only colours the style sheet sets, "Other" its own', () => {
  const series = [...Array.from({ length: SERIES_COLOURS + 2 }, (_, i) => `Label_${i}`), OTHER];
  const used = series.map((_, i) => colourOf(series, i));
  for (const value of used) {
    const name = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
    assert.ok(name !== undefined && names.includes(name), `${value} is not a series colour`);
  }
  assert.equal(used[used.length - 1], 'var(--series-other)');
  assert.equal(new Set(used.slice(0, SERIES_COLOURS)).size, SERIES_COLOURS);
});
