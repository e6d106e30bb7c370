import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastLineWidths } from './truncation.js';

describe('lastLineWidths', () => {
  it('gives the widths that cutting the last lines out and splitting them at their tabs gives', () => {
    // The plain version it replaces: the last n lines as strings, each split at its tabs.
    const plain = (text: string, n: number) => {
      let start = text.length;
      for (let k = 0; k < n && start > 0; k++) start = text.lastIndexOf('\n', start - 1);
      const lines = text.slice(start + 1).split('\n');
      const last = lines[lines.length - 1] ?? '';
      const widths = lines
        .slice(0, -1)
        .filter((l) => l.includes('\t'))
        .map((l) => l.split('\t').length);
      return { widths, last: last.includes('\t') ? last.split('\t').length : 0 };
    };
    const piece = fc.constantFrom('a', '中', '12', '', ' ', '\t', '\t', '\t', '\n', '\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (pieces, n) => {
        const text = pieces.join('');
        expect(lastLineWidths(text, n)).toEqual(plain(text, n));
      }),
      { numRuns: 20000 },
    );
  });
});
