/**
 * The argument handling the measurement scripts share: a bad value exits 2 with a message that
 * names the script and the value; absent training data exits 0 with the reason, as the tests do.
 *
 *   const args = scriptArgs('cv-script-free');
 *   const heldOut = args.languages(process.argv[2], 'held-out languages');
 *   const data = args.semevalRoot();
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FOLDER_LANG, isoOf } from '../src/train/semeval-corpus.js';

/** The six training languages (ISO codes), in the order the lab log reports them. */
export const TRAINING_LANGUAGES: readonly string[] = ['en', 'fr', 'de', 'it', 'pl', 'ru'];

export interface ScriptArgs {
  /** Prints `<script>: <message>` to stderr and exits 2. */
  fail(message: string): never;
  /** A comma-separated language list (ISO codes or SemEval folder names) as ISO codes; `fallback` when `value` is absent or empty. */
  languages(value: string | undefined, what: string, fallback?: readonly string[]): string[];
  /** A comma-separated number list, each checked by `ok` (described by `expected`, e.g. 'a positive number'). */
  numbers(value: string | undefined, what: string, fallback: string, ok: (x: number) => boolean, expected: string): number[];
  /** The SemEval-2023 training data beside the repository; exits 0 with the reason when it is absent. */
  semevalRoot(): string;
}

export function scriptArgs(script: string): ScriptArgs {
  const fail = (message: string): never => {
    process.stderr.write(`${script}: ${message}\n`);
    process.exit(2);
  };
  return {
    fail,
    languages(value, what, fallback = TRAINING_LANGUAGES) {
      if (value === undefined || value === '') return [...fallback];
      return value.split(',').map((l) => {
        try {
          return isoOf(l);
        } catch {
          return fail(`${what}: unknown language '${l}' (use ${Object.values(FOLDER_LANG).join(' ')}, or the SemEval folders ${Object.keys(FOLDER_LANG).join(' ')})`);
        }
      });
    },
    numbers(value, what, fallback, ok, expected) {
      return (value === undefined || value === '' ? fallback : value).split(',').map((x) => {
        const v = Number(x);
        return x.trim() !== '' && ok(v) ? v : fail(`${what} must be ${expected}, not '${x}'`);
      });
    },
    semevalRoot() {
      const root = path.resolve(import.meta.dirname, '../../shared/data/semeval2023');
      if (!existsSync(root)) {
        console.log(`${script}: ${root} is absent, nothing to measure`);
        process.exit(0);
      }
      return root;
    },
  };
}
