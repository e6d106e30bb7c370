import { RADICAL_EQUIVALENTS } from './radical-equivalents.js';

/**
 * Repairs characters that PDF producers map to the wrong code point. Many
 * CJK fonts draw 一 (U+4E00) and the Kangxi radical ⼀ (U+2F00) with one glyph,
 * and the producer's ToUnicode map may pick the radical — so "⼀般公共预算"
 * must become "一般公共预算" before anyone can search it.
 */
const EQUIVALENTS = new Map<string, string>();
for (let i = 0; i + 1 < RADICAL_EQUIVALENTS.length; i += 2) {
  EQUIVALENTS.set(String.fromCodePoint(RADICAL_EQUIVALENTS[i]!), String.fromCodePoint(RADICAL_EQUIVALENTS[i + 1]!));
}
// Unicode's equivalent of the radical ⼾ is the traditional 戶, but Simplified
// Chinese fonts draw it as 户 and share that glyph with U+6237 (seen in
// Chromium's Type 3 fonts made from Noto Sans CJK SC: "家庭 18 ⼾").
EQUIVALENTS.set('\u2F3E', '\u6237');

/** CJK radicals and strokes that stand for an ideograph. */
const RADICAL = /[\u2E80-\u2FDF\u31C0-\u31EF]/gu;

export function normalizePdfText(text: string): string {
  return text.replace(RADICAL, (ch) => EQUIVALENTS.get(ch) ?? ch);
}

/**
 * Characters that stand for a glyph the PDF gives no meaning to: private-use
 * code points, the replacement character and control characters. A font
 * without a usable ToUnicode map yields these instead of text.
 */
export function countUnreadable(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd || cp <= 0x08 || (cp >= 0x0e && cp <= 0x1f)) n++;
  }
  return n;
}
