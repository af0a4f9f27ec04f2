/**
 * Readers of the SemEval-2023 Task 3 label files of subtasks 1–3 (README.official.md, "Prediction
 * Files Format"). Gold and prediction files share the format, so the same readers serve both.
 * Span files and templates: semeval-spans.ts and semeval-template.ts; PTC: ptc-labels.ts.
 *
 * Tolerated: BOM, CRLF, blank lines, trailing tabs and spaces, an empty label field. Refused with
 * file and line: unknown labels, a wrong number of fields, bad numbers, duplicate rows.
 */
import { isFrame, isGenre, isTechnique, type Frame, type Genre, type Technique } from '../labels.js';
import {
  DuplicateGuard,
  dropTrailingEmpty,
  parseCount,
  parseId,
  parseLabelList,
  parseRows,
  readLabelText,
  rowError,
  type LabelFile,
  type LabelReadOptions,
} from './semeval-rows.js';

export { readLabelText, splitRows, type LabelFile, type LabelReadOptions, type RawRow } from './semeval-rows.js';
export * from './semeval-spans.js';
export * from './semeval-template.js';
export * from './ptc-labels.js';

/** A row of subtask 1: `id<TAB>genre`. */
export interface GenreRow {
  id: string;
  genre: Genre;
  line: number;
}

/** A row of subtask 2: `id<TAB>frame,frame,...` (the list may be empty). */
export interface FramesRow {
  id: string;
  frames: Frame[];
  line: number;
}

/** A row of subtask 3: `id<TAB>paragraph<TAB>technique,technique,...` (the list may be empty). */
export interface TechniquesRow {
  id: string;
  /** The paragraph number: the 1-based line number of a non-empty line of the article. */
  paragraph: number;
  techniques: Technique[];
  line: number;
}

/** Parses the text of a subtask-1 file (gold or predictions). */
export function parseGenreLabels(text: string, input: string, options?: LabelReadOptions): LabelFile<GenreRow> {
  const seen = new DuplicateGuard(input);
  return parseRows(text, input, ({ fields, line }) => {
    const f = dropTrailingEmpty(fields, 1);
    // `id<TAB>` with nothing after it: the genre is what is missing, not a field.
    if (f.length === 1 && fields.length > 1) throw rowError(input, line, `article ${parseId(f[0], input, line)} has no genre`);
    if (f.length !== 2) throw rowError(input, line, `expected 2 tab-separated fields (id, genre), found ${f.length}`);
    const id = parseId(f[0], input, line);
    const genre = f[1]!;
    if (genre === '') throw rowError(input, line, `article ${id} has no genre`);
    if (!isGenre(genre)) throw rowError(input, line, `unknown genre ${JSON.stringify(genre)}`);
    seen.check(id, line, `article ${id}`);
    return { id, genre, line };
  }, options);
}

/** Parses the text of a subtask-2 file (gold or predictions). */
export function parseFrameLabels(text: string, input: string, options?: LabelReadOptions): LabelFile<FramesRow> {
  const seen = new DuplicateGuard(input);
  return parseRows(text, input, ({ fields, line }) => {
    const f = dropTrailingEmpty(fields, 1);
    if (f.length > 2) throw rowError(input, line, `expected 2 tab-separated fields (id, frames), found ${f.length}`);
    const id = parseId(f[0], input, line);
    const frames = parseLabelList(f[1] ?? '', isFrame, 'frame', input, line);
    seen.check(id, line, `article ${id}`);
    return { id, frames, line };
  }, options);
}

/** Parses the text of a subtask-3 file (gold or predictions). */
export function parseTechniqueLabels(
  text: string,
  input: string,
  options?: LabelReadOptions,
): LabelFile<TechniquesRow> {
  const seen = new DuplicateGuard(input);
  return parseRows(text, input, ({ fields, line }) => {
    const f = dropTrailingEmpty(fields, 2);
    if (f.length < 2 || f.length > 3) {
      throw rowError(input, line, `expected 3 tab-separated fields (id, paragraph, techniques), found ${f.length}`);
    }
    const id = parseId(f[0], input, line);
    const paragraph = parseCount(f[1], 'paragraph number', input, line);
    if (paragraph < 1) throw rowError(input, line, 'paragraph numbers start at 1');
    const techniques = parseLabelList(f[2] ?? '', isTechnique, 'technique', input, line);
    seen.check(`${id}\t${paragraph}`, line, `article ${id} paragraph ${paragraph}`);
    return { id, paragraph, techniques, line };
  }, options);
}

/** Reads a subtask-1 file. Throws InputError for a missing file or a bad row. */
export async function readGenreLabels(path: string, options?: LabelReadOptions): Promise<LabelFile<GenreRow>> {
  return parseGenreLabels(await readLabelText(path), path, options);
}

/** Reads a subtask-2 file. Throws InputError for a missing file or a bad row. */
export async function readFrameLabels(path: string, options?: LabelReadOptions): Promise<LabelFile<FramesRow>> {
  return parseFrameLabels(await readLabelText(path), path, options);
}

/** Reads a subtask-3 file. Throws InputError for a missing file or a bad row. */
export async function readTechniqueLabels(
  path: string,
  options?: LabelReadOptions,
): Promise<LabelFile<TechniquesRow>> {
  return parseTechniqueLabels(await readLabelText(path), path, options);
}
