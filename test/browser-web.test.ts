/**
 * The web page in headless Chromium (Debian's; skipped with the reason when it cannot be
 * installed), served by a real `slant serve` on a loopback port from a fresh Vite build: paste the
 * example article, see the result, hover a highlight, filter, download JSON and the HTML report,
 * read a dropped file, show errors, fit a phone screen; hostile articles run nothing. Analyses
 * with findings are hand-built (test/golden/cases.ts) and answered through Playwright's routing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { goldenCases, repoRoot, type GoldenCase } from './golden/cases.js';
import { axeViolations } from './golden/axe.js';
import { ensureChromium, launchChromium, type Browser } from './golden/chromium.js';
import { renderHtml } from '../src/render/index.js';
import { renderMarkdown } from '../src/render/render-markdown.js';
import { serverOptions, startServer, type RunningServer } from '../src/server/index.js';

const missing = ensureChromium();
if (missing !== undefined) console.log(`browser tests skipped: ${missing}`);
const skip = missing !== undefined && `chromium unavailable: ${missing}`;
const EXAMPLE = readFileSync(path.join(repoRoot, 'examples', 'town-bypass-op-ed.txt'), 'utf8');

let webRoot = '';
let browser: Browser | undefined;
let server: RunningServer | undefined;
const cases = new Map(goldenCases().map((c) => [c.name, c]));

before(async () => {
  if (skip) return;
  webRoot = mkdtempSync(path.join(tmpdir(), 'slant-web-'));
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', 'web', '--outDir', webRoot, '--emptyOutDir', '--logLevel', 'error'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  server = await startServer(serverOptions({ workers: 0, webRoot }), { port: 0, host: '127.0.0.1' }, { log: () => {} });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (webRoot !== '') rmSync(webRoot, { recursive: true, force: true });
});

/** A page on the server that records dialogs, console messages and errors (there should be none). */
async function open(events: string[] = []): Promise<Page> {
  const page = await browser!.context.newPage();
  page.on('dialog', (d) => {
    events.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => events.push(`console ${m.type()} ${m.text()}`));
  page.on('pageerror', (e) => events.push(`pageerror ${e.message}`));
  await page.goto(server!.url);
  return page;
}

/** Answers the page's analyze request with a hand-built case. */
async function answerWith(page: Page, c: GoldenCase): Promise<void> {
  await page.route('**/api/v1/analyze', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...c.analysis, text: c.article.text }) }));
}

/** Answers analyses with the example op-ed's hand-built case, carrying `warnings` instead of its own. */
async function answerWithWarnings(page: Page, warnings: { code: string; message: string }[]): Promise<void> {
  const c = cases.get('town-bypass')!;
  await answerWith(page, { ...c, analysis: { ...c.analysis, warnings } });
}

/** Pastes `text` and presses Analyse; waits for the result. */
async function analyse(page: Page, text: string): Promise<void> {
  await page.locator('#article-text').fill(text);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator('.slant-report').waitFor();
}

test('web: pasting the example article shows it analysed by the server', { skip }, async () => {
  const events: string[] = [];
  const page = await open(events);
  await analyse(page, EXAMPLE);
  assert.match(await page.locator('.slant-report h1').innerText(), /The Bypass Will Bury Our Town/);
  assert.equal(await page.locator('.slant-par').count(), EXAMPLE.split('\n').filter((l) => l.trim() !== '').length);
  assert.match(await page.locator('.summary').innerText(), /language en/);
  // Its paragraphs are separated by blank lines, so their numbers skip, and the summary says why.
  assert.match(await page.locator('.summary').innerText(), /\(¶ numbers count lines, blank ones too, as SemEval files do\)/);
  const csp = (await page.request.get(server!.url)).headers()['content-security-policy'] ?? '';
  assert.match(csp, /default-src 'none'; script-src 'self' 'sha256-[^']+'; style-src 'self' 'sha256-/);
  assert.deepEqual(events, []);
  await page.close();
});

test('web: the example button fills in the example article', { skip }, async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Use an example article' }).click();
  assert.equal(await page.locator('#article-text').inputValue(), EXAMPLE);
  await page.close();
});

