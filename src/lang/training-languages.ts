/** The six languages slant has training data for (ISO 639-1), in the order the project lists them. */
export const TRAINING_LANGUAGES: readonly string[] = Object.freeze(['en', 'fr', 'de', 'it', 'pl', 'ru']);

/** SemEval-2023 Task 3 folder codes → ISO 639-1 (German is `ge`, Polish `po` there). */
export const FOLDER_LANG: Readonly<Record<string, string>> = { en: 'en', fr: 'fr', ge: 'de', it: 'it', po: 'pl', ru: 'ru' };
