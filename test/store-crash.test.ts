/**
 * Crash test of the corpus store: a child ingests 5,000 generated articles and is killed with
 * SIGKILL mid-way; ingesting again stores every article exactly once, with exact counts.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { readInputs } from '../src/ingest/index.js';
import { openStore } from '../src/store/open-store.js';
import { ingestArticles } from '../src/store/ingest-articles.js';
import { fakeAnalyzer } from './store-fake-analyzer.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const N = 5000;
const KILL_AFTER = 1000;

/** Generated article `i`: markers by divisibility, so counts are known. */
function article(i: number): string {
  const marks = [i % 2 === 0 ? '[LL]' : '', i % 3 === 0 ? '[FW]' : '', i % 5 === 0 ? '[NC]' : ''].join(' ');
  const text = `Report number ${i}\n\nThe committee spoke about item ${i} ${marks}.\n\nMore words follow here${i % 7 === 0 ? ' #Economic' : ''}.`;
  return JSON.stringify({ id: `g${i}`, text, source: `Outlet ${i % 4}`, published_at: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`, lang: 'en' });
}

let dir = '';
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slant-crash-'));
  writeFileSync(path.join(dir, 'corpus.jsonl'), `${Array.from({ length: N }, (_, i) => article(i)).join('\n')}\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child and kills it with SIGKILL once it reports `KILL_AFTER` committed articles. */
function ingestAndKill(db: string, corpus: string): Promise<{ signal: NodeJS.Signals | null; reported: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'store-crash-child.ts'), db, corpus], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let reported = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (const m of buffer.matchAll(/committed (\d+)\n/g)) reported = Math.max(reported, Number(m[1]));
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      if (reported >= KILL_AFTER) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, reported }));
  });
}

test('kill -9 mid-way, then resume: every article stored exactly once, counts exact', { timeout: 60_000 }, async () => {
  const db = path.join(dir, 'crash.sqlite');
  const corpus = path.join(dir, 'corpus.jsonl');
  const killed = await ingestAndKill(db, corpus);
  assert.equal(killed.signal, 'SIGKILL', 'the child was killed before it finished');

  const raw = new Database(db, { readonly: true });
  const { n: atKill } = raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
  raw.close();
  assert.ok(atKill >= killed.reported && atKill < N, `stored at kill: ${atKill} (reported ${killed.reported})`);

  const store = await openStore(db);
  try {
    const summary = await ingestArticles(readInputs([corpus]), { store, analyzer: fakeAnalyzer(1) });
    assert.equal(summary.skipped, atKill, 'what was committed is skipped');
    assert.equal(summary.analysed, N - atKill, 'the rest is analysed once');
    assert.equal(summary.failed, 0);
    const sizes = await store.counts();
    assert.deepEqual([sizes.articles, sizes.analyses], [N, N]);
    const r = await store.stats({ by: 'all' });
    const count = (kind: string, label: string): number | undefined => r.rows.find((x) => x.kind === kind && x.label === label)?.count;
    assert.equal(count('technique', 'Loaded_Language'), N / 2);
    assert.equal(count('technique', 'Flag_Waving'), Math.ceil(N / 3));
    assert.equal(count('technique', 'Name_Calling-Labeling'), N / 5);
    assert.equal(count('frame', 'Economic'), Math.ceil(N / 7));
    assert.equal(count('genre', 'reporting'), N);
    assert.equal(r.groups[0]!.paragraphs, 3 * N);
    const months = await store.stats({ by: 'period', period: 'month' });
    assert.deepEqual(months.groups.map((g) => g.articles), Array.from({ length: 12 }, (_, m) => Math.floor(N / 12) + (m < N % 12 ? 1 : 0)));
  } finally {
    await store.close();
  }
  const raw2 = new Database(db, { readonly: true });
  const ids = raw2.prepare('SELECT count(DISTINCT article_id) AS d, count(*) AS n FROM articles').get() as { d: number; n: number };
  const fts = raw2.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'committee'").get() as { n: number };
  raw2.close();
  assert.deepEqual(ids, { d: N, n: N });
  assert.equal(fts.n, N, 'the full-text index holds every article once');
});
