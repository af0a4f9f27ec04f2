/**
 * Reads the SemEval-2023 training layout of subtask 1 (genre) or 2 (frames) of one language into
 * segmented documents with their gold labels. Each subtask is read from its own folder and label
 * file: outside English the splits differ per subtask (SOURCES.md, quirk 4).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Document } from '../document/document.js';
import { segment } from '../segment/index.js';
import { readFrameLabels, readGenreLabels } from '../ingest/semeval-labels.js';
import { FOLDER_LANG, folderOf } from './semeval-corpus.js';

/** One training article: its segmented document, language, id and gold labels. */
export interface ArticleRow {
  doc: Document;
  lang: string;
  articleId: string;
  /** One genre (subtask 1) or any number of frames (subtask 2). */
  labels: string[];
}

/** The articles of one language and subtask, plus the files read (for the data fingerprint). */
export interface ArticleCorpus {
  rows: ArticleRow[];
  files: string[];
}

/**
 * Reads subtask `subtask` (1 genre, 2 frames) of language `lang` (ISO or SemEval folder code).
 * @example
 * const { rows } = await readArticleTask('../shared/data/semeval2023', 'it', 2);
 */
export async function readArticleTask(root: string, lang: string, subtask: 1 | 2): Promise<ArticleCorpus> {
  const folder = folderOf(lang);
  const iso = FOLDER_LANG[folder] as string;
  const dir = path.join(root, folder);
  const labelsPath = path.join(dir, `train-labels-subtask-${subtask}.txt`);
  if (!existsSync(labelsPath)) throw new InputError({ input: labelsPath }, `SemEval subtask-${subtask} labels not found: --data must name the SemEval-2023 Task 3 root (folders en fr ge it po ru); --lang trains fewer languages`);
  const gold: { id: string; labels: string[]; line: number }[] = subtask === 1
    ? (await readGenreLabels(labelsPath)).rows.map((r) => ({ id: r.id, labels: [r.genre], line: r.line }))
    : (await readFrameLabels(labelsPath)).rows.map((r) => ({ id: r.id, labels: [...r.frames], line: r.line }));
  const artDir = path.join(dir, `train-articles-subtask-${subtask}`);
  const files = [labelsPath];
  const rows = gold
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map(({ id, labels, line }) => {
      const file = path.join(artDir, `article${id}.txt`);
      if (!existsSync(file)) throw new InputError({ input: labelsPath, line }, `article ${id} is not in ${artDir}`);
      files.push(file);
      const doc = segment({ id, text: readFileSync(file, 'utf8'), lang: iso }, { lang: iso });
      return { doc, lang: iso, articleId: id, labels };
    });
  return { rows, files };
}
