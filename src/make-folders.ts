/**
 * `mkdir -p`, one level at a time. Node 20's recursive mkdir (sync or not) never settles where a
 * level cannot be made although its parent exists: under /proc it spins forever. Every command
 * that creates an output folder (`analyze --out`, the trainers' `--out`, a new corpus store's
 * folder) goes through here.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SlantError } from './errors.js';

/** The folders from the first missing one down to `dir`, outermost first. */
function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  return missing;
}

function cannotMake(dir: string, error: unknown): SlantError {
  const reason = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').replace(/, mkdir .*$/, '') : String(error);
  return new SlantError(`cannot create the folder ${dir} (${reason})`, { cause: error });
}

/**
 * Makes `dir` and any missing parents.
 * @throws SlantError naming `dir` when a level cannot be made.
 */
export async function makeFolders(dir: string): Promise<void> {
  for (const d of missingFolders(dir)) {
    try {
      await mkdir(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotMake(dir, error);
    }
  }
}

/** {@link makeFolders}, synchronously. */
export function makeFoldersSync(dir: string): void {
  for (const d of missingFolders(dir)) {
    try {
      mkdirSync(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotMake(dir, error);
    }
  }
}
