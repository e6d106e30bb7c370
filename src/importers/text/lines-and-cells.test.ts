import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesAndCells } from './lines-and-cells.js';

describe('linesAndCells', () => {
  it('gives the lines of any text, and each line holding a tab cut at its tabs', () => {
    const piece = fc.constantFrom('a', '中', '12.5', '', ' ', '\t', '\t', '\n', '\r', '\r\n', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const lines = text.split(/\r\n|\r|\n/);
        const got = linesAndCells(text);
        expect(got.lines).toEqual(lines);
        expect(got.cells).toHaveLength(lines.length);
        lines.forEach((line, i) => expect(got.cells[i]).toEqual(line.includes('\t') ? line.split('\t') : undefined));
      }),
    );
  });
});
