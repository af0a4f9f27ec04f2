/**
 * The models folder: the shipped `models/` at the package root, or the folder the environment
 * variable SLANT_MODELS names (`slant --models DIR`), laid out the same way, for models trained
 * with `slant train --out DIR`. A leaf module (no project imports), so the model loaders and the
 * lexicon reader can share it without import cycles.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The environment variable naming a models folder to use instead of the shipped one. */
export const MODELS_ENV = 'SLANT_MODELS';

/**
 * `<models folder>/<sub>`. The shipped folder is `<package root>/models` (src/models/ and
 * dist/models/ both sit two levels below the root); with SLANT_MODELS set, that folder, except for
 * a `lexicon` it lacks (training writes none: the shipped word lists serve).
 */
export function shippedModelsPath(sub: string): string {
  const chosen = process.env[MODELS_ENV];
  if (chosen !== undefined && chosen !== '') {
    const p = path.resolve(chosen, sub);
    if (sub !== 'lexicon' || existsSync(p)) return p;
  }
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'models', sub);
}
