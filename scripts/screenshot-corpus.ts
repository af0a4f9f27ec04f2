/**
 * Takes the screenshot of the corpus view that the README shows (docs/corpus.png): a generated
 * corpus of our own (test/corpus-fixture.ts: four outlets over twelve months, analysed by the
 * fake analyzer of the store tests) served like `slant serve --db` on a loopback port with a
 * fresh build of the page. Needs chromium (scripts/ensure-chromium.sh installs it when missing).
 * Run `node --import tsx scripts/screenshot-corpus.ts [--phone FILE] [--dark FILE]` (`--phone`
 * also writes a 390 px wide shot, for checking the layout; `--dark` the desktop shot in the dark
 * theme).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../test/golden/cases.js';
import { ensureChromium, launchChromium } from '../test/golden/chromium.js';
import { demoCorpus, writeCorpus } from '../test/corpus-fixture.js';
import { serverOptions, startServer } from '../src/server/index.js';
import { corpusRoutes } from '../src/server/corpus-routes.js';
import { openStore } from '../src/store/open-store.js';

const missing = ensureChromium();
if (missing !== undefined) {
  console.error(`screenshot-corpus: ${missing}`);
  process.exit(1);
}
const phoneAt = process.argv.indexOf('--phone');
const phone = phoneAt > 0 ? process.argv[phoneAt + 1] : undefined;
const darkAt = process.argv.indexOf('--dark');
const dark = darkAt > 0 ? process.argv[darkAt + 1] : undefined;
const dir = mkdtempSync(path.join(tmpdir(), 'slant-corpus-shot-'));
const webRoot = path.join(dir, 'web');
const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
const build = spawnSync(process.execPath, [vite, 'build', 'web', '--outDir', webRoot, '--emptyOutDir', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const db = path.join(dir, 'corpus.sqlite');
await writeCorpus(db, demoCorpus());
const store = await openStore(db);
const server = await startServer(serverOptions({ workers: 0, webRoot }), { port: 0, host: '127.0.0.1' }, { log: () => {}, routes: [corpusRoutes(store)] });
const browser = await launchChromium();
try {
  const shots: [string, number, number, 'light' | 'dark'][] = [['docs/corpus.png', 1280, 1250, 'light']];
  if (phone !== undefined) shots.push([phone, 390, 1600, 'light']);
  if (dark !== undefined) shots.push([dark, 1280, 1250, 'dark']);
  for (const [name, width, height, colorScheme] of shots) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}/#/corpus`);
    await page.locator('.chart svg').nth(2).waitFor();
    await page.locator('.articles').waitFor();
    const out = path.isAbsolute(name) ? name : path.join(repoRoot, name);
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`screenshot-corpus: wrote ${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
