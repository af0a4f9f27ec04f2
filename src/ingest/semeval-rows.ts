/**
 * The line layer shared by every SemEval/PTC label reader: tab-separated rows with their 1-based
 * line numbers, tolerant of what the official files contain (BOM, CRLF, blank lines, trailing
 * tabs and spaces) and strict about everything else.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** One non-blank line of a label file, split on tabs, with its 1-based line number. */
export interface RawRow {
  line: number;
  /** The fields, split on tabs; each trimmed of surrounding spaces, trailing empty fields kept. */
  fields: string[];
  /** The line as read, without its line break (`\n` or `\r\n`). */
  text: string;
}

/** How a reader treats malformed rows. */
export interface LabelReadOptions {
  /**
   * When true, a malformed row is skipped and its error pushed to `problems` instead of thrown.
   * For gold files read by training only: evaluation always reads predictions strictly.
   */
  lenient?: boolean;
  /** Where lenient reading collects the errors of the rows it skipped. */
  problems?: InputError[];
}

/** What every reader returns: the rows it kept and the file they came from. */
export interface LabelFile<R> {
  input: string;
  rows: R[];
}

/** Splits a label file into its non-blank rows. A leading BOM and `\r` before `\n` are dropped. */
export function splitRows(text: string): RawRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  const rows: RawRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    rows.push({ line: i + 1, text: line, fields: line.split('\t').map((f) => f.trim()) });
  }
  return rows;
}

/** Drops empty fields after position `keep` (trailing tabs), so `a\tb\t\t` has fields `[a, b]`. */
export function dropTrailingEmpty(fields: string[], keep: number): string[] {
  let n = fields.length;
  while (n > keep && fields[n - 1] === '') n--;
  return fields.slice(0, n);
}

/**
 * Runs `parse` on each row; a thrown InputError stops the read, or, when lenient, is collected and
 * the row skipped.
 */
export function parseRows<R>(
  text: string,
  input: string,
  parse: (row: RawRow) => R,
  options: LabelReadOptions = {},
): LabelFile<R> {
  const rows: R[] = [];
  for (const raw of splitRows(text)) {
    try {
      rows.push(parse(raw));
    } catch (error) {
      if (!(error instanceof InputError) || !options.lenient) throw error;
      options.problems?.push(error);
    }
  }
  return { input, rows };
}

/** An InputError at a row of a label file. */
export function rowError(input: string, line: number, message: string): InputError {
  return new InputError({ input, line }, message);
}

/** Checks that an article id is one token of visible characters; returns it. */
export function parseId(value: string | undefined, input: string, line: number): string {
  if (value === undefined || value === '' || /\s/.test(value)) {
    throw rowError(input, line, `bad article id ${JSON.stringify(value ?? '')}`);
  }
  return value;
}

/** Parses a non-negative decimal integer field (offsets, paragraph numbers). */
export function parseCount(value: string | undefined, what: string, input: string, line: number): number {
  if (value === undefined || !/^\d{1,15}$/.test(value)) {
    throw rowError(input, line, `bad ${what} ${JSON.stringify(value ?? '')}: expected a whole number`);
  }
  return Number(value);
}

/**
 * Splits a comma-separated label list (empty entries from `a,,b` or a trailing comma are dropped)
 * and checks each label with `isLabel`. Repeats within one list collapse to one.
 */
export function parseLabelList<L extends string>(
  value: string,
  isLabel: (s: string) => s is L,
  kind: string,
  input: string,
  line: number,
): L[] {
  const out: L[] = [];
  for (const part of value.split(',')) {
    const label = part.trim();
    if (label === '') continue;
    if (!isLabel(label)) throw rowError(input, line, `unknown ${kind} ${JSON.stringify(label)}`);
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** Throws on a key seen before in this file, naming the line of the first occurrence. */
export class DuplicateGuard {
  readonly #seen = new Map<string, number>();
  constructor(private readonly input: string) {}
  check(key: string, line: number, what: string): void {
    const first = this.#seen.get(key);
    if (first !== undefined) throw rowError(this.input, line, `duplicate row for ${what} (first on line ${first})`);
    this.#seen.set(key, line);
  }
}

/** Reads a label file as UTF-8; a missing or unreadable file becomes an InputError. */
export async function readLabelText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a file' : 'cannot read it';
    throw new InputError({ input: path }, why, { cause: error });
  }
}
