/**
 * Where the corpus lives when `--db` is not given: `$SLANT_DB`, else `slant/corpus.sqlite` in the
 * user's data folder (`$XDG_DATA_HOME` or `~/.local/share` on Linux and BSD,
 * `~/Library/Application Support` on macOS, `%LOCALAPPDATA%` on Windows).
 */
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The default corpus file for `env` and `platform`.
 * @example
 * defaultDbPath({ XDG_DATA_HOME: '/data' }, 'linux'); // '/data/slant/corpus.sqlite'
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const given = env['SLANT_DB'];
  if (given !== undefined && given !== '') return given;
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(dataDir(env, platform, home), 'slant', 'corpus.sqlite');
}

/** The user's data folder on `platform`. */
function dataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env['LOCALAPPDATA'] ?? env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Local');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  const xdg = env['XDG_DATA_HOME'];
  // XDG: a relative value is invalid and must be ignored.
  return xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
}
