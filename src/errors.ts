/**
 * Operational failures, one base class (STYLE.md §5). Problems in the content become warnings on
 * the document instead. Misuse by a programmer (a wrong argument) is thrown at once with a message
 * `slant: <function>: …` naming the bad value: a plain Error, except in the checks in front of
 * `analyzeArticle`, `loadModels` and `renderArticle`, which throw a SlantError so that a server
 * passing its callers' options through can show the message as it is.
 */

/** Base class of slant's operational failures. */
export class SlantError extends Error {
  override name: string = 'SlantError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Where a bad input is: the input (file, URL, `-` for stdin) and, when known, the 1-based line. */
export interface InputPlace {
  input: string;
  line?: number;
}

/**
 * A problem with the caller's input: a missing or empty file, bad UTF-8, a malformed label row, a
 * refused URL. `message` is one readable line without the place; `toString()` adds the place.
 */
export class InputError extends SlantError {
  override name = 'InputError' as const;
  readonly place: InputPlace;
  constructor(place: InputPlace, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.place = place;
  }
  /** `input:line: message`, the one line the CLI prints. */
  override toString(): string {
    const where = this.place.line === undefined ? this.place.input : `${this.place.input}:${this.place.line}`;
    return `${where}: ${this.message}`;
  }
}

/** A model file that is missing, corrupt, foreign or of an unknown version. */
export class ModelError extends SlantError {
  override name = 'ModelError' as const;
}

/** True when `e` is an InputError. */
export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
/** True when `e` is a ModelError. */
export const isModelError = (e: unknown): e is ModelError => e instanceof ModelError;
/** True when `e` is any of slant's operational failures. */
export const isSlantError = (e: unknown): e is SlantError => e instanceof SlantError;

/** An error as it crosses a thread boundary (structured clone drops the class of an Error, so its name travels apart). */
export interface SerializedError {
  name: string;
  message: string;
  input?: string;
  line?: number;
}

/** An error in a form that survives `postMessage`. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof InputError) return { name: error.name, message: error.message, input: error.place.input, ...(error.place.line === undefined ? {} : { line: error.place.line }) };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error again, as slant's class where it was one (`input` names an InputError's input when it had none). */
export function deserializeError(error: SerializedError, input = 'input'): Error {
  if (error.name === 'InputError') return new InputError({ input: error.input ?? input, ...(error.line === undefined ? {} : { line: error.line }) }, error.message);
  if (error.name === 'ModelError') return new ModelError(error.message);
  if (error.name === 'SlantError') return new SlantError(error.message);
  return new Error(error.message);
}
