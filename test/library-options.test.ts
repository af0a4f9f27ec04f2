/** What the library's analyze() does with a wrong argument, and minScore, which the library applies too. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, isSlantError } from '../src/index.js';

const ARTICLE = { id: 'a', text: 'Bypass\n\nThe reckless planners are liars and traitors!\n\nWhy should anyone believe them?', lang: 'en' };

test('a wrong article or option is one SlantError naming it', () => {
  const cases: [unknown, unknown, RegExp][] = [
    [null, {}, /the article must be an object/],
    ['hello', {}, /the article must be an object/],
    [{ id: 'a', text: null }, {}, /article\.text must be a string, not null/],
    [{ id: 'a', text: 42 }, {}, /article\.text must be a string, not number/],
    [{ text: 'x' }, {}, /article\.id must be a string/],
    [ARTICLE, { threshold: null }, /options\.threshold must be a number from 0 to 1, not null/],
    [ARTICLE, { threshold: Number.NaN }, /options\.threshold must be a number from 0 to 1, not NaN/],
    [ARTICLE, { threshold: 2 }, /options\.threshold/],
    [ARTICLE, { tasks: 'genre' }, /options\.tasks must be a list/],
    [ARTICLE, { tasks: ['bogus'] }, /options\.tasks must be a list/],
    [ARTICLE, { tasks: [] }, /options\.tasks is empty: name at least one/],
    [{ ...ARTICLE, title: 5 }, {}, /article\.title must be a string, not number/],
    [ARTICLE, { thresholds: { Bogus: 0.1 } }, /unknown label "Bogus"/],
    [ARTICLE, { thresholds: { Loaded_Language: 5 } }, /options\.thresholds\.Loaded_Language/],
    [ARTICLE, { lang: 'english' }, /options\.lang must be auto or a language code/],
    [{ ...ARTICLE, lang: 'English' }, {}, /article\.lang must be a language code such as en or fr, or auto, not "English"/],
    [{ ...ARTICLE, lang: 7 }, {}, /article\.lang must be a string, not number/],
    [ARTICLE, { minScore: -1 }, /options\.minScore/],
    [ARTICLE, { fast: 'yes' }, /options\.fast must be true or false/],
    [ARTICLE, { fastt: true }, /unknown option "fastt" \(the options are lang, tasks, allScores, threshold, thresholds, minScore, evidence, fast\)/],
  ];
  for (const [article, options, message] of cases) {
    assert.throws(() => analyze(article as never, options as never), (e: Error) => isSlantError(e) && message.test(e.message), JSON.stringify([article, options]));
  }
});

test('an article whose lang is auto or blank has its language detected', () => {
  for (const lang of ['auto', 'Auto', '']) {
    const result = analyze({ ...ARTICLE, lang });
    assert.equal(result.article.lang, 'en', lang);
    assert.ok(!result.warnings.some((w) => w.code === 'language-unsupported'), lang);
  }
});

test('minScore leaves out findings under it in the library too, full and fast', () => {
  for (const fast of [false, true]) {
    const all = analyze(ARTICLE, { fast });
    const some = analyze(ARTICLE, { fast, minScore: 0.5 });
    const scores = (a: typeof all): number[] => [...a.paragraphs.flatMap((p) => p.techniques!.map((t) => t.score)), ...(a.frames ?? []).map((f) => f.score), ...(a.spans ?? []).map((s) => s.score)];
    assert.ok(scores(some).every((s) => s >= 0.5));
    assert.ok(scores(all).some((s) => s < 0.5), 'the example has findings under 0.5 to drop');
    assert.deepEqual(analyze(ARTICLE, { fast, minScore: 1 }).paragraphs.flatMap((p) => p.techniques), []);
  }
});

test('loadModels reads codes as analyze() does; renderArticle refuses an unknown format', async () => {
  const { loadModels, renderArticle } = await import('../src/index.js');
  const [ge, upper] = loadModels(['ge', 'EN']);
  assert.equal(ge!.lang, 'de');
  assert.deepEqual(upper, loadModels(['en'])[0]);
  assert.throws(() => loadModels(['english']), /"english" is not a language code/);
  assert.throws(() => loadModels('en' as never), /give a list of language codes/);
  // Each language once, however it was spelt; fast: true loads the fast models too.
  assert.deepEqual(loadModels(['en', 'EN', 'en-GB'], { fast: true }).map((m) => m.lang), ['en']);
  assert.throws(() => loadModels(['en'], { fast: 'yes' } as never), /options must be \{ fast\?: true or false \}/);
  assert.throws(() => renderArticle('pdf' as never, analyze(ARTICLE), ARTICLE.text, { color: false }), /unknown format "pdf"/);
  assert.throws(() => renderArticle('json', null as never, '', { color: false }), /renderArticle: give the Analysis that analyze\(\) returned/);
  assert.throws(() => renderArticle('md', analyze(ARTICLE), ARTICLE.text, undefined as never), /renderArticle: give options/);
});

test('segment and detectLanguage name a wrong argument at once, as analyze does', async () => {
  const { segment, detectLanguage } = await import('../src/index.js');
  assert.throws(() => segment(null as never), /^Error: slant: segment: the article must be an object with a string text, not null$/);
  assert.throws(() => segment({ id: 'a', text: 5 } as never), /not text of type number$/);
  assert.throws(() => detectLanguage(5 as never), /^Error: slant: detectLanguage: the text must be a string, not number$/);
  assert.equal(segment({ id: 'a', text: 'One line.' }).paragraphs.length, 1);
});
