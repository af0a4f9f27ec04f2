/**
 * Golden tests of every output format on our own example articles (hand-built analyses, see
 * test/golden/cases.ts). Rebuild with `node --import tsx scripts/golden.ts` and review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { goldenFiles } from './golden/golden-files.js';
import { goldenCases, repoRoot } from './golden/cases.js';
import { collectHighlights, renderArticle } from '../src/render/index.js';

for (const file of goldenFiles()) {
  const name = path.relative(path.join(repoRoot, 'test/golden'), file.path);
  test(`golden: ${name}`, () => {
    assert.equal(file.content, readFileSync(file.path, 'utf8'), `${name} changed: run scripts/golden.ts and review the diff`);
  });
}

test('golden: rendering twice gives identical output (deterministic)', () => {
  const again = goldenFiles();
  goldenFiles().forEach((f, i) => assert.equal(f.content, again[i]!.content));
});

test('golden cases: every highlight lies in its paragraph and slices back to its evidence text', () => {
  for (const c of goldenCases()) {
    for (const h of collectHighlights(c.analysis)) {
      const p = c.analysis.article.paragraphs.find((q) => q.n === h.paragraph);
      assert.ok(p !== undefined && h.start >= p.start && h.end <= p.end, `${c.name}: ${h.label} outside its paragraph`);
      for (const e of h.why) assert.equal(c.article.text.slice(e.start, e.end), e.text);
    }
  }
});

test('json and jsonl hold the same analysis', () => {
  const c = goldenCases()[0]!;
  const json = JSON.parse(renderArticle('json', c.analysis, c.article.text, { color: false })) as unknown;
  const jsonl = renderArticle('jsonl', c.analysis, c.article.text, { color: false });
  assert.equal(jsonl.split('\n').length, 2);
  assert.deepEqual(JSON.parse(jsonl), json);
});

test('html: hostile text and metadata appear only escaped', () => {
  const c = goldenCases().find((x) => x.name === 'hostile-markup')!;
  const html = renderArticle('html', c.analysis, c.article.text, { color: false });
  assert.doesNotMatch(html, /<script>window/);
  assert.doesNotMatch(html, /<img/);
  assert.doesNotMatch(html, /<b>/);
  assert.doesNotMatch(html, /href="javascript/);
  assert.equal(html.match(/<script[ >]/g)!.length, 2, 'only the data block and the report script');
  assert.match(html, /&lt;script&gt;window\.__slantPwned = 1&lt;\/script&gt;/);
});

test('html: a strict CSP allows only the inline style and script by hash', () => {
  const c = goldenCases()[0]!;
  const html = renderArticle('html', c.analysis, c.article.text, { color: false });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+';/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
  assert.doesNotMatch(html, / style="| on[a-z]+="/);
});

test('html: overlapping highlights of different techniques split into segments carrying both', () => {
  const c = goldenCases().find((x) => x.name === 'hostile-markup')!;
  const html = renderArticle('html', c.analysis, c.article.text, { color: false });
  assert.match(html, /<mark class="slant-hl c-[A-Za-z_]+ slant-multi" tabindex="0" data-h="\d+ \d+"[^>]*>now or regret<\/mark>/);
});

test('table: the coloured view differs from the plain one only by escape codes', () => {
  const c = goldenCases()[0]!;
  const plain = renderArticle('table', c.analysis, c.article.text, { color: false });
  const color = renderArticle('table', c.analysis, c.article.text, { color: true });
  assert.ok(color.includes('\u001b['));
  assert.ok(!plain.includes('\u001b['));
  const stripped = color.replace(/\u001b\[[0-9;]*m/g, '');
  assert.equal(stripped.split('\n').length, plain.split('\n').length);
  assert.ok(stripped.includes('The Bypass Will Bury Our Town, and Everyone Knows It'));
});

test('the text views refuse a text that is not the analysed one, naming the renderer and the article', () => {
  const c = goldenCases()[0]!;
  for (const format of ['html', 'md', 'table'] as const) {
    assert.throws(() => renderArticle(format, c.analysis, `${c.article.text} and more`, { color: false }), (e: Error) => /^slant: render(Html|Markdown|Table): the text given is not the one analysed \(\d+ characters; article ".+" had \d+\)$/.test(e.message), format);
  }
  // json, jsonl and semeval carry no text, so they take any.
  assert.doesNotThrow(() => renderArticle('semeval', c.analysis, '', { color: false }));
});

test('semeval rows refuse an id that is empty or holds a tab or line break, which would break them', () => {
  const c = goldenCases()[0]!;
  for (const id of ['a\tb', 'a\nb', ' ']) {
    const analysis = { ...c.analysis, article: { ...c.analysis.article, id } };
    assert.throws(() => renderArticle('semeval', analysis, '', { color: false }), /slant: article id .* (has a control character \(.+\)|is empty): SemEval rows are tab-separated/, JSON.stringify(id));
  }
});
