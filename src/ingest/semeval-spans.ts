/**
 * Reader of SemEval-2023 span files (`id<TAB>technique<TAB>start<TAB>end`, offsets in Unicode code
 * points over the raw article text, `\r` included; end exclusive), as one file or as the official
 * folder of per-article files (`train-labels-subtask-3-spans/article<ID>-labels-subtask-3.txt`).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { isTechnique, type Technique } from '../labels.js';
import {
  DuplicateGuard,
  dropTrailingEmpty,
  parseCount,
  parseId,
  parseRows,
  readLabelText,
  rowError,
  type LabelFile,
  type LabelReadOptions,
} from './semeval-rows.js';

/** One span row: a technique between two code-point offsets of an article. */
export interface SpanRow {
  id: string;
  technique: Technique;
  /** Start offset in code points (inclusive). */
  start: number;
  /** End offset in code points (exclusive); always greater than `start`. */
  end: number;
  /** The file the row came from (folders hold one file per article). */
  input: string;
  line: number;
}

/** Span rows, plus the ids of every article the source covers (folders list articles without spans too). */
export interface SpanFile extends LabelFile<SpanRow> {
  articles: Set<string>;
}

/** Parses `start` and `end` fields, checking `start < end`. */
export function parseOffsets(f: string[], at: number, input: string, line: number): { start: number; end: number } {
  const start = parseCount(f[at], 'start offset', input, line);
  const end = parseCount(f[at + 1], 'end offset', input, line);
  if (end <= start) throw rowError(input, line, `span end ${end} is not after its start ${start}`);
  return { start, end };
}

/** Parses the text of one span file. `guard` carries duplicate detection across the files of a folder. */
export function parseSpanLabels(
  text: string,
  input: string,
  options?: LabelReadOptions,
  guard: DuplicateGuard = new DuplicateGuard(input),
): SpanFile {
  const file = parseRows(text, input, ({ fields, line }) => {
    const f = dropTrailingEmpty(fields, 4);
    if (f.length !== 4) {
      throw rowError(input, line, `expected 4 tab-separated fields (id, technique, start, end), found ${f.length}`);
    }
    const id = parseId(f[0], input, line);
    const technique = f[1]!;
    if (!isTechnique(technique)) throw rowError(input, line, `unknown technique ${JSON.stringify(technique)}`);
    const { start, end } = parseOffsets(f, 2, input, line);
    guard.check(`${id}\t${technique}\t${start}\t${end}`, line, `${id} ${technique} ${start}-${end}`);
    return { id, technique, start, end, input, line };
  }, options);
  return { ...file, articles: new Set(file.rows.map((r) => r.id)) };
}

/** The article id in a SemEval/PTC per-article file name (`article123-labels-subtask-3.txt` → `123`). */
export function articleIdOfLabelFile(name: string): string | undefined {
  return /^article([^-.]+)[-.]/.exec(name)?.[1];
}

/**
 * Reads a span file, or a folder of per-article span files (every `article*.txt` and
 * `article*.labels` file in it; an empty file still names its article).
 */
export async function readSpanLabels(path: string, options?: LabelReadOptions): Promise<SpanFile> {
  if (!(await isDirectory(path))) return parseSpanLabels(await readLabelText(path), path, options);
  const names = (await readdir(path)).filter((n) => /^article.*\.(txt|labels)$/.test(n)).sort();
  if (names.length === 0) throw new InputError({ input: path }, 'no article*.txt span files in this folder');
  const out: SpanFile = { input: path, rows: [], articles: new Set() };
  for (const name of names) {
    const file = join(path, name);
    const part = parseSpanLabels(await readLabelText(file), file, options, new DuplicateGuard(file));
    const id = articleIdOfLabelFile(name);
    if (id !== undefined) out.articles.add(id);
    for (const row of part.rows) {
      if (id !== undefined && row.id !== id) throw rowError(file, row.line, `row of article ${row.id} in the file of article ${id}`);
      out.rows.push(row);
      out.articles.add(row.id);
    }
  }
  return out;
}

/** True when `path` is a folder; a missing path is an InputError. */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw new InputError({ input: path }, 'no such file or folder', { cause: error });
  }
}
