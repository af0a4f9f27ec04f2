/**
 * The shipped `models/` folder at the package root. A leaf module (no project imports), so the
 * model loaders and the lexicon reader can share it without import cycles.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<package root>/models/<sub>`: src/models/ and dist/models/ both sit two levels below the root. */
export function shippedModelsPath(sub: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', 'models', sub);
}
