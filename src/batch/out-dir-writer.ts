/**
 * `--out DIR`: one report file per article, named from its id (sanitised, made unique), plus an
 * index page (index.html) for HTML reports.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { safeFileStem } from '../file-stem.js';
import { makeFolders } from '../make-folders.js';
import { FORMAT_EXTENSIONS, type Format } from '../render/formats.js';
import { renderIndexHtml, type IndexEntry } from '../render/render-index.js';
import type { ProcessedArticle } from './process-article.js';
import { isJsonlPath } from '../ingest/read-jsonl.js';

/**
 * The first of `inputs` (files or folders, globs already expanded) whose articles sit in the
 * folder `out`, where their reports (named after the input: `a.txt` gives `a.txt` in `-f table`)
 * could write over them; or undefined when `out` holds none (or does not exist yet). A JSONL
 * corpus is no risk: no report is named `.jsonl`.
 * @example
 * inputInOutDir('.', ['a.txt']); // 'a.txt'
 */
export function inputInOutDir(out: string, inputs: readonly string[]): string | undefined {
  const real = (p: string): string | undefined => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const dir = existsSync(out) ? real(out) : undefined;
  if (dir === undefined) return undefined;
  return inputs.find((input) => {
    if (!existsSync(input) || isJsonlPath(input)) return false;
    const folder = statSync(input).isDirectory() ? real(input) : real(path.dirname(input));
    return folder === dir;
  });
}

/** Writes one file per article into a folder. */
export class OutDirWriter {
  private readonly dir: string;
  private readonly format: Format;
  private readonly used = new Set<string>();
  /** Per lower-cased stem, the number its next clash tries first. */
  private readonly nextNumber = new Map<string, number>();
  private readonly entries: IndexEntry[] = [];

  constructor(dir: string, format: Format) {
    this.dir = dir;
    this.format = format;
    if (format === 'html') this.used.add('index.html');
  }

  /** Creates the folder. */
  async open(): Promise<void> {
    try {
      await makeFolders(this.dir);
    } catch (error) {
      throw new InputError({ input: this.dir }, 'cannot create the output folder', { cause: error });
    }
    if (!statSync(this.dir).isDirectory()) throw new InputError({ input: this.dir }, 'cannot create the output folder (a file has that name)');
  }

  /**
   * A file name for `id` not used before in this run (case-insensitively, for such file systems):
   * `<stem>.<ext>`, else `<stem>-2`, `-3`, … counting on from the last number each stem took, so
   * ten thousand articles of one stem take linear time, not quadratic.
   */
  fileFor(id: string): string {
    const stem = safeFileStem(id);
    const ext = FORMAT_EXTENSIONS[this.format];
    const key = stem.toLowerCase();
    let name = `${stem}${ext}`;
    let k = this.nextNumber.get(key) ?? 2;
    if (this.used.has(name.toLowerCase())) {
      while (this.used.has(`${stem}-${k}${ext}`.toLowerCase())) k++;
      name = `${stem}-${k}${ext}`;
      this.nextNumber.set(key, k + 1);
    }
    this.used.add(name.toLowerCase());
    return name;
  }

  /** Writes one article's report; returns its file name. */
  async write(article: ProcessedArticle): Promise<string> {
    const file = this.fileFor(article.entry.id);
    await this.writeText(file, article.output);
    this.entries.push({ ...article.entry, file });
    return file;
  }

  /** Writes the index page for HTML reports. */
  async end(): Promise<void> {
    if (this.format === 'html') await this.writeText('index.html', renderIndexHtml(this.entries));
  }

  private async writeText(file: string, text: string): Promise<void> {
    const target = path.join(this.dir, file);
    try {
      await writeFile(target, text, 'utf8');
    } catch (error) {
      throw new InputError({ input: target }, 'cannot write the report file', { cause: error });
    }
  }
}
