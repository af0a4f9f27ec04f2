/**
 * Article ids from file names: `article<ID>.txt` gives the SemEval ID, anything else its base name
 * without extension.
 */
import { basename, extname } from 'node:path';

const SEMEVAL_NAME = /^article(\d+)\.txt$/;

/** The SemEval ID when `path`'s file name is `article<ID>.txt`, else undefined. */
export function semevalId(path: string): string | undefined {
  return SEMEVAL_NAME.exec(basename(path))?.[1];
}

/**
 * The article id for a file: `article123.txt` → `123`, `notes/story.html` → `story`.
 * @example
 * articleIdFromPath('/data/en/train-articles-subtask-3/article111111111.txt'); // '111111111'
 */
export function articleIdFromPath(path: string): string {
  const id = semevalId(path);
  if (id !== undefined) return id;
  const name = basename(path);
  const ext = extname(name);
  return ext === '' || ext === name ? name : name.slice(0, -ext.length);
}

/** Orders SemEval ids numerically (ids can exceed 2^53, so by length first, then by digits). */
export function compareNumericIds(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
