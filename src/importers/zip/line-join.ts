/**
 * Characters that Chinese text runs together without spaces: CJK ideographs,
 * CJK punctuation, full-width forms and the quotes and dashes used with them.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u{20000}-\u{3134f}]/u;

/**
 * Joins the lines of one cell or paragraph the way the source-document form
 * wants it: a line break between two CJK characters disappears, any other one
 * becomes a single space; spaces around the break and at both ends are trimmed.
 *
 * Example: `joinLines(['项目支出', '绩效自评表', '(2023)'])` is '项目支出绩效自评表 (2023)'.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out !== '') {
      const before = String.fromCodePoint(out.codePointAt(out.length - (isLowSurrogate(out.charCodeAt(out.length - 1)) ? 2 : 1))!);
      const after = String.fromCodePoint(line.codePointAt(0)!);
      if (!(CJK.test(before) && CJK.test(after))) out += ' ';
    }
    out += line;
  }
  return out;
}

/** Splits on line breaks and joins with `joinLines`. */
export function normalizeCellText(text: string): string {
  return joinLines(text.split(/\r\n|[\r\n\u2028\u2029\v]/));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
