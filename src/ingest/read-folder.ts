/**
 * Folders of articles. A folder holding `article<ID>.txt` files is read in SemEval layout: those
 * files only, by numeric ID. Any other folder gives its `.txt`, `.html`, `.htm`, `.jsonl` and `.ndjson` files
 * by name. Folders are not read recursively: SemEval's articles sit flat in one folder, and a
 * recursive walk would pick up label and template folders next to them.
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article } from '../document/article.js';
import { InputError } from '../errors.js';
import { compareNumericIds, semevalId } from './article-id.js';
import { fsInputError } from './fs-error.js';
import { JSONL_EXTENSIONS } from './read-jsonl.js';
import type { ReadOptions } from './read-options.js';
import { readTextFile } from './read-text-file.js';

/** The files a folder is read as, and which layout was chosen. */
export interface FolderListing {
  layout: 'semeval' | 'files';
  files: string[];
}

/** File extensions read from a folder that is not in SemEval layout. */
export const FOLDER_EXTENSIONS = ['.txt', '.html', '.htm', ...JSONL_EXTENSIONS];

/** Orders file names by UTF-16 code units, the same on every machine and locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists the articles of `dir` (see the module comment for the two layouts). Throws an InputError
 * when the folder is missing or holds no articles (with `semevalOnly`, no `article<ID>.txt`).
 * @example
 * const { layout, files } = await listArticleFolder('data/en/train-articles-subtask-3');
 */
export async function listArticleFolder(dir: string, semevalOnly = false): Promise<FolderListing> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new InputError({ input: dir }, 'is a file, not a folder of articles', { cause: error });
    throw fsInputError(error, dir);
  }
  const semeval = names.filter((name) => semevalId(name) !== undefined);
  if (semeval.length > 0) {
    semeval.sort((a, b) => compareNumericIds(semevalId(a)!, semevalId(b)!));
    return { layout: 'semeval', files: semeval.map((name) => join(dir, name)) };
  }
  if (semevalOnly) throw new InputError({ input: dir }, 'no articles found (expected article<ID>.txt files)');
  const files = names.filter((name) => FOLDER_EXTENSIONS.includes(extname(name).toLowerCase())).sort(byName);
  if (files.length === 0) throw new InputError({ input: dir }, 'no articles found (no article<ID>.txt, .txt, .html, .htm, .jsonl or .ndjson file)');
  return { layout: 'files', files: files.map((name) => join(dir, name)) };
}

/**
 * Reads a SemEval articles folder (`article<ID>.txt` files) into Articles sorted by numeric ID,
 * with `lang` from the folder above when it is a SemEval language code. For training and
 * evaluation, which need every article: the first bad file throws its InputError.
 * @example
 * const articles = await readArticleFolder('../shared/data/semeval2023/it/train-articles-subtask-3');
 */
export async function readArticleFolder(dir: string, options: ReadOptions = {}): Promise<Article[]> {
  return readSemevalFolder(dir, (_, error) => {
    throw error;
  }, options);
}

/**
 * Reads a SemEval articles folder like `readArticleFolder`, but hands each file that cannot be
 * read (empty, binary, not UTF-8, …) to `onBad` and goes on: for predictions, where one bad
 * article must not cost the others. The folder itself being missing or empty still throws.
 * @example
 * const articles = await readArticleFolderSkipping('test-articles', (file, error) => report(error, file));
 */
export async function readArticleFolderSkipping(dir: string, onBad: (file: string, error: InputError) => void, options: ReadOptions = {}): Promise<Article[]> {
  return readSemevalFolder(dir, onBad, options);
}

async function readSemevalFolder(dir: string, onBad: (file: string, error: InputError) => void, options: ReadOptions): Promise<Article[]> {
  const listing = await listArticleFolder(dir, true);
  const articles: Article[] = [];
  for (const file of listing.files) {
    try {
      articles.push(await readTextFile(file, options));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onBad(file, error);
    }
  }
  return articles;
}
