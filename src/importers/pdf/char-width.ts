import { isCjk } from './text-join.js';

/**
 * Estimated advance of a character in em, for placing the characters of a
 * run pdf.js reports only as a whole (it merges glyphs drawn close together,
 * even across a table's cell border). CJK characters are one em; Latin
 * glyphs follow the rough proportions of common serif and sans fonts.
 */
export function charAdvance(char: string): number {
  if (isCjk(char)) return 1;
  if (/[\s.,:;'|!il1()[\]]/.test(char)) return 0.28;
  if (/[%@WMmw]/.test(char)) return 0.8;
  if (/[A-Z]/.test(char)) return 0.65;
  return 0.5;
}

/**
 * Left offset and width of each character of `text` laid over `width` points,
 * in proportion to their estimated advances.
 */
export function charSpans(text: string, width: number): { char: string; x: number; width: number }[] {
  const chars = Array.from(text);
  const weights = chars.map(charAdvance);
  const total = weights.reduce((a, b) => a + b, 0);
  const unit = total > 0 ? width / total : 0;
  let x = 0;
  return chars.map((char, i) => {
    const w = weights[i]! * unit;
    const span = { char, x, width: w };
    x += w;
    return span;
  });
}