test('web: hovering a highlight explains it; category filters switch highlights off', { skip }, async () => {
  const events: string[] = [];
  const page = await open(events);
  await answerWith(page, cases.get('town-bypass')!);
  await analyse(page, EXAMPLE);
  const tip = page.locator('#slant-tip');
  await page.locator('mark[aria-label^="Appeal to authority"]').hover();
  assert.equal(await tip.isVisible(), true);
  assert.match(await tip.innerText(), /Appeal to authority[\s\S]*Claims something is true mainly because an authority/);
  const on = (): Promise<number> => page.locator('mark.slant-hl:not(.slant-off)').count();
  const all = await on();
  await page.locator('.slant-cat-filter[value="Call"]').uncheck();
  assert.ok((await on()) < all);
  assert.deepEqual(events, []);
  await page.close();
});

test('web: keyboard alone reaches a highlight and shows its explanation', { skip }, async () => {
  const page = await open();
  await answerWith(page, cases.get('town-bypass')!);
  await analyse(page, EXAMPLE);
  await page.locator('.downloads button').last().focus();
  for (let i = 0; i < 3 && !/slant-hl/.test(String(await page.evaluate('document.activeElement.className'))); i++) await page.keyboard.press('Tab');
  assert.match(String(await page.evaluate('document.activeElement.className')), /slant-hl/);
  assert.equal(await page.locator('#slant-tip').isVisible(), true);
  await page.close();
});

/** What a download button saves for the example: its file name (where checked) and its content. */
const DOWNLOADS: { title: string; button: string; extension?: string; content: (c: NonNullable<ReturnType<typeof cases.get>>) => string }[] = [
  { title: 'Download JSON saves the Analysis exactly as the API gives it', button: 'Download JSON', extension: 'json', content: (c) => `${JSON.stringify(c.analysis, null, 2)}\n` },
  { title: 'Download HTML report saves the same file as slant analyze --format html', button: 'Download HTML report', content: (c) => renderHtml(c.analysis, c.article.text) },
  { title: 'Download Markdown saves the same file as slant analyze --format md', button: 'Download Markdown', extension: 'md', content: (c) => renderMarkdown(c.analysis, c.article.text) },
];

for (const d of DOWNLOADS) {
  test(`web: ${d.title}`, { skip }, async () => {
    const page = await open();
    const c = cases.get('town-bypass')!;
    await answerWith(page, c);
    await analyse(page, EXAMPLE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: d.button }).click()]);
    if (d.extension !== undefined) assert.equal(download.suggestedFilename(), `${c.analysis.article.id}.${d.extension}`);
    assert.equal(readFileSync((await download.path())!, 'utf8'), d.content(c));
    await page.close();
  });
}

test('web: an article with <script> and <img onerror> runs nothing (server analysis)', { skip }, async () => {
  const events: string[] = [];
  const page = await open(events);
  await analyse(page, 'Night <script>window.__pwned = 1</script> market\n\n<img src=x onerror="window.__pwned = 2"> stalls <b onmouseover="window.__pwned = 3">open</b>');
  await page.locator('.slant-text').last().hover();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate('window.__pwned'), undefined);
  assert.equal(await page.locator('.report-host img, .report-host b').count(), 0);
  assert.match(await page.locator('.slant-report h1').innerText(), /<script>/);
  assert.deepEqual(events, []);
  await page.close();
});

test('web: a hostile article with highlights runs nothing on hover', { skip }, async () => {
  const events: string[] = [];
  const page = await open(events);
  const c = cases.get('hostile-markup')!;
  await answerWith(page, c);
  await analyse(page, c.article.text);
  await page.locator('mark.slant-hl').first().hover();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate('window.__slantPwned'), undefined);
  assert.equal(await page.locator('.report-host img').count(), 0);
  assert.deepEqual(events, []);
  await page.close();
});

test('web: a dropped .html file is extracted and analysed', { skip }, async () => {
  const page = await open();
  await page.getByLabel('File').check();
  const html = '<html><head><title>Harbour plan</title></head><body><article><p>The harbour board approved the new quay on Friday after months of debate.</p><p>Fishermen said the plan came too late.</p></article></body></html>';
  await page.locator('#article-file').setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.locator('.slant-report').waitFor();
  assert.match(await page.locator('.slant-report h1').innerText(), /Harbour plan/);
  assert.match(await page.locator('.slant-article').innerText(), /Fishermen said/);
  await page.close();
});

test('web: errors are shown as readable messages', { skip }, async () => {
  const page = await open();
  await page.getByLabel('Web address').check();
  await page.locator('#article-url').fill('http://127.0.0.1:9/article');
  await page.getByRole('button', { name: 'Analyse' }).click();
  assert.match(await page.getByRole('alert').innerText(), /not allowed.*loopback/);
  await page.route('**/api/v1/analyze', (route) => route.fulfill({ status: 503, headers: { 'retry-after': '7' }, contentType: 'application/problem+json', body: '{"title":"Server busy","status":503,"detail":"too many"}' }));
  await page.getByRole('button', { name: 'Analyse' }).click();
  assert.match(await page.getByRole('alert').innerText(), /busy.*7 s/);
  await page.close();
});

