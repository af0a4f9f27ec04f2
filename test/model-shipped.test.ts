import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { shippedModelDir, techniqueModelFor } from '../src/models/model-registry.js';
import path from 'node:path';
import { explainParagraph } from '../src/explain/evidence-spans.js';
import { MAX_PHRASE_WORDS } from '../src/explain/phrase-limit.js';
import { segment } from '../src/segment/index.js';
import { TECHNIQUES } from '../src/labels.js';
import { AVERAGED_CALIBRATION, UNSEEN_LANGUAGE_THRESHOLD_FACTOR } from '../src/models/technique-model.js';
import { applyPlatt } from '../src/models/platt.js';

const MODEL = path.join(shippedModelDir(), 'techniques.slm');
const TEXT = 'Headline about the vote\n\nThese corrupt traitors are destroying our great nation!\nThe council met on Tuesday and approved the budget.\n';

test('the shipped technique model loads once and gives valid scores and evidence', { skip: !existsSync(MODEL) && `shipped model absent: ${MODEL}` }, () => {
  assert.equal(techniqueModelFor('en'), techniqueModelFor('en'), 'loaded once');
  for (const lang of ['en', 'ru', 'de', 'es']) {
    const model = techniqueModelFor(lang);
    assert.deepEqual(model.header.labels, [...TECHNIQUES]);
    const doc = segment({ id: 'x', text: TEXT }, { lang });
    const scores = model.scoreParagraphs(doc);
    assert.equal(scores.paragraphs.length, 3);
    for (const p of scores.paragraphs) {
      for (const l of p.labels) assert.ok(l.score >= 0 && l.score <= 1, `${l.label} ${l.score}`);
      const para = doc.paragraphs[p.index]!;
      for (const label of TECHNIQUES) {
        for (const s of explainParagraph(model, doc, p.index, label)) assert.ok(s.start >= para.start && s.end <= para.end);
      }
    }
  }
  const en = techniqueModelFor('en').scoreParagraphs(segment({ id: 'x', text: TEXT }, { lang: 'en' }));
  const loaded = (i: number): number => en.paragraphs[i]!.labels.find((l) => l.label === 'Loaded_Language')!.score;
  assert.ok(loaded(1) > loaded(2), 'the loaded sentence scores higher than the neutral one');
});

test('shipped techniques: a language without data of its own averages every language\'s calibration, thresholds lowered by the unseen-language factor', { skip: !existsSync(MODEL) && 'shipped model absent' }, () => {
  const model = techniqueModelFor('es');
  const doc = segment({ id: 'es', text: 'Votación\n\nEstos traidores corruptos están destruyendo nuestra gran nación.\n' }, { lang: 'es' });
  const scores = model.scoreParagraphs(doc);
  assert.equal(scores.fallback, true);
  assert.equal(scores.lang, AVERAGED_CALIBRATION);
  const decisions = model.header.languages.map((lang) => model.header.decisions[lang]!);
  assert.equal(decisions.length, 6);
  for (const p of scores.paragraphs) {
    const m = model.margins(doc, p.index);
    p.labels.forEach((l, i) => {
      const score = decisions.reduce((a, d) => a + applyPlatt(d.platt[i]!, m[i]!), 0) / decisions.length;
      const threshold = decisions.reduce((a, d) => a + d.thresholds[i]!, 0) / decisions.length;
      assert.ok(Math.abs(l.score - score) < 1e-12);
      assert.equal(l.over, l.score >= threshold * UNSEEN_LANGUAGE_THRESHOLD_FACTOR);
    });
  }
  assert.ok(UNSEEN_LANGUAGE_THRESHOLD_FACTOR > 0 && UNSEEN_LANGUAGE_THRESHOLD_FACTOR < 1);
  // The averaged decision can find every technique: no language lacks all of them.
  assert.deepEqual(model.unsupportedFor(AVERAGED_CALIBRATION), []);
  assert.equal(model.unsupportedFor('en').length, 4);
});

test("shipped techniques: the six trained languages decide with the span tagger's and the sentence model's signals", { skip: !existsSync(MODEL) && 'shipped model absent' }, async () => {
  const { decisionSignals } = await import('../src/models/decision-signals.js');
  const { paragraphSpanSignal } = await import('../src/models/span-signal.js');
  const { documentSentenceSignal } = await import('../src/models/sentence-signal.js');
  const { applySpanPlatt } = await import('../src/models/platt.js');
  for (const lang of ['en', 'fr', 'de', 'it', 'pl', 'ru']) {
    const model = techniqueModelFor(lang);
    const signals = decisionSignals(model, lang);
    const span = model.decisionFor(lang).decision?.span;
    assert.ok(signals.spans && signals.sentences && span, `${lang}: span model, sentence model and stacked decision ship`);
    assert.ok(span.platt.every((p) => p.ss !== undefined), `${lang}: the decision weighs the sentence signal`);
    const doc = segment({ id: lang, text: TEXT }, { lang });
    const scores = model.scoreParagraphs(doc, undefined, signals);
    const S = documentSentenceSignal(signals.sentences, doc, model.header.labels);
    for (const p of scores.paragraphs) {
      const m = model.margins(doc, p.index);
      const s = paragraphSpanSignal(signals.spans, doc, p.index, model.header.labels).values;
      p.labels.forEach((l, i) => {
        assert.equal(l.score, applySpanPlatt(span.platt[i]!, m[i]!, s[i * 2]!, s[i * 2 + 1]!, S[p.index]!.values[i]!));
        assert.equal(l.over, l.score >= span.thresholds[i]!);
      });
    }
  }
});

test('shipped techniques: a paragraph of one repeated word gives evidence phrases of at most MAX_PHRASE_WORDS words', { skip: !existsSync(MODEL) && 'shipped model absent' }, () => {
  const model = techniqueModelFor('en');
  const doc = segment({ id: 'x', text: `Headline\n\n${'traitors '.repeat(80).trim()}!` }, { lang: 'en' });
  const para = doc.paragraphs[1]!;
  const phrases = explainParagraph(model, doc, 1, 'Name_Calling-Labeling');
  assert.ok(phrases.length > 1, 'the 80-word run is cut into several phrases');
  for (const s of phrases) {
    assert.ok(s.start >= para.start && s.end <= para.end);
    assert.ok(doc.article.text.slice(s.start, s.end).split(' ').length <= MAX_PHRASE_WORDS);
  }
});

test('fast techniques: a language without data of its own averages every calibration too, thresholds × the fast factor', async () => {
  const { loadFastModels, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR } = await import('../src/models/fast-models.js');
  const model = loadFastModels().techniques;
  const doc = segment({ id: 'es', text: 'Votación\n\nEstos traidores corruptos están destruyendo nuestra gran nación.\n' }, { lang: 'es' });
  const margins = doc.paragraphs.map((_, i) => model.margins(doc, i));
  const scores = model.decideMargins(doc, margins, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR);
  assert.equal(scores.lang, AVERAGED_CALIBRATION);
  const decisions = model.header.languages.map((lang) => model.header.decisions[lang]!);
  for (const p of scores.paragraphs) {
    p.labels.forEach((l, i) => {
      const threshold = decisions.reduce((a, d) => a + d.thresholds[i]!, 0) / decisions.length;
      assert.equal(l.over, l.score >= threshold * FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR);
    });
  }
  assert.ok(FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR > UNSEEN_LANGUAGE_THRESHOLD_FACTOR && FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR < 1);
});
