/**
 * What a command needs from the outside world, passed in so tests can run commands in-process.
 */
import { isInputError } from '../errors.js';

/** The streams and settings a command runs with. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** True when stdout is a terminal and NO_COLOR is not set. */
  color: boolean;
  /** True when stderr is a terminal (progress bars go there). */
  interactive: boolean;
}

/** One run of the CLI: its streams and whether some input failed. */
export class CliContext {
  readonly io: CliIo;
  /** Number of inputs that failed; a non-zero count makes the exit code 1. */
  failures = 0;
  /** Whether Ctrl-C stopped the command before its end (exit code 130, as a shell reports SIGINT). */
  interrupted = false;

  constructor(io: CliIo) {
    this.io = io;
  }

  /** Writes text to stdout as is. */
  out(text: string): void {
    this.io.stdout.write(text);
  }

  /** Writes one line to stderr. */
  err(line: string): void {
    this.io.stderr.write(`${line}\n`);
  }

  /**
   * Reports one failed input as a single line (`slant: <input>[:line]: <problem>`) and counts it.
   * Unexpected errors are shown by message only, never by stack trace.
   */
  fail(error: unknown, input?: string): void {
    this.failures++;
    this.err(`slant: ${describeError(error, input)}`);
  }
}

/** One readable line for an error, with its input when known. */
export function describeError(error: unknown, input?: string): string {
  if (isInputError(error)) return error.toString();
  const message = error instanceof Error ? error.message : String(error);
  // Library errors name themselves (`slant: analyze: …`, STYLE.md §5); the line gets one prefix.
  const text = message.replace(/^slant: /, '');
  return input === undefined ? text : `${input}: ${text}`;
}

/** The context for a real process: its streams, colour only on a terminal without NO_COLOR. */
export function processIo(): CliIo {
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    color: Boolean(process.stdout.isTTY) && !noColor,
    interactive: Boolean(process.stderr.isTTY),
  };
}
