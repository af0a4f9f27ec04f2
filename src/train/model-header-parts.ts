/**
 * Pieces every trained model header shares: the training-data fingerprint, the learner settings
 * worth recording, and the rounding that keeps headers small and byte-stable.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LearnerOptions } from '../models/logistic-ovr.js';
import { decodeModel, type ModelHeader, type ModelTask } from '../models/model-file.js';
import { DEFAULT_SVM } from '../models/svm-dual.js';

/** sha256 over the sorted files' own sha256 digests: changes whenever any training file does. */
export function fingerprint(files: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) h.update(createHash('sha256').update(readFileSync(f)).digest());
  return `sha256:${h.digest('hex')}`;
}

/** The learner's numeric settings, as a header records them. */
export function learnerNumbers(l: LearnerOptions): Record<string, number> {
  const common = { positivePower: l.positivePower, maxPositiveWeight: l.maxPositiveWeight };
  // An SVM's settings are its C (in `svmC`); epochs, rate and L2 belong to the AdaGrad learner.
  if (l.solver === 'svm') return { svmC: l.C ?? DEFAULT_SVM.C, ...common };
  return { epochs: l.epochs, rate: l.rate, l2: l.l2, ...common };
}

/** Rounds to 4 decimals (figures). */
export const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
/** Rounds to 6 decimals (calibration and thresholds). */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A model file in a folder: its name, header and size in bytes. */
export interface ModelFileInfo {
  file: string;
  header: ModelHeader;
  bytes: number;
}

/**
 * Every `<prefix>.slm` and `<prefix>-<lang>.slm` (prefix: the task by default) in `dir`, sorted by name, with its header (for the
 * model cards, which describe the whole folder).
 */
export function readModelFiles(dir: string, task: ModelTask, prefix: string = task): ModelFileInfo[] {
  const name = new RegExp(`^${prefix}(-[a-z]+)*\\.slm$`);
  return readdirSync(dir).filter((f) => name.test(f)).sort().map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, header: decodeModel(bytes, path.join(dir, file), task).header, bytes: bytes.byteLength };
  });
}
