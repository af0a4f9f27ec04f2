/**
 * The HTML report in headless Chromium (Debian's, installed by scripts/ensure-chromium.sh when
 * missing; skipped with the reason when it cannot be): hovering a highlight shows its technique,
 * definition, score and evidence; keyboard focus does too; the filters hide highlights; and a
 * hostile article (`<script>`, `<img onerror>`, `javascript:` URL) runs nothing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { goldenCases } from './golden/cases.js';
import { axeViolations } from './golden/axe.js';
import { ensureChromium, launchChromium, type Browser } from './golden/chromium.js';
import { collectHighlights, renderHtml } from '../src/render/index.js';

const missing = ensureChromium();
if (missing !== undefined) console.log(`browser tests skipped: ${missing}`);
const skip = missing !== undefined && `chromium unavailable: ${missing}`;

let dir = '';
let browser: Browser | undefined;
const reports: Record<string, string> = {};

before(async () => {
  if (skip) return;
  dir = mkdtempSync(path.join(tmpdir(), 'slant-browser-'));
  for (const c of goldenCases()) {
    const file = path.join(dir, `${c.name}.html`);
    writeFileSync(file, renderHtml(c.analysis, c.article.text));
    reports[c.name] = pathToFileURL(file).href;
  }
  // The first case with spans, its first span scored far above its paragraph finding (0.95 against the finding's own).
  const c = goldenCases().find((x) => (x.analysis.spans ?? []).length > 0)!;
  const spans = c.analysis.spans!.map((x, i) => (i === 0 ? { ...x, score: 0.95 } : x));
  const file = path.join(dir, 'span-above-finding.html');
  writeFileSync(file, renderHtml({ ...c.analysis, spans }, c.article.text));
  reports['span-above-finding'] = pathToFileURL(file).href;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

test('browser: hovering a highlight shows technique, definition, score and evidence', { skip }, async () => {
  const page = await browser!.context.newPage();
  await page.goto(reports['town-bypass']!);
  const tip = page.locator('#slant-tip');
  assert.equal(await tip.isVisible(), false);
  await page.locator('mark[aria-label^="Appeal to authority"]').hover();
  assert.equal(await tip.isVisible(), true);
  const text = await tip.innerText();
  assert.match(text, /Appeal to authority/);
  assert.match(text, /Justification/);
  assert.match(text, /Score 0\.58/);
  assert.match(text, /Claims something is true mainly because an authority/);
  assert.match(text, /Why: “According to Dr\. Helen Marsh” \(100%\)/);
  await page.close();
});

test('browser: a highlight near the bottom of the window opens its explanation above it, inside the window', { skip }, async () => {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(reports['town-bypass']!);
  const mark = page.locator('mark[aria-label^="Appeal to authority"]');
  // Scroll so the highlight sits near the bottom edge, then hover it.
  await mark.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().bottom - window.innerHeight + 12));
  await mark.hover();
  const box = (await page.locator('#slant-tip').boundingBox())!;
  const at = (await mark.boundingBox())!;
  assert.ok(box.y + box.height <= 600, `tip ends at ${box.y + box.height}, past the window's 600`);
  assert.ok(box.y + box.height <= at.y, 'the tip is above the highlight');
  await page.close();
});

test('browser: keyboard focus shows the explanation and Escape hides it', { skip }, async () => {
  const page = await browser!.context.newPage();
  await page.goto(reports['town-bypass']!);
  // The skip link, the article's link, then the first highlight.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const focused = String(await page.evaluate('document.activeElement && document.activeElement.className'));
  assert.match(focused, /slant-hl/);
  assert.equal(await page.locator('#slant-tip').isVisible(), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#slant-tip').isVisible(), false);
  await page.close();
});

test('browser: category filter and score slider switch highlights off', { skip }, async () => {
  const page = await browser!.context.newPage();
  await page.goto(reports['town-bypass']!);
  const on = (): Promise<number> => page.locator('mark.slant-hl:not(.slant-off)').count();
  const all = await on();
  await page.locator('.slant-cat-filter[value="Call"]').uncheck();
  const withoutCall = await on();
  assert.ok(withoutCall < all && withoutCall > 0);
  await page.locator('.slant-score').fill('0.9');
  assert.equal(await on(), 0);
  // The counts beside the filters follow the slider: the findings it lets through.
  const counts = (): Promise<string[]> => page.locator('.slant-count').allInnerTexts();
  assert.ok((await counts()).every((c) => c === '0'), (await counts()).join(' '));
  await page.locator('.slant-score').fill('0');
  const back = await counts();
  assert.ok(back.some((c) => c !== '0'));
  const total = Number(await page.locator('.slant-count[data-category="Justification"]').innerText());
  const parts = await page.locator('.slant-count[data-label]').evaluateAll((xs) => xs.filter((x) => x.closest('.slant-cat')?.querySelector('.slant-cat-filter')?.getAttribute('value') === 'Justification').map((x) => Number(x.textContent)));
  assert.equal(parts.reduce((a, b) => a + b, 0), total);
  await page.close();
});

test('browser: the score slider hides a span with its paragraph finding, as --min-score does, whatever the span scores', { skip }, async () => {
  const page = await browser!.context.newPage();
  await page.goto(reports['span-above-finding']!);
  const c = goldenCases().find((x) => (x.analysis.spans ?? []).length > 0)!;
  const first = c.analysis.spans![0]!;
  const n = c.analysis.article.paragraphs.find((p) => p.start <= first.start && first.start < p.end)!.n;
  const finding = c.analysis.paragraphs.find((p) => p.n === n)!.techniques!.find((t) => t.label === first.label)!;
  assert.ok(finding.score < 0.9, 'the fixture finding scores under the slider value below');
  const spans = c.analysis.spans!.map((x, i) => (i === 0 ? { ...x, score: 0.95 } : x));
  const index = collectHighlights({ ...c.analysis, spans }).findIndex((h) => h.label === first.label && h.start === first.start && h.end === first.end);
  const marks = page.locator(`mark.slant-hl[data-h~="${index}"]`);
  const off = (): Promise<boolean[]> => marks.evaluateAll((ms) => ms.map((m) => m.classList.contains('slant-off')));
  assert.ok((await off()).length > 0 && (await off()).every((x) => !x));
  // Its explanation names both scores: the span tagger's, and its paragraph finding's (the chip's).
  await marks.first().hover();
  assert.match(await page.locator('#slant-tip').innerText(), new RegExp(`Span score 0\\.95 · paragraph score ${finding.score.toFixed(2).replace('.', '\\.')}`));
  await page.locator('.slant-score').fill('0.9');
  assert.ok((await off()).every((x) => x));
  await page.close();
});

test('browser: a hostile article runs nothing', { skip }, async () => {
  const page = await browser!.context.newPage();
  const events: string[] = [];
  page.on('dialog', (d) => {
    events.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => events.push(`console ${m.type()} ${m.text()}`));
  page.on('pageerror', (e) => events.push(`pageerror ${e.message}`));
  await page.goto(reports['hostile-markup']!);
  await page.locator('mark.slant-hl').first().hover();
  await page.waitForTimeout(200);
  const pwned = await page.evaluate('window.__slantPwned');
  assert.equal(pwned, undefined);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('script:not([type])').count(), 1);
  assert.equal(await page.title(), 'Night <script>window.__slantPwned = 3</script> Market · slant');
  assert.match(await page.locator('#slant-tip').innerText(), /Appeal to fear/);
  assert.deepEqual(events, []);
  await page.close();
});

test('browser: a long unbroken word in the evidence or the title does not widen a phone screen', { skip }, async () => {
  const c = goldenCases().find((g) => g.name === 'town-bypass')!;
  const long = `https://example.org/story.php?ref=${'AbC9'.repeat(40)}`;
  const analysis = structuredClone(c.analysis);
  analysis.article.title = long;
  const frame = analysis.frames!.find((f) => f.evidence.length > 0)!;
  frame.evidence[0]!.text = long;
  const file = path.join(dir, 'long-word.html');
  writeFileSync(file, renderHtml(analysis, c.article.text));
  const page = await browser!.context.newPage();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pathToFileURL(file).href);
    assert.ok((await page.evaluate('document.documentElement.scrollWidth')) as number <= width, `scrolls sideways at ${width} px`);
  }
  await page.close();
});

test('browser: the first Tab offers a skip past the highlights to the summary and filters', { skip }, async () => {
  const page = await browser!.context.newPage();
  await page.goto(reports['town-bypass']!);
  const url = page.url();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate('document.activeElement.textContent'), 'Skip to the summary and filters');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate('document.activeElement.id'), 'slant-side');
  assert.equal(page.url(), url);
  await page.keyboard.press('Tab');
  assert.match(String(await page.evaluate('document.activeElement.closest(".slant-side") !== null')), /true/);
  await page.close();
});

test('browser: the reports meet WCAG 2.1 AA (axe-core), hovered and filtered; every score bar is named; a tooltip can be hovered and closed from anywhere', { skip }, async () => {
  for (const name of Object.keys(reports)) {
    const page = await browser!.context.newPage();
    await page.goto(reports[name]!);
    assert.deepEqual(await axeViolations(page), [], name);
    const marks = page.locator('mark.slant-hl');
    if ((await marks.count()) > 0) {
      await marks.first().hover();
      assert.deepEqual(await axeViolations(page), [], `${name}, hovered`);
    }
    const unnamed = await page.locator('meter:not([aria-label])').count();
    assert.equal(unnamed, 0, `${name}: score bars without a name`);
    await page.close();
  }
  const page = await browser!.context.newPage();
  await page.goto(reports['town-bypass']!);
  const mark = page.locator('mark[aria-label^="Appeal to authority"]');
  const tip = page.locator('#slant-tip');
  await mark.hover();
  // The pointer crosses to the tooltip (WCAG 1.4.13: hoverable) and it stays.
  const box = (await tip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(400);
  assert.equal(await tip.isVisible(), true, 'the tooltip stays under the pointer');
  // Escape closes it though the focus is not in the report (dismissible).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false);
  // Moving across highlights leaves only the one shown described by the tooltip, and none once it hides.
  const all = page.locator('mark.slant-hl');
  for (let i = 0; i < 4; i++) await all.nth(i).hover();
  assert.equal(await page.locator('mark[aria-describedby]').count(), 1);
  await page.mouse.move(2, 2);
  await page.waitForTimeout(450);
  assert.equal(await page.locator('mark[aria-describedby]').count(), 0);
  // A report taken away ('slant-detach', as the web page sends) lets go of its Escape listener.
  await mark.hover();
  await page.locator('.slant-report').evaluate((r) => r.dispatchEvent(new Event('slant-detach')));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), true, 'the detached report no longer hears Escape');
  await page.mouse.move(2, 2);
  // A technique's definition opens from its name in the summary, by keyboard.
  const def = page.locator('.slant-def', { hasText: 'Appeal to authority' });
  assert.equal(await def.locator('p').isVisible(), false);
  await def.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.match(await def.locator('p').innerText(), /Claims something is true mainly because an authority/);
  await page.close();
});

test('browser: in the dark theme the reports meet WCAG 2.1 AA (axe-core), hovered, with a definition open; print stays light', { skip }, async () => {
  for (const name of Object.keys(reports)) {
    const page = await browser!.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(reports[name]!);
    const [canvas, ink] = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector('.slant-report')!).color]);
    assert.deepEqual([canvas, ink], ['rgb(19, 20, 23)', 'rgb(230, 232, 235)'], `${name}: the dark theme is on`);
    assert.deepEqual(await axeViolations(page), [], `${name}, dark`);
    const marks = page.locator('mark.slant-hl');
    if ((await marks.count()) > 0) {
      await marks.first().hover();
      assert.deepEqual(await axeViolations(page), [], `${name}, dark, hovered`);
      await page.locator('.slant-def summary').first().click();
      assert.deepEqual(await axeViolations(page), [], `${name}, dark, a definition open`);
    }
    await page.close();
  }
  const page = await browser!.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto(reports['town-bypass']!);
  const printed = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector('.slant-report')!).color, getComputedStyle(document.querySelector('mark.c-Justification')!).backgroundColor]);
  assert.deepEqual(printed, ['rgba(0, 0, 0, 0)', 'rgb(29, 29, 31)', 'rgb(165, 217, 255)'], 'printed light');
  await page.close();
});
