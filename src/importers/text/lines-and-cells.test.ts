import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, onlyTrimNeeded } from './html-fragments.js';
import { isBlankRow, linesAndCells } from './lines-and-cells.js';

describe('linesAndCells', () => {
  it('gives the lines of any text, and each line holding a tab cut at its tabs into cleaned cells that know their place', () => {
    const piece = fc.constantFrom('a', '中', '12.5', '', ' ', ' ', '  ', '\u3000', '\u00a0', '\u2028', '*', '**', '_', '<b>', '&amp;', '\t', '\t', '\t', '\n', '\n', '\r', '\r\n', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const lines = text.split(/\r\n|\r|\n/);
        const got = linesAndCells(text, 'f.txt');
        expect(got.lines).toEqual(lines);
        expect(got.rows).toHaveLength(lines.length);
        expect(got.plain).toEqual(lines.map(onlyTrimNeeded));
        lines.forEach((line, i) => {
          const row = got.rows[i];
          if (!line.includes('\t')) return expect(row).toBeUndefined();
          expect(row?.cells.map((c) => c.text)).toEqual(line.split('\t').map(cleanText));
          if (!row) return;
          expect(isBlankRow(row, line, got.plain[i] === true)).toBe(/^\s*$/.test(line));
          row.table = 2;
          row.row = 3;
          row.cells.forEach((c, ci) => expect(c.at).toEqual({ file: 'f.txt', line: i + 1, table: 2, row: 3, column: ci + 1 }));
        });
      }),
      { numRuns: 5000 },
    );
  });
});
