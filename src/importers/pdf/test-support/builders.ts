import { charAdvance } from '../char-width.js';
import type { TextRun } from '../geometry.js';
import { makeLine, type TextLine } from '../text-lines.js';

/** A run of `text` at (x, baseline y), as wide as its characters' estimated advances. */
export function run(text: string, x: number, y: number, size = 12, bold = false): TextRun {
  const width = Array.from(text).reduce((w, c) => w + charAdvance(c) * size, 0);
  return { text, x, y, width, size, bold };
}

/** A one-run line. */
export function line(text: string, x: number, y: number, size = 12, bold = false): TextLine {
  return makeLine([run(text, x, y, size, bold)]);
}
