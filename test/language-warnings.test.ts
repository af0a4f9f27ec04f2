import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { seenScriptShare } from '../src/lang/script.js';

// Our own sentences: a short Greek and a short Spanish opinion piece, and an English one.
const GREEK = 'Η κυβέρνηση μας προδίδει ξανά.\n\nΟι πολίτες πρέπει να αντισταθούν τώρα, πριν να είναι πολύ αργά.\n\nΚάθε πολίτης γνωρίζει την αλήθεια.\n';
const SPANISH = 'El gobierno nos traiciona otra vez.\n\nLos ciudadanos deben resistir ahora, antes de que sea demasiado tarde.\n\nTodo el mundo conoce la verdad.\n';
const ENGLISH = 'The council betrays us again.\n\nCitizens must resist now, before it is too late.\n\nEveryone knows the truth.\n';

const codes = (text: string, lang: string): string[] => analyzeArticle({ id: 'x', text, lang }).warnings.map((w) => w.code);

test('language warnings: a script the models never saw is named, beside the missing training data', () => {
  const found = codes(GREEK, 'el');
  assert.ok(found.includes('language-unsupported'));
  assert.ok(found.includes('script-unseen'));
  const warning = analyzeArticle({ id: 'x', text: GREEK, lang: 'el' }).warnings.find((w) => w.code === 'script-unseen');
  assert.match(warning?.message ?? '', /^100% of the letters/);
});

test('language warnings: an unsupported language in Latin script gets only the training-data warning', () => {
  const found = codes(SPANISH, 'es');
  assert.ok(found.includes('language-unsupported'));
  assert.ok(!found.includes('script-unseen'));
  assert.ok(!codes(ENGLISH, 'en').some((c) => c === 'language-unsupported' || c === 'script-unseen'));
});

test('language warnings: the seen-script share counts letters only', () => {
  assert.equal(seenScriptShare('123 !?'), 1);
  assert.equal(seenScriptShare('abc αβγ'), 0.5);
  assert.equal(seenScriptShare('Путин и NATO'), 1);
});

