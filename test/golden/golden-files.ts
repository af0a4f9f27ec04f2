/**
 * The golden files: every format of every golden case, rendered, with the file each is kept in
 * (test/golden/<case>/<variant>). scripts/golden.ts writes them; test/render-golden.test.ts
 * compares against them.
 */
import path from 'node:path';
import { FORMATS, renderArticle, type Format } from '../../src/render/index.js';
import { goldenCases, repoRoot } from './cases.js';

/** One golden file: where it lives and what it should hold. */
export interface GoldenFile {
  path: string;
  content: string;
}

const FILE_NAMES: Readonly<Record<Format, string>> = {
  json: 'report.json',
  jsonl: 'report.jsonl',
  semeval: 'subtask-3.txt',
  html: 'report.html',
  md: 'report.md',
  table: 'table.txt',
};

/** Every golden file, rendered now. */
export function goldenFiles(): GoldenFile[] {
  const out: GoldenFile[] = [];
  for (const c of goldenCases()) {
    const dir = path.join(repoRoot, 'test/golden', c.name);
    for (const format of FORMATS) {
      out.push({ path: path.join(dir, FILE_NAMES[format]), content: renderArticle(format, c.analysis, c.article.text, { color: false }) });
    }
    out.push({ path: path.join(dir, 'table-color.txt'), content: renderArticle('table', c.analysis, c.article.text, { color: true }) });
  }
  return out;
}
