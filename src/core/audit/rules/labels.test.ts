import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasText } from './labels.js';

/** Cells of every kind: blank, white space of every sort, CJK, ASCII, mixed. */
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u200b', '\u180e', 'a', '9', '%', '≥', '有', '效', '（', '～', '\u9fff', '\u4e00', '\u3400') }),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

describe('cells with text', () => {
  it('are those whose trimmed text is not empty', () => {
    fc.assert(fc.property(cell, (s) => hasText(s) === (s.trim() !== '')), { numRuns: 20_000 });
    for (const s of ['', ' ', '\u3000', '\ufeff', '\u00a0 ', '有效', ' 90%', '≥90%']) expect(hasText(s)).toBe(s.trim() !== '');
  });
});
