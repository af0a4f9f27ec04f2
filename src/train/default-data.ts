/**
 * Where the trainers read the SemEval-2023 Task 3 data by default (`--data`): `shared/data/semeval2023`
 * beside the repository, found from this file rather than from the working directory, so that
 * `slant train` run from elsewhere still finds it (src/train and dist/train sit as deep).
 */
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA_ROOT = fileURLToPath(new URL('../../../shared/data/semeval2023', import.meta.url));
