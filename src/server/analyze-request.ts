/**
 * The body of `POST /api/v1/analyze` (and `/report`) as a zod schema: the same schema validates
 * requests and describes them in the OpenAPI document. Exactly one of `text`, `html`, `url`.
 */
import { z } from '@hono/zod-openapi';
import { FRAMES, TECHNIQUES } from '../labels.js';
import { TASKS } from '../pipeline/analyze.js';
import { controlCharacter } from '../ingest/corpus-record.js';
import { isAutoLang, isLangCode } from '../lang/normalize-lang-code.js';

/** What a caller may ask to have added to the Analysis. */
export const INCLUDES = ['text'] as const;

const score = z.number().min(0).max(1);

/** The request schema for a text limit of `maxTextChars`. */
export function analyzeRequestSchema(maxTextChars: number) {
  return z
    .strictObject({
      // The length limit is checked with the extracted text of `html` and `url` (413, `runJob`), not here (a 400).
      text: z
        .string()
        .superRefine((t, ctx) => {
          // One message for one fault: an empty text is not also "only white space".
          if (t === '') ctx.addIssue({ code: 'custom', message: 'is empty' });
          else if (t.replace(/^\uFEFF/, '').trim() === '') ctx.addIssue({ code: 'custom', message: 'is empty (only white space)' });
        })
        .optional()
        .openapi({ maxLength: maxTextChars, description: `The article as plain text: paragraphs are lines, and the first line is read as the headline (paragraph 1, as in the SemEval files; \`title\` sets \`article.title\`). At most ${maxTextChars} characters (code points; 413 beyond).` }),
      html: z.string().min(1, 'is empty').optional().openapi({ description: 'An HTML page; its main text is extracted (as for .html files).' }),
      url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2048).optional().openapi({ description: 'An http(s) URL to fetch; private and loopback addresses are refused unless the server allows them.' }),
      title: z.string().min(1).max(1000).optional().openapi({ description: 'Title of the article when it is not the first line of the text.' }),
      id: z.string().min(1).max(200).refine((id) => controlCharacter(id) === undefined, 'has a control character (ids go into tab-separated SemEval files and file names)').optional().openapi({ description: 'Id to report (default: `request`, or the URL).' }),
      lang: z
        .string()
        .refine((v) => isAutoLang(v) || isLangCode(v), "expected auto or a language code such as en, fr, de, it, pl, ru (SemEval's ge and po accepted)")
        .optional()
        .openapi({ description: "ISO 639-1 code (as `--lang` takes it: a region such as `de-AT` is dropped, SemEval's `ge` and `po` are read as `de` and `pl`), or `auto` (default) to detect.", example: 'en' }),
      tasks: z.array(z.enum(TASKS)).min(1).optional().openapi({ description: 'Tasks to run (default: all).' }),
      threshold: z
        .union([score, z.partialRecord(z.enum([...TECHNIQUES, ...FRAMES]), score)])
        .optional()
        .openapi({ description: 'One decision threshold for every label, or thresholds by label id.' }),
      minScore: score.optional().openapi({ description: 'Leave out findings scoring below this.' }),
      allScores: z.boolean().optional().openapi({ description: "Report every technique's score per paragraph (`scores`) and every frame's score (`frameScores`)." }),
      fast: z.boolean().optional().openapi({ description: 'Use the fast models (as `slant analyze --fast`): many times quicker, less accurate, no spans.' }),
      include: z.array(z.enum(INCLUDES)).optional().openapi({ description: 'Add `text`: the raw text that the offsets index (useful for `html` and `url`).' }),
    })
    .superRefine((body, ctx) => {
      const given = (['text', 'html', 'url'] as const).filter((k) => body[k] !== undefined);
      if (given.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of text, html or url' });
      if (given.length > 1) ctx.addIssue({ code: 'custom', path: [given[1]!], message: `give exactly one of text, html or url, not ${given.join(' and ')}` });
    })
    .openapi('AnalyzeRequest', { example: { text: 'Stop the bypass\n\nThey are wrecking our town!', lang: 'en' } });
}

/** A validated request body. */
export type AnalyzeRequest = z.infer<ReturnType<typeof analyzeRequestSchema>>;