test('web: a language warning is announced above the report', { skip }, async () => {
  const page = await open();
  await answerWithWarnings(page, [{ code: 'language-unknown', message: 'the language could not be told' }, { code: 'no-words', message: 'the text has no words' }]);
  await analyse(page, EXAMPLE);
  assert.match(await page.locator('.notice').innerText(), /language could not be told/);
  // Each warning once: the report lists only those the page shows no notice for.
  assert.deepEqual(await page.locator('.slant-warnings li code').allInnerTexts(), ['no-words']);
  await page.close();
});

test('web: the techniques the model cannot find are named above the report', { skip }, async () => {
  const page = await open();
  await answerWithWarnings(page, [{ code: 'techniques-not-covered', message: 'the technique model had no en training example of appeal to time: it scores them near zero' }]);
  await analyse(page, EXAMPLE);
  const notice = await page.locator('.notice').innerText();
  assert.match(notice, /^Techniques this model cannot find: The technique model had no en training example of appeal to time/);
  assert.doesNotMatch(notice, /About the language/);
  await page.close();
});

test('web: a text too short for the genre and frames models says so above the report', { skip }, async () => {
  const page = await open();
  await answerWithWarnings(page, [{ code: 'short-article', message: 'this text has 9 words; the genre and frames models learnt from whole articles of 67 words or more (half of them over 300), so read their scores as weak hints' }]);
  await analyse(page, EXAMPLE);
  assert.match(await page.locator('.notice').innerText(), /^A short text: This text has 9 words; the genre and frames models learnt from whole articles/);
  await page.close();
});

test('web: fits a phone screen without sideways scrolling', { skip }, async () => {
  const page = await open();
  await page.setViewportSize({ width: 390, height: 844 });
  await answerWith(page, cases.get('town-bypass')!);
  await analyse(page, EXAMPLE);
  const [scroll, width] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
  assert.ok(scroll <= width, `page is ${scroll}px wide on a ${width}px screen`);
  await page.close();
});

test('web: the empty page and a result meet WCAG 2.1 AA (axe-core), on a desktop and a phone screen', { skip }, async () => {
  for (const width of [1280, 390]) {
    const page = await open();
    await page.setViewportSize({ width, height: 900 });
    assert.deepEqual(await axeViolations(page), [], `empty page, ${width} px`);
    await answerWith(page, cases.get('town-bypass')!);
    await analyse(page, EXAMPLE);
    assert.deepEqual(await axeViolations(page), [], `result, ${width} px`);
    await page.close();
  }
});

test('web: in the dark theme the empty page, a result and the labels meet WCAG 2.1 AA (axe-core); print stays light', { skip }, async () => {
  for (const width of [1280, 390]) {
    const page = await open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(19, 20, 23)', 'the dark theme is on');
    assert.deepEqual(await axeViolations(page), [], `dark empty page, ${width} px`);
    await answerWith(page, cases.get('town-bypass')!);
    await analyse(page, EXAMPLE);
    assert.deepEqual(await axeViolations(page), [], `dark result, ${width} px`);
    await page.locator('mark[aria-label^="Appeal to authority"]').hover();
    assert.deepEqual(await axeViolations(page), [], `dark result, hovered, ${width} px`);
    if (width === 1280) {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const printed = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.slant-report')!).color, getComputedStyle(document.querySelector('mark.c-Justification')!).backgroundColor]);
      assert.deepEqual(printed, ['rgb(250, 251, 252)', 'rgb(29, 29, 31)', 'rgb(165, 217, 255)'], 'printed light');
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      await page.getByRole('link', { name: 'What the labels mean' }).click();
      await page.locator('section.labels').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'dark labels');
    }
    await page.close();
  }
});

test('web: "What the labels mean" lists every technique by category, every frame and genre, with the reports\' definitions', { skip }, async () => {
  const page = await open();
  await page.getByRole('link', { name: 'What the labels mean' }).click();
  const view = page.locator('section.labels');
  await view.waitFor();
  assert.equal(await page.locator('#labels-title').evaluate((h) => h === document.activeElement), true, 'the view takes the focus');
  assert.equal(await view.locator('dt').count(), 23 + 14 + 3);
  assert.equal(await view.locator('h4').count(), 6);
  assert.match(await view.innerText(), /Appeal to authority Appeal_to_Authority\s+Claims something is true mainly because an authority/);
  assert.match(await view.locator('div', { hasText: 'Appeal_to_Time' }).last().innerText(), /Not found in English articles/);
  assert.equal(await page.locator('form, .input').first().isVisible(), false, 'the form is hidden');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Analyse an article' }).click();
  assert.equal(await page.locator('#article-text').isVisible(), true);
  await page.close();
});

