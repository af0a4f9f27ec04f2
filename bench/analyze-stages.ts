/**
 * Milliseconds per article spent in each stage of the analysis, measured by running the stages
 * the way src/pipeline/run-models.ts does (language, segmentation, techniques, evidence, spans,
 * genre, frames) with a timer around each.
 */
import type { Article } from '../src/document/article.js';
import { warmUpSet } from './analyze-corpus.js';
import { explainParagraphLabels } from '../src/explain/evidence-spans.js';
import { detectLanguage } from '../src/lang/detect.js';
import { predictFrames } from '../src/models/frames-model.js';
import { predictGenre } from '../src/models/genre-model.js';
import { techniqueModelFor } from '../src/models/model-registry.js';
import { segment } from '../src/segment/index.js';
import { predictSpans } from '../src/spans/predict-spans.js';
import { decisionsFromScores } from '../src/spans/technique-decisions.js';

const STAGES = ['lang', 'segment', 'techniques', 'evidence', 'spans', 'genre', 'frames'] as const;

/** Mean ms per article of each stage over `articles` (models warmed up first). */
export function stageTimes(articles: Article[]): Record<(typeof STAGES)[number], number> {
  const total = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<(typeof STAGES)[number], number>;
  const timed = <T>(stage: (typeof STAGES)[number], f: () => T): T => {
    const t = performance.now();
    const out = f();
    total[stage] += performance.now() - t;
    return out;
  };
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1) for (const s of STAGES) total[s] = 0;
    for (const a of pass === 0 ? warmUpSet(articles) : articles) {
      const lang = timed('lang', () => a.lang ?? detectLanguage(a.text).code);
      const doc = timed('segment', () => segment(a, { lang }));
      const model = techniqueModelFor(doc.lang.code);
      const scores = timed('techniques', () => model.scoreParagraphs(doc));
      timed('evidence', () => {
        for (const p of scores.paragraphs) explainParagraphLabels(model, doc, p.index, p.labels.filter((l) => l.over).map((l) => l.label), 3);
      });
      timed('spans', () => predictSpans(doc, { decisions: decisionsFromScores(scores) }));
      timed('genre', () => predictGenre(doc));
      timed('frames', () => predictFrames(doc));
    }
  }
  return Object.fromEntries(STAGES.map((s) => [s, Math.round((total[s] / articles.length) * 1000) / 1000])) as Record<(typeof STAGES)[number], number>;
}
