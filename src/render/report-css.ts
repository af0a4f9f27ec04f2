/**
 * The report's style sheet, shared by the HTML file and the web page. One colour per technique
 * category (`c-<Category>` classes); no external fonts or images; a print layout. Colours are
 * custom properties: light, or dark on a screen whose reader's system asks for it
 * (`prefers-color-scheme`); print always takes the light ones, for paper. The dark theme also
 * colours the page behind a report file (`:root`), as the web page's own background (app.css `--bg`).
 */

/**
 * Highlight background and accent colour of each category, light and dark: `[category, light, dark]`.
 * The light ones stay apart when seen with protanopia, deuteranopia or tritanopia, and keep their
 * text and accent contrast (every accent 3:1 on the page and on its own background):
 * test/report-colours.test.ts measures both.
 */
const COLOURS: readonly [string, readonly [string, string], readonly [string, string]][] = [
  ['Attack_on_Reputation', ['#ffc4c4', '#bd001b'], ['#7a2638', '#ff8787']],
  ['Justification', ['#a5d9ff', '#24629e'], ['#2c3853', '#74c0fc']],
  ['Simplification', ['#ffdaa9', '#ca4f16'], ['#512f13', '#ffa94d']],
  ['Distraction', ['#f1e4ff', '#633df6'], ['#4d3f83', '#b197fc']],
  ['Call', ['#c1ffcc', '#2d8749'], ['#275142', '#69db7c']],
  ['Manipulative_Wording', ['#ffffa3', '#e07400'], ['#594800', '#ffd43b']],
];

/** The custom properties of each category in one theme (`--slant-bg-<Category>`, `--slant-fg-<Category>`). */
function categoryVariables(theme: 1 | 2): string {
  return COLOURS.map((c) => `--slant-bg-${c[0]}:${c[theme][0]};--slant-fg-${c[0]}:${c[theme][1]}`).join(';');
}

const categoryRules = COLOURS.map(
  ([c]) => `.slant-report .c-${c}{background:var(--slant-bg-${c});--slant-accent:var(--slant-fg-${c})}\n.slant-report .slant-swatch.c-${c}{background:var(--slant-fg-${c})}`,
).join('\n');

