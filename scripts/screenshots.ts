/**
 * Takes the screenshot of the HTML report that the README shows (docs/report.png): the example
 * op-ed with its hand-built analysis (test/golden/cases.ts), a highlight hovered. Needs chromium
 * (installed by scripts/ensure-chromium.sh when missing). Run `node --import tsx scripts/screenshots.ts`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { goldenCases, repoRoot } from '../test/golden/cases.js';
import { ensureChromium, launchChromium } from '../test/golden/chromium.js';
import { renderHtml } from '../src/render/index.js';

const missing = ensureChromium();
if (missing !== undefined) {
  console.error(`screenshots: ${missing}`);
  process.exit(1);
}
const c = goldenCases().find((x) => x.name === 'town-bypass')!;
const dir = mkdtempSync(path.join(tmpdir(), 'slant-shot-'));
const file = path.join(dir, 'report.html');
writeFileSync(file, renderHtml(c.analysis, c.article.text));
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.goto(pathToFileURL(file).href);
  await page.locator('mark[aria-label^="Guilt by association"]').first().hover();
  const out = path.join(repoRoot, 'docs/report.png');
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`screenshots: wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
