/**
 * The one source of truth for labels (DESIGN.md §2.3): ids exactly as the SemEval-2023 Task 3 files
 * spell them, display names, the category of each technique, and a short definition in our words.
 */

/** The three genres of subtask 1. */
export const GENRES = ['opinion', 'reporting', 'satire'] as const;
export type Genre = (typeof GENRES)[number];

/** The 14 frames of subtask 2, in the order of the official list. */
export const FRAMES = [
  'Economic',
  'Capacity_and_resources',
  'Morality',
  'Fairness_and_equality',
  'Legality_Constitutionality_and_jurisprudence',
  'Policy_prescription_and_evaluation',
  'Crime_and_punishment',
  'Security_and_defense',
  'Health_and_safety',
  'Quality_of_life',
  'Cultural_identity',
  'Public_opinion',
  'Political',
  'External_regulation_and_reputation',
] as const;
export type Frame = (typeof FRAMES)[number];

/** The six technique categories. */
export const CATEGORIES = [
  'Attack_on_Reputation',
  'Justification',
  'Simplification',
  'Distraction',
  'Call',
  'Manipulative_Wording',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The 23 persuasion techniques of subtask 3, in the order of the official list. */
export const TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_Popularity',
  'Appeal_to_Values',
  'Appeal_to_Fear-Prejudice',
  'Flag_Waving',
  'Causal_Oversimplification',
  'False_Dilemma-No_Choice',
  'Consequential_Oversimplification',
  'Straw_Man',
  'Red_Herring',
  'Whataboutism',
  'Slogans',
  'Appeal_to_Time',
  'Conversation_Killer',
  'Loaded_Language',
  'Repetition',
  'Exaggeration-Minimisation',
  'Obfuscation-Vagueness-Confusion',
  'Name_Calling-Labeling',
  'Doubt',
  'Guilt_by_Association',
  'Appeal_to_Hypocrisy',
  'Questioning_the_Reputation',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** What slant knows about one label. */
export interface LabelInfo {
  id: string;
  name: string;
  definition: string;
}

/** What slant knows about one technique. */
export interface TechniqueInfo extends LabelInfo {
  id: Technique;
  category: Category;
}

const technique = (id: Technique, name: string, category: Category, definition: string): TechniqueInfo => ({
  id,
  name,
  category,
  definition,
});

/** Every technique with its category and definition. */
export const TECHNIQUE_INFO: Readonly<Record<Technique, TechniqueInfo>> = {
  'Name_Calling-Labeling': technique('Name_Calling-Labeling', 'Name calling / labeling', 'Attack_on_Reputation', 'Sticks a loaded label on a person or group instead of describing what they did.'),
  Guilt_by_Association: technique('Guilt_by_Association', 'Guilt by association', 'Attack_on_Reputation', 'Smears a target by linking it to someone or something the audience already despises.'),
  Doubt: technique('Doubt', 'Doubt', 'Attack_on_Reputation', "Questions someone's credibility or motives instead of engaging with their argument."),
  Appeal_to_Hypocrisy: technique('Appeal_to_Hypocrisy', 'Appeal to hypocrisy', 'Attack_on_Reputation', 'Attacks the target as inconsistent or hypocritical rather than answering the point.'),
  Questioning_the_Reputation: technique('Questioning_the_Reputation', 'Questioning the reputation', 'Attack_on_Reputation', "Makes strong negative claims meant to damage a target's standing."),
  Flag_Waving: technique('Flag_Waving', 'Flag waving', 'Justification', 'Appeals to the pride or interests of a group (a nation, a party, "us") to back a claim.'),
  Appeal_to_Authority: technique('Appeal_to_Authority', 'Appeal to authority', 'Justification', 'Claims something is true mainly because an authority or expert says so.'),
  Appeal_to_Popularity: technique('Appeal_to_Popularity', 'Appeal to popularity', 'Justification', 'Claims something is right because everyone, or most people, agree or do it.'),
  Appeal_to_Values: technique('Appeal_to_Values', 'Appeal to values', 'Justification', 'Ties a claim to values the audience holds dear, such as freedom, tradition or fairness.'),
  'Appeal_to_Fear-Prejudice': technique('Appeal_to_Fear-Prejudice', 'Appeal to fear / prejudice', 'Justification', 'Pushes a view by stirring fear of, or prejudice against, the alternative.'),
  Causal_Oversimplification: technique('Causal_Oversimplification', 'Causal oversimplification', 'Simplification', 'Offers a single cause for an outcome that has many.'),
  'False_Dilemma-No_Choice': technique('False_Dilemma-No_Choice', 'False dilemma / no choice', 'Simplification', 'Presents two options as the only ones, or one option as the only way.'),
  Consequential_Oversimplification: technique('Consequential_Oversimplification', 'Consequential oversimplification', 'Simplification', 'Claims that one step will inevitably set off a chain of bad outcomes.'),
  Straw_Man: technique('Straw_Man', 'Straw man', 'Distraction', "Refutes a distorted version of the opponent's position instead of the real one."),
  Red_Herring: technique('Red_Herring', 'Red herring', 'Distraction', 'Switches to an unrelated topic to pull attention away from the issue.'),
  Whataboutism: technique('Whataboutism', 'Whataboutism', 'Distraction', 'Answers criticism with a counter-accusation of double standards.'),
  Slogans: technique('Slogans', 'Slogans', 'Call', 'A short, punchy phrase that stands in for an argument.'),
  Conversation_Killer: technique('Conversation_Killer', 'Conversation killer', 'Call', 'A phrase meant to shut down discussion, such as "that\'s just how it is".'),
  Appeal_to_Time: technique('Appeal_to_Time', 'Appeal to time', 'Call', 'Argues that now is the moment to act and that waiting is not an option.'),
  Loaded_Language: technique('Loaded_Language', 'Loaded language', 'Manipulative_Wording', 'Uses emotionally charged words chosen to sway rather than to describe.'),
  'Obfuscation-Vagueness-Confusion': technique('Obfuscation-Vagueness-Confusion', 'Obfuscation / vagueness', 'Manipulative_Wording', 'Uses deliberately unclear wording that lets readers fill in their own meaning.'),
  'Exaggeration-Minimisation': technique('Exaggeration-Minimisation', 'Exaggeration / minimisation', 'Manipulative_Wording', 'Makes something seem much bigger or much smaller than it is.'),
  Repetition: technique('Repetition', 'Repetition', 'Manipulative_Wording', 'Repeats a word, phrase or idea so that it sticks.'),
};

/** Display names and definitions of the genres. */
export const GENRE_INFO: Readonly<Record<Genre, LabelInfo>> = {
  opinion: { id: 'opinion', name: 'Opinion', definition: 'Argues for a view: a column, an editorial or a commentary.' },
  reporting: { id: 'reporting', name: 'Reporting', definition: 'Aims to report events objectively.' },
  satire: { id: 'satire', name: 'Satire', definition: 'Mocks by imitation or irony and is not meant to be taken literally.' },
};

/** Display names and definitions of the frames. */
export const FRAME_INFO: Readonly<Record<Frame, LabelInfo>> = {
  Economic: { id: 'Economic', name: 'Economic', definition: 'Costs, benefits, money and the economy.' },
  Capacity_and_resources: { id: 'Capacity_and_resources', name: 'Capacity and resources', definition: 'Whether there is enough of something: people, money, time, infrastructure.' },
  Morality: { id: 'Morality', name: 'Morality', definition: 'Right and wrong, duty, religious or ethical obligation.' },
  Fairness_and_equality: { id: 'Fairness_and_equality', name: 'Fairness and equality', definition: 'Whether people or groups are treated equally and justly.' },
  Legality_Constitutionality_and_jurisprudence: { id: 'Legality_Constitutionality_and_jurisprudence', name: 'Legality and jurisprudence', definition: 'Laws, courts, rights and what is legally allowed.' },
  Policy_prescription_and_evaluation: { id: 'Policy_prescription_and_evaluation', name: 'Policy prescription and evaluation', definition: 'Which policy should be adopted and whether existing ones work.' },
  Crime_and_punishment: { id: 'Crime_and_punishment', name: 'Crime and punishment', definition: 'Breaking the law, enforcement and sentencing.' },
  Security_and_defense: { id: 'Security_and_defense', name: 'Security and defense', definition: 'Threats to a nation or group and how to defend against them.' },
  Health_and_safety: { id: 'Health_and_safety', name: 'Health and safety', definition: 'Health care, disease, injury and public safety.' },
  Quality_of_life: { id: 'Quality_of_life', name: 'Quality of life', definition: "The effects on people's wellbeing, comfort and daily life." },
  Cultural_identity: { id: 'Cultural_identity', name: 'Cultural identity', definition: 'Traditions, customs and values of a social group.' },
  Public_opinion: { id: 'Public_opinion', name: 'Public opinion', definition: 'What the public thinks: polls, protests, popular mood.' },
  Political: { id: 'Political', name: 'Political', definition: 'Politics itself: parties, elections, political manoeuvres.' },
  External_regulation_and_reputation: { id: 'External_regulation_and_reputation', name: 'External regulation and reputation', definition: 'Relations with other nations or bodies and how one is seen abroad.' },
};

/** The category of a technique. */
export function categoryOf(t: Technique): Category {
  return TECHNIQUE_INFO[t].category;
}

const techniqueSet: ReadonlySet<string> = new Set(TECHNIQUES);
const frameSet: ReadonlySet<string> = new Set(FRAMES);
const genreSet: ReadonlySet<string> = new Set(GENRES);

/** True when `s` is one of the 23 technique ids. */
export const isTechnique = (s: string): s is Technique => techniqueSet.has(s);
/** True when `s` is one of the 14 frame ids. */
export const isFrame = (s: string): s is Frame => frameSet.has(s);
/** True when `s` is one of the 3 genre ids. */
export const isGenre = (s: string): s is Genre => genreSet.has(s);

/** Techniques that never occur in the English training data (older PTC annotation scheme). */
export const TECHNIQUES_ABSENT_IN_ENGLISH: readonly Technique[] = [
  'Appeal_to_Values',
  'Questioning_the_Reputation',
  'Appeal_to_Time',
  'Consequential_Oversimplification',
];

// The lists and tables are shared by every analysis: frozen, so a caller's slip cannot change them.
for (const list of [GENRES, FRAMES, CATEGORIES, TECHNIQUES, TECHNIQUES_ABSENT_IN_ENGLISH]) Object.freeze(list);
for (const table of [TECHNIQUE_INFO, GENRE_INFO, FRAME_INFO]) {
  for (const info of Object.values(table)) Object.freeze(info);
  Object.freeze(table);
}