/** The CSS of the report view. */
export const REPORT_CSS = `
.slant-report{--slant-ink:#1d1d1f;--slant-mute:#5c5f66;--slant-line:#dcdfe4;--slant-bg:#fff;--slant-score:#4f5258;--slant-warn:#8a5a00;--slant-warn-bg:#fff8e1;--slant-shadow:rgba(0,0,0,.15);${categoryVariables(1)};color:var(--slant-ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:78rem;margin:0 auto;padding:1.5rem}
.slant-skip{position:absolute;left:-999rem}
.slant-skip:focus{position:static;display:inline-block;margin-bottom:.5rem}
.slant-report h1{font-size:1.6rem;line-height:1.25;margin:0 0 .4rem;overflow-wrap:anywhere}
.slant-report h2{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:var(--slant-mute);margin:0 0 .5rem}
.slant-meta{color:var(--slant-mute);font-size:.85rem;margin:0 0 1rem;overflow-wrap:anywhere}
.slant-meta a{color:inherit}
.slant-warnings{overflow-wrap:anywhere;font-size:.85rem;color:var(--slant-warn);background:var(--slant-warn-bg);border-radius:6px;padding:.4rem .6rem .4rem 1.6rem}
.slant-layout{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:2rem;align-items:start}
.slant-par{display:grid;grid-template-columns:2.2rem minmax(0,1fr);gap:.4rem;margin:0 0 1rem}
.slant-pn{font-size:.75rem;color:var(--slant-mute);text-align:right;padding-top:.3rem;font-variant-numeric:tabular-nums}
.slant-has .slant-pn{color:var(--slant-ink);font-weight:700}
.slant-text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.slant-hl{color:inherit;border-radius:3px;padding:.05em 0;cursor:help;box-shadow:inset 0 -2px 0 var(--slant-accent)}
.slant-hl.slant-multi{box-shadow:inset 0 -2px 0 var(--slant-accent),inset 0 -4px 0 var(--slant-bg),inset 0 -6px 0 var(--slant-accent)}
.slant-hl:focus{outline:2px solid var(--slant-accent);outline-offset:1px}
.slant-hl.slant-off{background:none;box-shadow:none;cursor:text}
.slant-chips{list-style:none;margin:.35rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}
.slant-chip{font-size:.75rem;border-radius:999px;padding:.05rem .55rem;border:1px solid var(--slant-accent)}
.slant-chip-score{font-variant-numeric:tabular-nums;color:var(--slant-score)}
.slant-chip.slant-hidden{display:none}
.slant-side{position:sticky;top:1rem;display:flex;flex-direction:column;gap:1rem;font-size:.9rem;min-width:0;overflow-wrap:anywhere}
.slant-box{border:1px solid var(--slant-line);border-radius:8px;padding:.75rem .9rem}
.slant-none{margin:0;color:var(--slant-mute)}
.slant-why{margin:.3rem 0 0;font-size:.85em;color:var(--slant-mute)}
.slant-why-name{font-weight:600}
.slant-bars{list-style:none;margin:0;padding:0}
.slant-bars li{display:grid;grid-template-columns:minmax(0,1fr) 5rem 2.6rem;gap:.4rem;align-items:center}
.slant-bars meter{width:100%}
.slant-bar-score,.slant-count{font-variant-numeric:tabular-nums;color:var(--slant-mute)}
.slant-bar-score{text-align:right}
.slant-cats{list-style:none;margin:0;padding:0}
.slant-cat ul{margin:.1rem 0 .4rem 1.6rem;padding:0;font-size:.85rem;list-style:none}
.slant-def summary{cursor:pointer}
.slant-def p{margin:.15rem 0 .35rem;color:var(--slant-mute)}
.slant-swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-1px}
.slant-slider{display:flex;gap:.5rem;align-items:center;margin-top:.6rem;white-space:nowrap}
.slant-slider input{flex:1;min-width:3rem}
.slant-score-out{flex:none;min-width:2.6em;font-variant-numeric:tabular-nums}
.slant-tip{position:absolute;z-index:10;max-width:min(24rem,calc(100vw - 16px));box-sizing:border-box;overflow-wrap:anywhere;background:var(--slant-bg);border:1px solid var(--slant-line);border-radius:8px;box-shadow:0 6px 24px var(--slant-shadow);padding:.6rem .8rem;font-size:.85rem;line-height:1.45}
.slant-tip[hidden]{display:none}
.slant-tip-item+.slant-tip-item{border-top:1px solid var(--slant-line);margin-top:.5rem;padding-top:.5rem}
.slant-tip-name{font-weight:700}
.slant-tip-cat{display:inline-block;border-radius:999px;padding:0 .45rem;margin-left:.35rem;font-size:.75rem}
.slant-tip p{margin:.25rem 0 0}
.slant-tip-why{color:var(--slant-mute)}
${categoryRules}
@media screen and (prefers-color-scheme:dark){
:root{color-scheme:dark;background:#131417}
.slant-report{--slant-ink:#e6e8eb;--slant-mute:#a7acb4;--slant-line:#383c43;--slant-bg:#1c1e22;--slant-score:#c3c6cc;--slant-warn:#f3c46b;--slant-warn-bg:#33290f;--slant-shadow:rgba(0,0,0,.5);${categoryVariables(2)}}
}
@media (max-width:52rem){.slant-layout{grid-template-columns:minmax(0,1fr)}.slant-side{position:static}}
@media print{
.slant-report{max-width:none;padding:0;font-size:11pt}
.slant-layout{display:block}
.slant-side{position:static;flex-direction:row;flex-wrap:wrap;margin-top:1rem;break-inside:avoid}
.slant-slider,.slant-cat-filter,.slant-tip{display:none}
.slant-def summary{list-style:none}
.slant-def summary::-webkit-details-marker{display:none}
.slant-par{break-inside:avoid}
.slant-report *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.slant-meta a{text-decoration:none}
}
`.trim();
