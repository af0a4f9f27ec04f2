/**
 * Takes the screenshots of the web page that the README shows (docs/web.png, docs/web-phone.png):
 * `slant serve` on a loopback port with a fresh build of the page, the example op-ed pasted and
 * answered with its hand-built analysis (test/golden/cases.ts; the shipped model may find less),
 * a highlight hovered. Needs chromium (scripts/ensure-chromium.sh installs it when missing).
 * Run `node --import tsx scripts/screenshot-web.ts [--dark FILE]` (`--dark` also writes the desktop
 * shot in the dark theme, for checking it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { goldenCases, repoRoot } from '../test/golden/cases.js';
import { ensureChromium, launchChromium } from '../test/golden/chromium.js';
import { serverOptions, startServer } from '../src/server/index.js';

const missing = ensureChromium();
if (missing !== undefined) {
  console.error(`screenshot-web: ${missing}`);
  process.exit(1);
}
const webRoot = mkdtempSync(path.join(tmpdir(), 'slant-web-shot-'));
const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
const build = spawnSync(process.execPath, [vite, 'build', 'web', '--outDir', webRoot, '--emptyOutDir', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const darkAt = process.argv.indexOf('--dark');
const dark = darkAt > 0 ? process.argv[darkAt + 1] : undefined;
const c = goldenCases().find((x) => x.name === 'town-bypass')!;
const server = await startServer(serverOptions({ workers: 0, webRoot }), { port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  const shots: [string, number, number, boolean, 'light' | 'dark'][] = [['docs/web.png', 1280, 1100, true, 'light'], ['docs/web-phone.png', 390, 844, false, 'light']];
  if (dark !== undefined) shots.push([dark, 1280, 1100, true, 'dark']);
  for (const [name, width, height, hover, colorScheme] of shots) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await page.route('**/api/v1/analyze', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...c.analysis, text: c.article.text }) }));
    await page.goto(server.url);
    await page.locator('#article-text').fill(c.article.text);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('.slant-report').waitFor();
    // The desktop shot keeps the form in view; the phone shot starts at the result.
    if (hover) await page.locator('mark[aria-label^="Loaded language"]').first().hover();
    else {
      await page.locator('.result').scrollIntoViewIfNeeded();
      await page.mouse.move(1, 1);
    }
    const out = path.isAbsolute(name) ? name : path.join(repoRoot, name);
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`screenshot-web: wrote ${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
}
