/**
 * Starts Debian's chromium through playwright-core for the browser test and the screenshot
 * script: installs it with scripts/ensure-chromium.sh when missing (never `npx playwright
 * install`), launches it headless with the flags of STACK.md and a fresh profile.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './cases.js';

/** The browser binary. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless chromium in a container (STACK.md). */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Ensures chromium is there; gives the reason when it is not (and cannot be installed). */
export function ensureChromium(): string | undefined {
  const run = spawnSync('bash', [path.join(repoRoot, 'scripts/ensure-chromium.sh')], { encoding: 'utf8', timeout: 600_000 });
  if (run.status === 0) return undefined;
  return (run.stderr || run.stdout || 'ensure-chromium.sh failed').trim();
}

/** A launched browser context and how to close it. */
export interface Browser {
  context: import('playwright-core').BrowserContext;
  close(): Promise<void>;
}

/** Launches chromium with a fresh user-data-dir. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'slant-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
