/**
 * The `slant` command line: one file per command, registered here.
 * Exit codes: 0 success, 1 when some input failed, 2 on usage errors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { MODELS_ENV } from '../models/models-root.js';
import { CliContext, processIo, type CliIo } from './context.js';
import { VERSION } from '../version.js';
import { registerSegment } from './segment.js';
import { registerEval } from './eval.js';
import { registerPredict } from './predict.js';
import { registerAnalyze } from './analyze.js';
import { registerTrain } from './train.js';
import { registerServe } from './serve.js';
import { registerIngest } from './ingest.js';
import { registerReanalyze } from './reanalyze.js';
import { registerStats } from './stats.js';
import { registerExport } from './export.js';
import { registerModels } from './models.js';

/** A command module adds its command to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

const COMMANDS: RegisterCommand[] = [registerAnalyze, registerSegment, registerEval, registerPredict, registerTrain, registerServe, registerIngest, registerReanalyze, registerStats, registerExport, registerModels];

/** Builds the program with every command, wired to `ctx`. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('slant')
    .description('Shows how news articles try to persuade: techniques, evidence spans, frames and genre.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .option('--models <dir>', `use the models in DIR (laid out as models/, e.g. a copy with files from slant train --out DIR) instead of the shipped ones; also $${MODELS_ENV}`)
    .hook('preAction', (command) => {
      // The flag, or else the environment variable, checked alike: a folder laid out as models/.
      const flag = command.opts<{ models?: string }>().models;
      const env = process.env[MODELS_ENV];
      const dir = flag ?? (env === '' ? undefined : env);
      if (dir === undefined) return;
      const named = flag !== undefined ? `--models ${dir}` : `$${MODELS_ENV} (${dir})`;
      if (!existsSync(dir)) command.error(`slant: ${named}: no such folder (copy models/ and train into the copy)`, { exitCode: 2 });
      if (!existsSync(path.join(dir, 'techniques'))) command.error(`slant: ${named}: no techniques/ folder there (copy models/ and train into the copy)`, { exitCode: 2 });
      process.env[MODELS_ENV] = path.resolve(dir);
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, ctx);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 * @example
 * process.exitCode = await main(['segment', 'examples/article.txt']);
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx = new CliContext(io);
  const program = buildProgram(ctx);
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    ctx.fail(error);
    return 1;
  }
  return ctx.interrupted ? 130 : ctx.failures > 0 ? 1 : 0;
}
