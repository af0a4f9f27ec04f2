/** The script-free technique model: trained on cues and position alone, it serves articles in a script no training language uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../src/segment/index.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { pooledRows, SCRIPT_FREE_FEATURES, trainScriptFreeModel } from '../src/train/script-free.js';
import { SCRIPT_FREE_LANG, scoreScriptFree, scriptFreeModel } from '../src/models/script-free.js';
import { TechniqueModel, UNSEEN_LANGUAGE_THRESHOLD_FACTOR } from '../src/models/technique-model.js';
import { techniqueModelFor } from '../src/models/model-registry.js';
import { techniqueScoring } from '../src/models/technique-scoring.js';
import { FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR, loadFastModels } from '../src/models/fast-models.js';
import { fastMargins } from '../src/models/fast-margins.js';
import type { TrainRow } from '../src/train/semeval-corpus.js';
import type { Technique } from '../src/labels.js';
import { inUnseenScript } from '../src/lang/script.js';

/** Latin letters to Greek ones: our own text in a script no training language uses, with the same punctuation. */
const GREEK: Record<string, string> = Object.fromEntries([...'abdefghiklmnoprstuvxyz'].map((c, i) => [c, 'αβδεφγηικλμνοπρστυωχψζ'[i] as string]));
const inGreek = (text: string): string => text.replace(/[a-z]/gi, (c) => {
  const g = GREEK[c.toLowerCase()] ?? 'θ';
  return c === c.toLowerCase() ? g : g.toUpperCase();
});

// Our own sentences: questions carry Doubt, exclamations Slogans.
const QUESTIONS = ['Who really decided this plan?', 'Can anyone trust the council now?', 'Why did nobody ask the residents?', 'Is this really about safety?', 'Où est passé l\'argent du budget?', 'Pourquoi personne ne répond?'];
const SHOUTS = ['Stop the road now!', 'Save our town!', 'Never again!', 'Vote them out!', 'Arrêtez ce projet!', 'Non à la route!'];

function rows(): TrainRow[] {
  const all = [...QUESTIONS.map((t) => [t, 'Doubt']), ...SHOUTS.map((t) => [t, 'Slogans'])];
  return all.map(([text, label], i) => {
    const lang = /[éèà]|Pourquoi|Non/.test(text as string) ? 'fr' : 'en';
    const doc = segment({ id: `a${i}`, text: `${text}\n` }, { lang });
    return { doc, index: 0, lang, articleId: `a${i}`, labels: [label as string] };
  });
}

test('the script-free features read no word, bigram, character, neighbour or title, and its rows pool as one language', () => {
  const w = SCRIPT_FREE_FEATURES.weights;
  assert.deepEqual([w.word, w.bigram, w.char, w.neighbour, w.title, w.article], [0, 0, 0, 0, 0, 0]);
  assert.equal(SCRIPT_FREE_FEATURES.langFeatures, false);
  assert.equal(SCRIPT_FREE_FEATURES.charMin, 0);
  assert.ok(w.cue > 0 && w.position > 0);
  assert.deepEqual(new Set(pooledRows(rows()).map((r) => r.lang)), new Set([SCRIPT_FREE_LANG]));
});

test('trained on a tiny corpus, the script-free model tells a Greek question from a Greek exclamation by its punctuation', () => {
  const trained = trainScriptFreeModel(rows(), { folds: 2, seed: 1, files: [] });
  assert.deepEqual(trained.header.languages, [SCRIPT_FREE_LANG]);
  const model = TechniqueModel.fromBytes(trained.bytes, 'tiny-script-free');
  const score = (text: string, label: string): number => {
    const doc = segment({ id: 'g', text: `${inGreek(text)}\n` }, { lang: 'el' });
    const labels = model.decideMargins(doc, [model.margins(doc, 0)], 1).paragraphs[0]?.labels ?? [];
    return labels.find((l) => l.label === label)?.score ?? NaN;
  };
  assert.ok(score('Who paid for this?', 'Doubt') > score('Who paid for this!', 'Doubt'));
  assert.ok(score('Who paid for this!', 'Slogans') > score('Who paid for this?', 'Slogans'));
});

const EXAMPLE = readFileSync(path.resolve(import.meta.dirname, '../examples/town-bypass-op-ed.txt'), 'utf8');

