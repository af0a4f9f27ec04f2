/**
 * `slant predict --subtask spans` as a function: spans for every article of a SemEval folder,
 * reconciled with the technique model's paragraph decisions when that model loads.
 */
import type { Document } from '../document/document.js';
import { readArticleFolderSkipping } from '../ingest/read-folder.js';
import { techniqueScoring } from '../models/technique-scoring.js';
import type { ParagraphDecision } from './reconcile-spans.js';
import { formatSpanFile, type SpanPrediction } from './span-file.js';
import { loadSpanModel, predictSpans } from './predict-spans.js';
import { decisionsFromScores } from './technique-decisions.js';

/** The technique decisions of `doc` as the full analysis makes them (`techniqueScoring`), or null when no technique model loads. */
export function paragraphDecisions(doc: Document): ParagraphDecision[] | null {
  try {
    return decisionsFromScores(techniqueScoring(doc).scores);
  } catch {
    return null;
  }
}

/**
 * The span prediction file for `folder`; `note` gets one line per problem worth telling, `onBad`
 * each file that cannot be read (left out; it throws when absent).
 */
export async function predictSpanFolder(folder: string, lang: string, note: (line: string) => void, onBad: (file: string, error: unknown) => void = (_, error) => {
  throw error;
}): Promise<string> {
  const { segment } = await import('../segment/index.js');
  const items: SpanPrediction[] = [];
  const told = new Set<string>();
  const tell = (line: string): void => {
    if (!told.has(line)) note(line);
    told.add(line);
  };
  for (const article of await readArticleFolderSkipping(folder, onBad)) {
    const doc = segment(article, lang === 'auto' ? {} : { lang });
    if (!loadSpanModel(doc.lang.code)) tell(`slant predict: no span model for language '${doc.lang.code}': no spans for its articles`);
    const decisions = paragraphDecisions(doc);
    if (!decisions) tell('slant predict: no technique model loaded: spans are the tagger\'s alone, not reconciled with paragraph decisions');
    items.push({ doc, spans: predictSpans(doc, decisions ? { decisions } : {}) });
  }
  return formatSpanFile(items);
}
