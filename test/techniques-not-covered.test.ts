/** The warning that names the techniques a decision cannot find (no training example in its language). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { TECHNIQUE_INFO, TECHNIQUES_ABSENT_IN_ENGLISH } from '../src/labels.js';

// Our own sentences.
const ENGLISH = 'The council betrays us again.\n\nCitizens must resist now, before it is too late.\n';
const GERMAN = 'Der Stadtrat verrät uns schon wieder.\n\nDie Bürger müssen jetzt Widerstand leisten, bevor es zu spät ist.\n';
const SPANISH = 'El gobierno nos traiciona otra vez.\n\nLos ciudadanos deben resistir ahora, antes de que sea demasiado tarde.\n';

const notCovered = (text: string, lang: string, options = {}) =>
  analyzeArticle({ id: 'x', text, lang }, options).warnings.filter((w) => w.code === 'techniques-not-covered');

test('English articles are told which four techniques the English model never finds, full and fast', () => {
  for (const options of [{}, { fast: true }]) {
    const [warning, ...rest] = notCovered(ENGLISH, 'en', options);
    assert.equal(rest.length, 0);
    for (const t of TECHNIQUES_ABSENT_IN_ENGLISH) assert.ok(warning?.message.includes(TECHNIQUE_INFO[t].name.toLowerCase()), `${t} named`);
    assert.match(warning?.message ?? '', /^the technique model had no en training example of .* or .*: it scores them near zero/);
  }
});

test('a language with examples of every technique gets no such warning; nor does an analysis without techniques', () => {
  assert.deepEqual(notCovered(GERMAN, 'de'), []);
  assert.deepEqual(notCovered(ENGLISH, 'en', { tasks: ['genre', 'frames'] }), []);
});

test('a language without a model of its own averages every language\'s calibration, so it can find all 23 and is not warned', () => {
  for (const [options, factor] of [[{}, '0.25'], [{ fast: true }, '0.5']] as const) {
    assert.deepEqual(notCovered(SPANISH, 'es', options), []);
    const fallback = analyzeArticle({ id: 'x', text: SPANISH, lang: 'es' }, options).warnings.find((w) => w.code === 'technique-language-fallback');
    assert.match(fallback?.message ?? '', /^no technique model for language 'es': the pooled multilingual model was used, its .*en.* calibrations averaged and their thresholds lowered to (\S+) of their value/);
    assert.ok(fallback?.message.includes(`lowered to ${factor} of their value`), fallback?.message);
  }
});

test('the warnings name what a models folder of one language really used, and read right under the averaged calibration', async () => {
  const { techniqueFallback, techniquesNotCovered } = await import('../src/pipeline/findings.js');
  const { AVERAGED_CALIBRATION } = await import('../src/models/technique-model.js');
  type Model = Parameters<typeof techniqueFallback>[1];
  const one = { header: { languages: ['en'] }, unsupportedFor: () => ['Appeal_to_Time'] } as unknown as Model;
  assert.match(techniqueFallback('fr', one).message, /^no technique model for language 'fr': the en model was used, its calibration kept and its thresholds lowered to 0\.25 of their value$/);
  const scores = { lang: AVERAGED_CALIBRATION } as unknown as Parameters<typeof techniquesNotCovered>[1];
  assert.equal(techniquesNotCovered(one, scores)[0]?.message, 'the technique model had no training example, in any language, of appeal to time: it scores them near zero, so their absence says nothing about this article');
});
