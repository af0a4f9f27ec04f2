/**
 * Ctrl-C for the long commands (`analyze`, `ingest`, `reanalyze`): stop gently first, at once the
 * second time. SIGTERM (what `timeout`, job schedulers and `docker stop` send) counts as Ctrl-C, so
 * a stopped batch still ends its JSON output and says how far it got.
 */

/** A command's hold on Ctrl-C while it runs. */
export interface GentleInterrupt {
  /** Aborted at the first Ctrl-C: the command stops reading and finishes what is in flight. */
  signal: AbortSignal;
  /** Lets go of Ctrl-C once the command is done. */
  dispose(): void;
}

/** The signals that stop a command gently the first time. */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Holds Ctrl-C (and SIGTERM): the first calls `announce` with how to quit at once (say what
 * happens now) and aborts `signal`; the second ends the process at once, with 130 as a shell
 * reports SIGINT.
 * @example
 * const ctrlC = gentleInterrupt((again) => ctx.err(`slant: stopping after the articles in flight (${again})`));
 * try { await run({ signal: ctrlC.signal }); } finally { ctrlC.dispose(); }
 */
export function gentleInterrupt(announce: (again: string) => void): GentleInterrupt {
  const stop = new AbortController();
  const quit = (): never => process.exit(130);
  // One handler per signal, each knowing its own (an emitted signal carries no name).
  const firsts = new Map(SIGNALS.map((signal) => [signal, (): void => first(signal)] as const));
  const first = (signal: (typeof SIGNALS)[number]): void => {
    for (const [name, handler] of firsts) process.removeListener(name, handler);
    announce(signal === 'SIGINT' ? 'Ctrl-C again to quit now' : `${signal} again, or Ctrl-C, to quit now`);
    stop.abort();
    for (const name of SIGNALS) process.once(name, quit);
  };
  for (const [name, handler] of firsts) process.once(name, handler);
  return {
    signal: stop.signal,
    dispose: () => {
      for (const [name, handler] of firsts) {
        process.removeListener(name, handler);
        process.removeListener(name, quit);
      }
    },
  };
}
