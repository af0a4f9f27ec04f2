/**
 * Milliseconds per article spent in each stage of the analysis, measured by running the stages
 * the way src/pipeline/run-models.ts does (language, segmentation, techniques, evidence extracted
 * for the paragraphs that report a technique, spans, genre, frames) with timers around each; and
 * the stages of the fast analysis (`--fast`).
 */
import type { Article } from '../src/document/article.js';
import { warmUpSet } from './analyze-corpus.js';
import { explainParagraphLabels } from '../src/explain/evidence-spans.js';
import { detectLanguage } from '../src/lang/detect.js';
import { resolveLanguage } from '../src/lang/resolve-language.js';
import { predictFrames, scoreFrames } from '../src/models/frames-model.js';
import { predictGenre, scoreGenre } from '../src/models/genre-model.js';
import { fastFramesFor, loadFastModels } from '../src/models/fast-models.js';
import { fastMargins } from '../src/models/fast-margins.js';
import { techniqueModelFor } from '../src/models/model-registry.js';
import { segment } from '../src/segment/index.js';
import { predictSpans } from '../src/spans/predict-spans.js';
import { decisionSignals } from '../src/models/decision-signals.js';
import { decisionsFromScores } from '../src/spans/technique-decisions.js';

const STAGES = ['lang', 'segment', 'techniques', 'evidence', 'spans', 'genre', 'frames'] as const;
const FAST_STAGES = ['lang', 'segment', 'features', 'decisions'] as const;

type Times<S extends string> = Record<S, number>;
type StageTimes = Times<(typeof STAGES)[number]>;

/**
 * Mean ms per article of each stage over `articles` (models warmed up first): wall-clock time and
 * this process's CPU time (less disturbed when other work shares the cores).
 */
export function stageTimes(articles: Article[]): { wall: StageTimes; cpu: StageTimes } {
  return timeStages(articles, STAGES, (a, timed) => {
    const lang = timed('lang', () => a.lang ?? detectLanguage(a.text).code);
    const doc = timed('segment', () => segment(a, { lang }));
    const model = techniqueModelFor(doc.lang.code);
    const signals = decisionSignals(model, doc.lang.code);
    // The span tagger's and sentence model's signals are part of the technique decision, so their time counts there.
    const scores = timed('techniques', () => model.scoreParagraphs(doc, undefined, signals));
    timed('evidence', () => {
      for (const p of scores.paragraphs) explainParagraphLabels(model, doc, p.index, p.labels.filter((l) => l.over).map((l) => l.label), { signal: p.spanSignal, sentence: p.sentenceSignal && signals.sentences ? { signal: p.sentenceSignal, model: signals.sentences } : undefined });
    });
    timed('spans', () => predictSpans(doc, { decisions: decisionsFromScores(scores) }));
    timed('genre', () => predictGenre(doc));
    timed('frames', () => predictFrames(doc));
  });
}

/**
 * The same for the fast analysis without evidence (`analyze --fast --no-evidence`): language (the
 * quick vote, else eld), segmentation without sentences, the one feature extraction with every
 * model's dot products, and the decisions.
 */
export function fastStageTimes(articles: Article[]): { wall: Times<(typeof FAST_STAGES)[number]>; cpu: Times<(typeof FAST_STAGES)[number]> } {
  const models = loadFastModels();
  return timeStages(articles, FAST_STAGES, (a, timed) => {
    const lang = timed('lang', () => resolveLanguage(a, undefined, true).code);
    const doc = timed('segment', () => segment(a, { lang, sentences: false }));
    const m = timed('features', () => fastMargins(models, doc));
    timed('decisions', () => {
      models.techniques.decideMargins(doc, m.paragraphs);
      scoreGenre(models.genre, doc, false, { margins: m.genre });
      scoreFrames(fastFramesFor(models, doc.lang.code), doc, false, false, { margins: m.frames });
    });
  });
}

/** Runs `run` over `articles` twice (a warm-up set, then all) and returns the second pass's mean times per stage. */
function timeStages<S extends string>(articles: Article[], stages: readonly S[], run: (a: Article, timed: <T>(stage: S, f: () => T) => T) => void): { wall: Times<S>; cpu: Times<S> } {
  const wall = Object.fromEntries(stages.map((s) => [s, 0])) as Times<S>;
  const cpu = { ...wall };
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const timed = <T>(stage: S, f: () => T): T => {
    const t = performance.now();
    const c = cpuNow();
    const out = f();
    cpu[stage] += cpuNow() - c;
    wall[stage] += performance.now() - t;
    return out;
  };
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1) for (const s of stages) wall[s] = cpu[s] = 0;
    for (const a of pass === 0 ? warmUpSet(articles) : articles) run(a, timed);
  }
  const mean = (t: Times<S>): Times<S> => Object.fromEntries(stages.map((s) => [s, Math.round((t[s] / articles.length) * 1000) / 1000])) as Times<S>;
  return { wall: mean(wall), cpu: mean(cpu) };
}
