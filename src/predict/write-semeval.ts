/**
 * Writers of SemEval-2023 prediction files, in the official formats (README.official.md): one row
 * per article for subtasks 1 and 2, one row per paragraph (non-empty line, numbered by its 1-based
 * line number) for subtask 3, articles in the templates' order (ids compared as strings, as the
 * official `.template` files list them), paragraphs in text order.
 */
import { controlCharacter } from '../ingest/corpus-record.js';
import type { Document } from '../document/document.js';
import type { ArticlePrediction } from './predictor.js';

/** The subtasks `slant predict` writes. */
export type PredictSubtask = '1' | '2' | '3';

/** A document with its prediction. */
export interface PredictedArticle {
  doc: Document;
  prediction: ArticlePrediction;
}

const byId = (a: PredictedArticle, b: PredictedArticle): number => {
  const x = a.doc.article.id;
  const y = b.doc.article.id;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The rows of one article for `subtask`, each ending in `\n`.
 * @throws Error prefixed `slant:` for an id that is empty or holds a tab, line break or other
 * control character: it would break the tab-separated rows (JSONL corpora refuse such ids on reading).
 */
export function formatPredictionRows(subtask: PredictSubtask, { doc, prediction }: PredictedArticle): string {
  const id = doc.article.id;
  const control = controlCharacter(id);
  if (id.trim() === '' || control !== undefined) {
    throw new Error(`slant: article id ${JSON.stringify(id)} ${control === undefined ? 'is empty' : `has a control character (${control})`}: SemEval rows are tab-separated and start with the id; give the article another id`);
  }
  if (subtask === '1') return `${id}\t${prediction.genre}\n`;
  if (subtask === '2') return `${id}\t${prediction.frames.join(',')}\n`;
  if (prediction.techniques.length !== doc.paragraphs.length) {
    throw new Error(`slant: predictor gave ${prediction.techniques.length} technique lists for ${doc.paragraphs.length} paragraphs of article ${id}`);
  }
  return doc.paragraphs.map((p, i) => `${id}\t${p.n}\t${prediction.techniques[i]!.join(',')}\n`).join('');
}

/**
 * The whole prediction file for `subtask`.
 * @example
 * formatPredictions('1', [{ doc, prediction }]); // "123\topinion\n"
 */
export function formatPredictions(subtask: PredictSubtask, articles: readonly PredictedArticle[]): string {
  return [...articles].sort(byId).map((a) => formatPredictionRows(subtask, a)).join('');
}
