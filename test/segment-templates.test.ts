/**
 * Golden check against the SemEval-2023 data in ../shared/data (research-only: read, never
 * copied). For every per-article train template and every combined test template, segmenting the
 * article and formatting it as a template must give the file byte for byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment, formatTemplate, formatTemplates } from '../src/segment/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(repoRoot, '../shared/data/semeval2023');
const absent = !existsSync(DATA) && `shared data absent: ${DATA}`;
const TRAIN_LANGS = ['en', 'fr', 'ge', 'it', 'po', 'ru'];

/** Segments an article file; the language is given so the test does not depend on detection. */
function templateOf(file: string, id: string, lang: string): string {
  return formatTemplate(segment({ id, text: readFileSync(file, 'utf8') }, { lang }));
}

test('templates: every per-article train template is reproduced byte for byte', { skip: absent }, () => {
  const counts: Record<string, string> = {};
  for (const lang of TRAIN_LANGS) {
    const dir = path.join(DATA, lang, 'train-labels-subtask-3');
    const files = readdirSync(dir).filter((f) => f.endsWith('.template'));
    let matched = 0;
    for (const f of files) {
      const id = /^article(\d+)/.exec(f)![1]!;
      const article = path.join(DATA, lang, 'train-articles-subtask-3', `article${id}.txt`);
      const got = templateOf(article, id, lang);
      assert.equal(got, readFileSync(path.join(dir, f), 'utf8'), `${lang}/${f}`);
      matched++;
    }
    counts[lang] = `${matched}/${files.length}`;
  }
  console.log(`per-article train templates reproduced: ${JSON.stringify(counts)}`);
});

test('templates: every combined test template is reproduced byte for byte', { skip: absent }, () => {
  const langs = readdirSync(DATA).filter((d) => existsSync(path.join(DATA, d, 'test-labels-subtask-3.template')));
  const counts: Record<string, string> = {};
  for (const lang of langs) {
    const dir = path.join(DATA, lang, 'test-articles-subtask-3');
    // The combined files list the articles in file-name order.
    const files = readdirSync(dir).filter((f) => /^article\d+\.txt$/.test(f)).sort();
    const docs = files.map((f) =>
      segment({ id: /\d+/.exec(f)![0], text: readFileSync(path.join(dir, f), 'utf8') }, { lang }),
    );
    const expected = readFileSync(path.join(DATA, lang, 'test-labels-subtask-3.template'), 'utf8');
    assert.equal(formatTemplates(docs), expected, `${lang}/test-labels-subtask-3.template`);
    counts[lang] = `${files.length} articles`;
  }
  console.log(`combined test templates reproduced: ${JSON.stringify(counts)}`);
});
