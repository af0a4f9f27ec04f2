/**
 * The shipped lexicons (`models/lexicon/`): where they are, and reading each file once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shippedModelsPath } from '../models/models-root.js';
import { ModelError } from '../errors.js';

/** Folder of the shipped lexicons (`models/lexicon/` at the package root). */
export function lexiconDir(): string {
  return shippedModelsPath('lexicon');
}

/**
 * The shipped lexicon `name`, parsed by `parse` the first time and kept in `cache` (by path);
 * `what` names the kind of lexicon in the message when the file cannot be read.
 * @throws ModelError when it cannot be read, or what `parse` throws.
 */
export function lexiconOnce<T>(cache: Map<string, T>, name: string, what: string, parse: (bytes: Buffer, file: string) => T): T {
  const file = path.join(lexiconDir(), name);
  let lex = cache.get(file);
  if (lex === undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (cause) {
      throw new ModelError(`${file}: cannot read ${what}`, { cause });
    }
    lex = parse(bytes, file);
    cache.set(file, lex);
  }
  return lex;
}
