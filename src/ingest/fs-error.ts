/** Turns file-system failures into one-line InputErrors. */
import { InputError } from '../errors.js';

/** Readable reasons for the usual `errno` codes. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  EISDIR: 'is a folder, not a file',
  EMFILE: 'cannot be opened (too many open files)',
};

/** The InputError for a failed read of `input`, keeping the original error as `cause`. */
export function fsInputError(error: unknown, input: string): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code !== undefined ? REASONS[code] : undefined;
  const message = reason ?? `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  return new InputError({ input }, message, { cause: error });
}
