import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as slant from '../src/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { exports: { '.': { import: string; types: string } } };
const built = existsSync(path.join(repoRoot, 'dist/pipeline/analyze.js'));

test('library: the entry point analyses an article with evidence inside its paragraph', () => {
  const text = 'Council vote\n\nThey are traitors, all of them, and they will destroy our town!';
  const analysis = slant.analyze({ id: 'a1', text });
  assert.equal(analysis.paragraphs.length, 2);
  for (const p of analysis.paragraphs) {
    for (const t of p.techniques!) {
      assert.ok(slant.isTechnique(t.label));
      for (const e of t.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    }
  }
  assert.ok(analysis.genre && slant.isGenre(analysis.genre.label));
});

test('library: loadModels names the model serving each language', () => {
  const [en] = slant.loadModels(['en']);
  assert.equal(en?.lang, 'en');
  assert.match(en?.techniques ?? '', /^techniques/);
  assert.match(en?.genre ?? '', /^genre/);
  assert.match(en?.frames ?? '', /^frames/);
});

test('library: package.json points at the built entry point', { skip: !built && 'package not built: npm run build' }, async () => {
  const entry = path.join(repoRoot, pkg.exports['.'].import);
  assert.ok(existsSync(entry), `${pkg.exports['.'].import} is missing after the build`);
  assert.ok(existsSync(path.join(repoRoot, pkg.exports['.'].types)));
  // The package by its own name, as a user's code imports it.
  const name = 'slant';
  const mod = (await import(name)) as typeof slant;
  assert.equal(typeof mod.analyzeArticle, 'function');
  assert.equal(mod.VERSION, slant.VERSION);
});

test('library: CommonJS code can require the package (Node 20.19 and later load ES modules so)', { skip: !built && 'package not built: npm run build' }, () => {
  const run = spawnSync(process.execPath, ['-e', "const s = require('slant'); process.stdout.write(typeof s.analyze + ' ' + s.VERSION)"], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, `function ${slant.VERSION}`);
});

test('library: evaluateFiles scores SemEval files with a bootstrap interval, as slant eval does', async () => {
  const fixtures = path.join(repoRoot, 'test/fixtures/eval');
  const report = await slant.evaluateFiles('2', path.join(fixtures, 'st2-gold.txt'), path.join(fixtures, 'st2-pred.txt'), { bootstrap: { resamples: 200, seed: 1 } });
  assert.equal(report.official.name, 'micro-F1');
  assert.ok(report.bootstrap && report.bootstrap.low <= report.official.value && report.official.value <= report.bootstrap.high);
  assert.equal(report.bootstrap?.articles, 3);
});

test('library: the export list is pinned (a change to the public surface is a change to this test)', () => {
  assert.deepEqual(Object.keys(slant).sort(), [
    'CATEGORIES', 'FORMATS', 'FRAMES', 'FRAME_INFO', 'GENRES', 'GENRE_INFO', 'InputError', 'ModelError', 'SUBTASKS', 'SUPPORTED_LANGUAGES',
    'SlantError', 'StoreError', 'TASKS', 'TECHNIQUES', 'TECHNIQUES_ABSENT_IN_ENGLISH', 'TECHNIQUE_INFO', 'VERSION', 'analyze', 'analyzeArticle',
    'analyzeDocument', 'bootstrapInterval', 'categoryOf', 'codePointToUtf16', 'detectLanguage', 'evaluateFiles', 'extractHtml', 'isFrame', 'isGenre',
    'isInputError', 'isModelError', 'isSlantError', 'isStoreError', 'isTechnique', 'loadModels', 'openStore', 'pairedBootstrap', 'readArticleFolder',
    'readHtmlFile', 'readJsonl', 'readTextFile', 'readUrl', 'renderArticle', 'segment', 'sliceSpan', 'utf16ToCodePoint',
  ]);
  // The label lists and tables are frozen: a caller cannot change what every analysis reads.
  for (const list of [slant.TECHNIQUES, slant.FRAMES, slant.GENRES, slant.CATEGORIES, slant.TECHNIQUE_INFO, slant.FRAME_INFO, slant.GENRE_INFO, slant.TECHNIQUES_ABSENT_IN_ENGLISH, slant.SUPPORTED_LANGUAGES, slant.TASKS, slant.FORMATS, slant.SUBTASKS]) {
    assert.ok(Object.isFrozen(list));
  }
  assert.ok(Object.isFrozen(slant.TECHNIQUE_INFO.Loaded_Language));
});
