/** Ctrl-C for the long commands (`analyze`, `ingest`, `reanalyze`): stop gently first, at once the second time. */

/** A command's hold on Ctrl-C while it runs. */
export interface GentleInterrupt {
  /** Aborted at the first Ctrl-C: the command stops reading and finishes what is in flight. */
  signal: AbortSignal;
  /** Lets go of Ctrl-C once the command is done. */
  dispose(): void;
}

/**
 * Holds Ctrl-C: the first calls `announce` (say what happens now) and aborts `signal`; the second
 * ends the process at once, with 130 as a shell reports SIGINT.
 * @example
 * const ctrlC = gentleInterrupt(() => ctx.err('slant: stopping after the articles in flight (Ctrl-C again to quit now)'));
 * try { await run({ signal: ctrlC.signal }); } finally { ctrlC.dispose(); }
 */
export function gentleInterrupt(announce: () => void): GentleInterrupt {
  const stop = new AbortController();
  const quit = (): never => process.exit(130);
  const first = (): void => {
    announce();
    stop.abort();
    process.once('SIGINT', quit);
  };
  process.once('SIGINT', first);
  return {
    signal: stop.signal,
    dispose: () => {
      process.removeListener('SIGINT', first);
      process.removeListener('SIGINT', quit);
    },
  };
}
