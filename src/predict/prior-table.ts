/**
 * The constant answers of the trivial prior predictor, fitted on all SemEval-2023 training labels of
 * each language by `fitMajority`/`fitConstantSet` (regenerate with `node --import tsx
 * scripts/baseline.ts`, column "fitted on all"). Only label ids and counts-derived choices: no text.
 * `*` is fitted on the six languages pooled and serves every other language.
 */
import type { Frame, Genre, Technique } from '../labels.js';

/** The constant answer for one language. */
export interface PriorModel {
  genre: Genre;
  frames: readonly Frame[];
  techniques: readonly Technique[];
}

const LL = 'Loaded_Language';
const NC = 'Name_Calling-Labeling';

/** Keyed by ISO 639-1 code (SemEval `ge` is `de`, `po` is `pl`). */
export const PRIOR_TABLE: Readonly<Record<string, PriorModel>> = {
  en: {
    genre: 'opinion',
    frames: ['Political', 'Crime_and_punishment', 'Morality', 'Legality_Constitutionality_and_jurisprudence', 'Security_and_defense', 'External_regulation_and_reputation'],
    techniques: [LL],
  },
  fr: {
    genre: 'opinion',
    frames: ['Political', 'Security_and_defense', 'External_regulation_and_reputation', 'Economic', 'Morality', 'Health_and_safety', 'Capacity_and_resources'],
    techniques: [LL, NC],
  },
  de: {
    genre: 'opinion',
    frames: ['Political', 'Security_and_defense', 'Capacity_and_resources', 'External_regulation_and_reputation', 'Health_and_safety', 'Economic', 'Policy_prescription_and_evaluation'],
    techniques: [NC, 'Questioning_the_Reputation', 'Doubt'],
  },
  it: {
    genre: 'opinion',
    frames: ['Political', 'Economic', 'Security_and_defense', 'Policy_prescription_and_evaluation', 'External_regulation_and_reputation', 'Capacity_and_resources', 'Health_and_safety'],
    techniques: [LL, 'Doubt', NC],
  },
  pl: {
    genre: 'opinion',
    frames: ['Economic', 'Political', 'Health_and_safety', 'Policy_prescription_and_evaluation', 'Security_and_defense', 'Capacity_and_resources', 'External_regulation_and_reputation', 'Quality_of_life', 'Public_opinion'],
    techniques: [NC, LL, 'Doubt'],
  },
  ru: {
    genre: 'opinion',
    frames: ['Security_and_defense', 'Economic', 'Crime_and_punishment', 'Political', 'External_regulation_and_reputation', 'Health_and_safety'],
    techniques: [LL, 'Doubt'],
  },
  '*': {
    genre: 'opinion',
    frames: ['Political', 'Security_and_defense', 'External_regulation_and_reputation', 'Crime_and_punishment', 'Legality_Constitutionality_and_jurisprudence', 'Economic', 'Morality', 'Health_and_safety', 'Policy_prescription_and_evaluation'],
    techniques: [LL, NC, 'Doubt'],
  },
};
