/**
 * Writes MODEL_CARD.md for the technique models from their headers, so the figures in the card
 * are always the ones stored in the model files.
 */
import type { ModelHeader } from '../models/model-file.js';

interface CvLang {
  lang: string;
  micro: { mean: number; std: number };
  macro: { mean: number; std: number };
}

/** The model card text for the given model files (name and header of each). */
export function modelCard(models: { file: string; header: ModelHeader; bytes: number }[], command: string): string {
  const lines = [
    '# slant persuasion-technique models',
    '',
    '> **Notice.** These models were trained on the SemEval-2023 Task 3 training data, which may be used',
    '> only for scientific research in the context of the shared task and may not be redistributed. The',
    '> model files contain no text from the corpus, only hashed feature weights; treat them as research',
    '> artefacts derived from research-only data.',
    '',
    '## What they are',
    'One-vs-rest logistic regression over sparse hashed features of each paragraph (word uni/bigrams,',
    'character 3–5-grams inside words, cue counts, paragraph length and position, words of the',
    'neighbouring paragraphs and of the title), trained with AdaGrad and L2, int8-quantised weights.',
    'Scores are Platt-calibrated per language and label on out-of-fold margins; each label has its own',
    'threshold, chosen on out-of-fold predictions to maximise micro-F1 (shrunk toward one global',
    'threshold for rare labels).',
    '',
    `Retrain with: \`${command}\``,
    '',
  ];
  for (const m of models) lines.push(...section(m));
  return `${lines.join('\n')}\n`;
}

function section(m: { file: string; header: ModelHeader; bytes: number }): string[] {
  const h = m.header;
  const cv = (h.cv as { perLanguage: CvLang[] }).perLanguage;
  const out = [
    `## \`${m.file}\` (${(m.bytes / 1048576).toFixed(2)} MB)`,
    '',
    `Languages: ${h.languages.join(', ')}. Training rows (paragraphs): ${h.training.rows}, articles: ${h.training.articles}.`,
    `Training data fingerprint: \`${h.training.fingerprint}\`. Seed ${h.training.seed}.`,
    `Feature space 2^${h.features.bits}${h.features.langFeatures ? ', pooled plus language-specific features' : ''}.`,
    '',
    '| language | micro-F1 (5-fold CV by article) | macro-F1 |',
    '|---|---|---|',
    ...cv.map((c) => `| ${c.lang} | ${c.micro.mean.toFixed(3)} ± ${c.micro.std.toFixed(3)} | ${c.macro.mean.toFixed(3)} ± ${c.macro.std.toFixed(3)} |`),
    '',
    'Labels it cannot predict (no training example in that language; their scores stay near zero):',
    '',
    ...h.languages.map((l) => `- ${l}: ${(h.unsupported[l] ?? []).join(', ') || 'none'}`),
    '',
    'English training articles follow an older annotation scheme (PTC); rare labels (Red_Herring,',
    'Straw_Man, Whataboutism, Appeal_to_Popularity, …) are seldom or never predicted. Per-label CV',
    'figures are stored in the model header (`cv.perLanguage[].perLabel`).',
    '',
  ];
  return out;
}
