/** The module hooks of compiled-code.mjs: src/… resolves to dist/…, loaded without any transform. */
import { readFile } from 'node:fs/promises';

const SRC = new URL('../src/', import.meta.url).href;
const DIST = new URL('../dist/', import.meta.url).href;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (!resolved.url.startsWith(SRC)) return resolved;
  return { url: DIST + resolved.url.slice(SRC.length).replace(/\.ts$/, '.js'), format: 'module', shortCircuit: true };
}

export async function load(url, context, next) {
  if (!url.startsWith(DIST)) return next(url, context);
  return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
}
