/**
 * Terminal styling for the table view: one background colour per technique category, bold and
 * dim. With colour off every function returns its text unchanged.
 */
import type { Category } from '../labels.js';

const ESC = '\u001b[';

/** SGR codes of each category's highlight: a background with readable text on it. */
const CATEGORY_SGR: Readonly<Record<Category, string>> = {
  Attack_on_Reputation: '41;97',
  Justification: '44;97',
  Simplification: '46;30',
  Distraction: '45;97',
  Call: '42;30',
  Manipulative_Wording: '43;30',
};

/** Styling functions, coloured or plain. */
export interface Style {
  color: boolean;
  category(category: Category, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const wrap = (code: string, text: string): string => `${ESC}${code}m${text}${ESC}0m`;

/**
 * The styling to use; `color` comes from the CLI context (a terminal without NO_COLOR).
 * @example
 * makeStyle(false).bold('x'); // 'x'
 */
export function makeStyle(color: boolean): Style {
  if (!color) return { color, category: (_c, t) => t, bold: (t) => t, dim: (t) => t };
  return {
    color,
    category: (c, t) => wrap(CATEGORY_SGR[c], t),
    bold: (t) => wrap('1', t),
    dim: (t) => wrap('2', t),
  };
}

/**
 * Removes control characters from article text so it cannot move the cursor, recolour, retitle
 * the terminal, or reorder what is shown (the bidirectional overrides and isolates).
 */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