test('an article in an unseen script gets techniques from the shipped script-free model, with its warning, full and fast', () => {
  const text = inGreek(EXAMPLE);
  assert.ok(inUnseenScript(text));
  assert.ok(scriptFreeModel() !== null, 'models/techniques/techniques-script-free.slm ships');
  const fast = analyzeArticle({ id: 'g', text, lang: 'el' }, { fast: true });
  assert.ok(fast.warnings.some((w) => w.code === 'technique-script-free'));
  assert.ok(fast.paragraphs.some((p) => p.techniques!.length > 0));
  const analysis = analyzeArticle({ id: 'g', text, lang: 'el' });
  const codes = analysis.warnings.map((w) => w.code);
  assert.ok(codes.includes('technique-script-free') && codes.includes('script-unseen'), codes.join(', '));
  assert.ok(!codes.includes('technique-language-fallback'));
  const found = analysis.paragraphs.flatMap((p) => p.techniques!);
  assert.ok(found.length > 0, 'the pooled n-gram model found nothing in an unseen script; this one reads the punctuation and position');
  for (const t of found) assert.ok(t.score > 0 && t.score < 1);
});

const SPANISH = 'El ayuntamiento aprobó ayer el nuevo presupuesto. Los vecinos protestan contra la autopista y piden explicaciones.\n\n¿Quién decidió este plan? ¡Nadie preguntó a los vecinos!\n';

test('a Latin-script language without training data gets the pooled model\'s scores averaged with the script-free model\'s, against the mean of their thresholds', () => {
  const analysis = analyzeArticle({ id: 's', text: SPANISH, lang: 'es' }, { allScores: true });
  const codes = analysis.warnings.map((w) => w.code);
  assert.ok(!codes.includes('technique-script-free'));
  assert.match(analysis.warnings.find((w) => w.code === 'technique-language-fallback')?.message ?? '', /averaged with that of a model of punctuation, quotation marks, numbers, capitals and paragraph position/);
  const doc = segment({ id: 's', text: SPANISH }, { lang: 'es' });
  const pooled = techniqueModelFor('es');
  const free = scriptFreeModel() as TechniqueModel;
  const p = pooled.scoreParagraphs(doc, undefined, { spans: null, sentences: null });
  const f = scoreScriptFree(free, doc);
  assert.ok(p.fallback);
  const thresholds = [pooled.unseenThresholds(UNSEEN_LANGUAGE_THRESHOLD_FACTOR), free.unseenThresholds(1)];
  analysis.paragraphs.forEach((para, i) => {
    const expected = (p.paragraphs[i]?.labels ?? []).map((l, k) => ({ label: l.label as Technique, k, score: (l.score + (f.paragraphs[i]?.labels[k]?.score ?? NaN)) / 2 }));
    for (const e of expected) assert.ok(Math.abs((para.scores?.[e.label] ?? NaN) - e.score) < 1e-4, `${e.label} ${para.scores?.[e.label]} vs ${e.score}`);
    const over = expected.filter((e) => e.score >= ((thresholds[0]?.[e.k] ?? NaN) + (thresholds[1]?.[e.k] ?? NaN)) / 2).map((e) => e.label).sort();
    assert.deepEqual(para.techniques!.map((t) => t.label).sort(), over);
  });
});

test('--fast averages its pooled model\'s scores with the script-free model\'s for such a language too', () => {
  const analysis = analyzeArticle({ id: 's', text: SPANISH, lang: 'es' }, { allScores: true, fast: true });
  assert.match(analysis.warnings.find((w) => w.code === 'technique-language-fallback')?.message ?? '', /lowered to 0\.5 of their value, and each score averaged with that of a model of punctuation/);
  const doc = segment({ id: 's', text: SPANISH }, { lang: 'es' });
  const models = loadFastModels();
  const p = models.techniques.decideMargins(doc, fastMargins(models, doc).paragraphs, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR);
  const f = scoreScriptFree(scriptFreeModel() as TechniqueModel, doc);
  analysis.paragraphs.forEach((para, i) => {
    for (const [k, l] of (p.paragraphs[i]?.labels ?? []).entries()) {
      const expected = (l.score + (f.paragraphs[i]?.labels[k]?.score ?? NaN)) / 2;
      assert.ok(Math.abs((para.scores?.[l.label as Technique] ?? NaN) - expected) < 1e-4, `${l.label}`);
    }
  });
});

test('one function chooses how the full analysis scores techniques: own calibration, script-free alone, or both averaged', () => {
  const serving = (text: string, lang: string): string => techniqueScoring(segment({ id: 'x', text }, { lang })).serving;
  assert.equal(serving(EXAMPLE, 'en'), 'calibrated');
  assert.equal(serving(SPANISH, 'es'), 'pooled-and-script-free');
  assert.equal(serving(inGreek(EXAMPLE), 'el'), 'script-free');
  // A training language keeps its own decision even in letters it was not written in.
  assert.equal(serving(inGreek(EXAMPLE), 'en'), 'calibrated');
});
