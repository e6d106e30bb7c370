import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutBold } from './html-fragments.js';

describe('withoutBold', () => {
  it('removes bold marks as replacing the pattern does', () => {
    const piece = fc.constantFrom('*', '*', '**', '**', 'a', '中', '_', ' ', '三、');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const s = pieces.join('');
        expect(withoutBold(s)).toBe(s.replace(/\*\*([^*]*)\*\*/g, '$1'));
      }),
      { numRuns: 20000 },
    );
  });
});
