/** Failures of the corpus store (STYLE.md §5: typed, with a literal name, cause and guard). */
import { SlantError } from '../errors.js';

/** The store cannot be opened, is of a newer schema, or a write failed. */
export class StoreError extends SlantError {
  override name = 'StoreError' as const;
}

/** True when `e` is a StoreError. */
export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError;
