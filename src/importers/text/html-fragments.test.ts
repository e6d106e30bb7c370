import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, stripHtml, withoutBold } from './html-fragments.js';

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

describe('stripHtml', () => {
  it('gives what the four rewrites in a row give, whichever of them it skips', () => {
    // The plain version it replaces: every rewrite applied, whether or not its tag is there.
    const plain = (s: string) => {
      const out = s
        .replace(/<sup>\s*([23])\s*<\/sup>/gi, (_m, d: string) => (d === '2' ? '²' : '³'))
        .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/?[a-zA-Z][^>]*>/g, '');
      return out.includes('&') ? decodeEntities(out) : out;
    };
    const piece = fc.constantFrom('<', '>', '/', '<sup>', '<SUP>', '</sup>', '2', '3', ' ', '<p>', '<P class="x">', '</p>', '</P>', '<br>', '<BR/>', '<br />', '<b>', '</b>', '<a ', '&amp;', '&nbsp;', '中', 'a', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const s = pieces.join('');
        expect(stripHtml(s)).toBe(plain(s));
      }),
      { numRuns: 20000 },
    );
  });
});