test('language warnings: a detected language says it was a guess and how to name another; a given one does not', () => {
  const message = (lang?: string): string =>
    analyzeArticle({ id: 'x', text: SPANISH, ...(lang === undefined ? {} : { lang }) }).warnings.find((w) => w.code === 'language-unsupported')?.message ?? '';
  assert.match(message(), /^slant has no training data for 'es' \(detected from the text with confidence [\d.]+: if it is another language, choose it: --lang/);
  assert.doesNotMatch(message('es'), /detected/);
});

test('language warnings: a language no span tagger reads gets no spans (absent, not empty) and says so; a training language gets its spans', () => {
  const es = analyzeArticle({ id: 'x', text: SPANISH, lang: 'es' });
  assert.equal(es.spans, undefined);
  assert.match(es.warnings.find((w) => w.code === 'spans-unavailable')?.message ?? '', /^no span tagger reads 'es' \(only the six training languages have one\)/);
  assert.ok(es.paragraphs.every((p) => p.techniques !== undefined), 'the paragraph techniques are still analysed');
  const en = analyzeArticle({ id: 'x', text: ENGLISH, lang: 'en' });
  assert.ok(Array.isArray(en.spans));
  assert.ok(!en.warnings.some((w) => w.code === 'spans-unavailable'));
  assert.ok(!analyzeArticle({ id: 'x', text: SPANISH, lang: 'es' }, { tasks: ['techniques'] }).warnings.some((w) => w.code === 'spans-unavailable'));
});

test('language warnings: a training language detected with low confidence, or given for a text in the other script, is questioned', async () => {
  const { languageWarnings, LOW_DETECTION_CONFIDENCE } = await import('../src/pipeline/language-warnings.js');
  const { segment } = await import('../src/segment/index.js');
  const doc = segment({ id: 'x', text: 'Hello disgraceful liars' }, { lang: 'it' });
  const guessed = (confidence: number) => languageWarnings({ ...doc, lang: { code: 'it', confidence, source: 'detected' } }).map((w) => w.code);
  assert.deepEqual(guessed(LOW_DETECTION_CONFIDENCE - 0.1), ['language-uncertain']);
  assert.deepEqual(guessed(LOW_DETECTION_CONFIDENCE), []);
  assert.match(languageWarnings({ ...doc, lang: { code: 'it', confidence: 0.198, source: 'detected' } })[0]?.message ?? '', /^the language was detected as 'it' with low confidence \(0\.198; .*choose it: --lang/);
  // Given: Russian text said to be English, English text said to be Russian; a matching script is not questioned.
  const russian = 'Правительство снова нас предаёт.\n\nГраждане должны сопротивляться сейчас, пока не поздно.\n';
  assert.match(analyzeArticle({ id: 'x', text: russian, lang: 'en' }).warnings.find((w) => w.code === 'language-script-mismatch')?.message ?? '', /^the language was given as 'en', but only 0% of the letters are Latin, the script en is written in/);
  assert.ok(codes(ENGLISH, 'ru').includes('language-script-mismatch'));
  assert.ok(!codes(russian, 'ru').includes('language-script-mismatch'));
  assert.ok(!codes(ENGLISH, 'en').some((c) => c.startsWith('language-')));
});

test('language warnings: a language given for a text of 15 words or more that plainly reads as another is questioned; a match or a few words are not', () => {
  const german = 'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sanieren.\n\nDie Bürger hatten seit Jahren auf diese Entscheidung gewartet, denn der Verkehr staut sich jeden Morgen.\n';
  const asEnglish = analyzeArticle({ id: 'x', text: german, lang: 'en' }).warnings.find((w) => w.code === 'language-mismatch');
  assert.match(asEnglish?.message ?? '', /^the language was given as 'en', but the text reads as 'de' \(detected with confidence [\d.]+\): it was analysed as 'en'; if that is wrong, choose the language again/);
  assert.ok(!codes(german, 'de').includes('language-mismatch'));
  assert.ok(codes(german, 'es').includes('language-mismatch'), 'an unsupported language given is questioned too');
  assert.ok(!codes('Der Stadtrat verrät uns.', 'en').includes('language-mismatch'), 'too few words to contradict the user');
  assert.ok(!codes(ENGLISH, 'en').includes('language-mismatch'));
});

// Our own report with a German quotation of its own paragraph, and a French one.
const REPORT_WITH_QUOTE = [
  'Minister defends the new border rules',
  'The interior minister defended the new border rules on Monday, saying they would stop smugglers without slowing trade between the two countries.',
  'In Berlin, the opposition was not convinced. "Die Regierung hat uns nicht gesagt, wie diese Regeln in der Praxis funktionieren sollen, und die Menschen an der Grenze wissen nicht, was auf sie zukommt", sagte die Abgeordnete am Dienstag in einer Erklärung.',
  "« Nous ne savons pas ce que le gouvernement veut faire avec ces règles, et les gens qui vivent à la frontière ne le savent pas non plus », a déclaré un maire de la région dans un communiqué.",
  'The rules take effect in January, and officials say checks will be random rather than systematic.',
].join('\n\n');

test('language warnings: paragraphs that plainly read as another training language are named; the fast analysis does not ask', () => {
  const warning = analyzeArticle({ id: 'x', text: REPORT_WITH_QUOTE, lang: 'en' }).warnings.find((w) => w.code === 'language-mixed');
  assert.match(warning?.message ?? '', /^some paragraphs read as another language than 'en' \(¶5 as 'de'; ¶7 as 'fr'; \d+% of the words\): the article was analysed as 'en', so the findings in those paragraphs are unreliable/);
  // Detected too: the article reads as English, the two quotations as themselves.
  assert.ok(analyzeArticle({ id: 'x', text: REPORT_WITH_QUOTE }).warnings.some((w) => w.code === 'language-mixed'));
  assert.ok(!codes(ENGLISH, 'en').includes('language-mixed'));
  const single = REPORT_WITH_QUOTE.split('\n\n').filter((_, i) => i !== 3).join('\n\n');
  assert.match(analyzeArticle({ id: 'x', text: single, lang: 'en' }).warnings.find((w) => w.code === 'language-mixed')?.message ?? '', /^a paragraph reads as another language than 'en' \(¶5 as 'de'; .*the findings in that paragraph are unreliable; to analyse it in its own language/);
  assert.ok(!analyzeArticle({ id: 'x', text: REPORT_WITH_QUOTE, lang: 'en' }, { fast: true }).warnings.some((w) => w.code === 'language-mixed'));
  // German given as English is one language-mismatch, not also a paragraph in another language.
  const german = REPORT_WITH_QUOTE.split('\n\n')[2]!;
  const found = analyzeArticle({ id: 'x', text: `${german}\n\n${german}`, lang: 'en' }).warnings.map((w) => w.code);
  assert.ok(found.includes('language-mismatch') && !found.includes('language-mixed'), found.join(' '));
});
