/** The six languages slant has training data for (ISO 639-1), in the order the project lists them. */
export const TRAINING_LANGUAGES: readonly string[] = ['en', 'fr', 'de', 'it', 'pl', 'ru'];
