/**
 * Readers of the PTC corpus (SemEval-2020 Task 11) label files: `*-task-si.labels`
 * (`id<TAB>start<TAB>end`) and `*-task-flc-tc.labels` (`id<TAB>technique<TAB>start<TAB>end`),
 * offsets in code points, end exclusive. Each reads one combined file or a folder of per-article files.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Technique } from '../labels.js';
import {
  DuplicateGuard,
  dropTrailingEmpty,
  parseId,
  parseRows,
  readLabelText,
  rowError,
  type LabelFile,
  type LabelReadOptions,
} from './semeval-rows.js';
import { articleIdOfLabelFile, isDirectory, parseOffsets } from './semeval-spans.js';

/** The 14 technique classes of PTC, spelled as in its files. */
export const PTC_TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_fear-prejudice',
  'Bandwagon,Reductio_ad_hitlerum',
  'Black-and-White_Fallacy',
  'Causal_Oversimplification',
  'Doubt',
  'Exaggeration,Minimisation',
  'Flag-Waving',
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Slogans',
  'Thought-terminating_Cliches',
  'Whataboutism,Straw_Men,Red_Herring',
] as const;
export type PtcTechnique = (typeof PTC_TECHNIQUES)[number];

/**
 * PTC class → our technique id, for the 12 classes where the mapping is exact (renames only:
 * `Black-and-White_Fallacy` → `False_Dilemma-No_Choice`, `Thought-terminating_Cliches` →
 * `Conversation_Killer`). Not exact, so absent here: `Bandwagon,Reductio_ad_hitlerum` (Bandwagon is
 * `Appeal_to_Popularity`, Reductio ad hitlerum is `Guilt_by_Association`) and
 * `Whataboutism,Straw_Men,Red_Herring` (three of ours, and SemEval-2023 relabelled some of these
 * spans `Appeal_to_Hypocrisy`). Checked on the 446 shared articles: spans at identical offsets carry
 * the mapped id in SemEval-2023's English gold, apart from co-located spans of other techniques.
 */
export const PTC_TO_TECHNIQUE: Readonly<Partial<Record<PtcTechnique, Technique>>> = {
  Appeal_to_Authority: 'Appeal_to_Authority',
  'Appeal_to_fear-prejudice': 'Appeal_to_Fear-Prejudice',
  'Black-and-White_Fallacy': 'False_Dilemma-No_Choice',
  Causal_Oversimplification: 'Causal_Oversimplification',
  Doubt: 'Doubt',
  'Exaggeration,Minimisation': 'Exaggeration-Minimisation',
  'Flag-Waving': 'Flag_Waving',
  Loaded_Language: 'Loaded_Language',
  'Name_Calling,Labeling': 'Name_Calling-Labeling',
  Repetition: 'Repetition',
  Slogans: 'Slogans',
  'Thought-terminating_Cliches': 'Conversation_Killer',
};

/** The techniques a merged PTC class stands for (one of them, unknown which). */
export const PTC_MERGED: Readonly<Partial<Record<PtcTechnique, readonly Technique[]>>> = {
  'Bandwagon,Reductio_ad_hitlerum': ['Appeal_to_Popularity', 'Guilt_by_Association'],
  'Whataboutism,Straw_Men,Red_Herring': ['Whataboutism', 'Straw_Man', 'Red_Herring', 'Appeal_to_Hypocrisy'],
};

const ptcSet: ReadonlySet<string> = new Set(PTC_TECHNIQUES);
/** True when `s` is one of the 14 PTC classes. */
export const isPtcTechnique = (s: string): s is PtcTechnique => ptcSet.has(s);

/** A PTC SI row: a propaganda span without technique. */
export interface PtcSpanRow {
  id: string;
  start: number;
  end: number;
  input: string;
  line: number;
}

/** A PTC TC/FLC row: a span with its PTC class. */
export interface PtcTechniqueRow extends PtcSpanRow {
  technique: PtcTechnique;
}

/** Parses one PTC SI file. */
export function parsePtcSpans(text: string, input: string, options?: LabelReadOptions): LabelFile<PtcSpanRow> {
  const seen = new DuplicateGuard(input);
  return parseRows(text, input, ({ fields, line }) => {
    const f = dropTrailingEmpty(fields, 3);
    if (f.length !== 3) throw rowError(input, line, `expected 3 tab-separated fields (id, start, end), found ${f.length}`);
    const id = parseId(f[0], input, line);
    const { start, end } = parseOffsets(f, 1, input, line);
    seen.check(`${id}\t${start}\t${end}`, line, `${id} ${start}-${end}`);
    return { id, start, end, input, line };
  }, options);
}

/** Parses one PTC TC/FLC file. */
export function parsePtcTechniques(text: string, input: string, options?: LabelReadOptions): LabelFile<PtcTechniqueRow> {
  const seen = new DuplicateGuard(input);
  return parseRows(text, input, ({ fields, line }) => {
    const f = dropTrailingEmpty(fields, 4);
    if (f.length !== 4) {
      throw rowError(input, line, `expected 4 tab-separated fields (id, technique, start, end), found ${f.length}`);
    }
    const id = parseId(f[0], input, line);
    const technique = f[1]!;
    if (!isPtcTechnique(technique)) throw rowError(input, line, `unknown PTC technique ${JSON.stringify(technique)}`);
    const { start, end } = parseOffsets(f, 2, input, line);
    seen.check(`${id}\t${technique}\t${start}\t${end}`, line, `${id} ${technique} ${start}-${end}`);
    return { id, technique, start, end, input, line };
  }, options);
}

async function readPtc<R extends PtcSpanRow>(
  path: string,
  parse: (text: string, input: string, options?: LabelReadOptions) => LabelFile<R>,
  options?: LabelReadOptions,
): Promise<LabelFile<R>> {
  if (!(await isDirectory(path))) return parse(await readLabelText(path), path, options);
  const names = (await readdir(path)).filter((n) => /^article.*\.labels$/.test(n)).sort();
  if (names.length === 0) throw new InputError({ input: path }, 'no article*.labels files in this folder');
  const rows: R[] = [];
  for (const name of names) {
    const file = join(path, name);
    const id = articleIdOfLabelFile(name);
    for (const row of parse(await readLabelText(file), file, options).rows) {
      if (id !== undefined && row.id !== id) throw rowError(file, row.line, `row of article ${row.id} in the file of article ${id}`);
      rows.push(row);
    }
  }
  return { input: path, rows };
}

/** Reads a PTC SI file (`*-task-si.labels`) or a folder of per-article ones. */
export function readPtcSpans(path: string, options?: LabelReadOptions): Promise<LabelFile<PtcSpanRow>> {
  return readPtc(path, parsePtcSpans, options);
}

/** Reads a PTC TC/FLC file (`*-task-flc-tc.labels`) or a folder of per-article ones. */
export function readPtcTechniques(path: string, options?: LabelReadOptions): Promise<LabelFile<PtcTechniqueRow>> {
  return readPtc(path, parsePtcTechniques, options);
}
