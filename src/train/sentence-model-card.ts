/**
 * MODEL_CARD.md of the sentence models (`models/sentences/`): what they are, how the technique
 * decision uses them, and each file's figures.
 */
import { INTERVAL_NOTE } from './cv-interval.js';
import type { ModelHeader } from '../models/model-file.js';
import { CALIBRATION_NOTE, RESEARCH_NOTICE, section } from './model-card.js';

/** The card for the sentence model files of one folder. */
export function sentenceModelCard(models: { file: string; header: ModelHeader; bytes: number }[], command: string): string {
  const lines = [
    '# slant sentence-level technique models',
    '',
    ...RESEARCH_NOTICE,
    '',
    '## What they are',
    'Technique models of the same kind as `models/techniques/` (same features and learner as the',
    'language\'s own technique model), trained on single sentences: each sentence of the span corpus',
    'is labelled with the techniques of the gold spans it overlaps. They report nothing themselves.',
    'The technique decision reads their margins: for each technique, a paragraph\'s highest margin',
    'over its sentences is the S in σ(a·margin + sb·B + si·I + ss·S + b) (see',
    '`models/techniques/MODEL_CARD.md`). A paragraph\'s bag of n-grams dilutes one persuasive sentence',
    'among plain ones; the sentence model sees it alone.',
    '',
    '`sentences.slm` is pooled over all languages (language copies of every feature, the pooled',
    'technique model\'s settings): the languages\' own technique files read their S from it; the',
    'pooled technique file reads each language\'s own `sentences-<lang>.slm`.',
    '',
    'The CV figures below are micro-F1 over sentences (5-fold, grouped by article), against the',
    'sentences\' span-derived labels: they describe the sentence model, not the paragraph decision.',
    '',
    ...CALIBRATION_NOTE,
    '',
    INTERVAL_NOTE,
    '',
    `Retrain with: \`${command}\` (the sentence models are trained with the technique models).`,
    '',
  ];
  for (const m of models) lines.push(...section(m, 'sentences'));
  return `${lines.join('\n')}\n`;
}
