/**
 * How pieces of text are glued back together: across a line break (a
 * paragraph or a table cell that wraps) and across a gap within one line.
 * Chinese never puts a space at a line break, Latin text does; see the note
 * on cell text in source-document.ts.
 */

/** CJK ideographs, kana, CJK and full-width punctuation, and the quotes and dashes Chinese text uses. */
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2014\u2026]/;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** Text as one line: inner runs of white space become one space, ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/**
 * Joins text broken at a line end: nothing between when either side is CJK
 * ("401.95 万" + "元" → "401.95 万元") or after a hyphen, a space otherwise
 * ("per" + "cent" → "per cent").
 */
export function joinBrokenLines(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const last = a[a.length - 1];
  const first = b[0];
  if (isCjk(last) || isCjk(first) || last === '-' || last === '/') return a + b;
  return `${a} ${b}`;
}

/**
 * Joins two pieces of one line separated by `gap` points at font size `size`:
 * a visible gap becomes a space. The thresholds step over the spacing that
 * typesetting adds by itself: justification between two CJK characters, and
 * the quarter-em or so Word and LibreOffice put between CJK and Latin text
 * ("第1批" is drawn with a gap either side of the 1, but has no spaces).
 */
export function joinOnLine(before: string, after: string, gap: number, size: number): string {
  if (before === '') return after;
  if (after === '') return before;
  if (/\s$/.test(before) || /^\s/.test(after)) return before + after;
  const cjkBefore = isCjk(before[before.length - 1]);
  const cjkAfter = isCjk(after[0]);
  const threshold = cjkBefore && cjkAfter ? 0.9 : cjkBefore || cjkAfter ? 0.3 : 0.15;
  return gap > threshold * size ? `${before} ${after}` : before + after;
}

/**
 * Removes single spaces between a CJK character and a Latin letter or digit
 * ("≥48 公斤/人/月" → "≥48公斤/人/月"). In a PDF such a space may be real or
 * only the gap typesetting puts between CJK and Latin text, which pdf.js
 * writes out as a space; table cells are values, so they lose it and read
 * as they do in the Word or Excel file.
 */
export function dropCjkLatinSpaces(text: string): string {
  const chars = Array.from(text);
  return chars
    .filter((c, i) => {
      if (c !== ' ') return true;
      const before = chars[i - 1];
      const after = chars[i + 1];
      if (before === undefined || after === undefined || before === ' ' || after === ' ') return true;
      return isCjk(before) === isCjk(after);
    })
    .join('');
}