test('web: a dropped file in a legacy charset is read by its <meta charset>; a non-UTF-8 .txt is refused, not garbled', { skip }, async () => {
  const page = await open();
  await page.getByLabel('File').check();
  // windows-1251 bytes of our own Russian sentence: А–я are 0xC0–0xFF there.
  const cp1251 = (s: string): Buffer => Buffer.from([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0)));
  const html = cp1251('<html><head><meta charset="windows-1251"><title>Налог</title></head><body><article><p>Новый налог снова вызвал споры в городском совете.</p><p>Депутаты обсуждали его весь вечер.</p></article></body></html>');
  await page.locator('#article-file').setInputFiles({ name: 'nalog.html', mimeType: 'text/html', buffer: html });
  await page.locator('.slant-report').waitFor();
  assert.match(await page.locator('.slant-article').innerText(), /Новый налог снова вызвал споры/);
  await page.locator('#article-file').setInputFiles({ name: 'nalog.txt', mimeType: 'text/plain', buffer: cp1251('Новый налог') });
  assert.equal(await page.getByRole('alert').innerText(), 'nalog.txt is not UTF-8 text: save it as UTF-8 and try again.');
  await page.close();
});

test('web: a ¶ link moves to its paragraph without leaving the view; the result takes the focus', { skip }, async () => {
  const page = await open();
  await answerWith(page, cases.get('town-bypass')!);
  await analyse(page, EXAMPLE);
  assert.match(String(await page.evaluate('document.activeElement.className')), /summary/);
  const before = page.url();
  const link = page.locator('.slant-side a[href^="#slant-p-"]').first();
  const target = String(await link.getAttribute('href')).slice(1);
  await link.click();
  assert.equal(page.url(), before);
  assert.equal(await page.evaluate('document.activeElement.id'), target);
  assert.equal(await page.locator('.slant-report').count(), 1);
  await page.close();
});

test('web: right-to-left text is laid out by its own direction', { skip }, async () => {
  const page = await open();
  await page.locator('#article-text').fill('نص تجريبي');
  assert.equal(await page.locator('#article-text').evaluate((e) => getComputedStyle(e).direction), 'rtl');
  await page.close();
});

test('web: the example does not replace the user\'s own text without asking', { skip }, async () => {
  const page = await open();
  // open() dismisses every dialog; this page answers the second one itself.
  page.removeAllListeners('dialog');
  const asked: string[] = [];
  let answer = false;
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (answer ? d.accept() : d.dismiss());
  });
  await page.locator('#article-text').fill('My own draft article.');
  await page.getByRole('button', { name: 'Use an example article' }).click();
  assert.equal(await page.locator('#article-text').inputValue(), 'My own draft article.');
  answer = true;
  await page.getByRole('button', { name: 'Use an example article' }).click();
  assert.deepEqual(asked, ['Replace your text with the example article?', 'Replace your text with the example article?']);
  await page.waitForFunction(() => (document.querySelector('#article-text') as HTMLTextAreaElement).value !== 'My own draft article.');
  assert.equal(await page.locator('#article-text').inputValue(), EXAMPLE);
  await page.close();
});

test('web: a pasted web page is read as a page, and a file dropped on the text box is analysed, not opened in place of the page', { skip }, async () => {
  const page = await open();
  await page.locator('#article-text').fill('<html><head><title>Quay plan</title></head><body><article><p>The harbour board approved the new quay on Friday.</p><p>Fishermen said the plan came too late.</p></article></body></html>');
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator('.slant-report').waitFor();
  assert.match(await page.locator('.slant-report h1').innerText(), /^Quay plan$/);
  assert.doesNotMatch(await page.locator('.slant-article').innerText(), /<p>/);
  const url = page.url();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Ferry timetable\n\nThe new ferry timetable starts in March, the operator said.'], 'ferry.txt', { type: 'text/plain' }));
    document.querySelector('#article-text')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.locator('.slant-report h1', { hasText: 'ferry' }).waitFor();
  assert.equal(page.url(), url);
  await page.close();
});
