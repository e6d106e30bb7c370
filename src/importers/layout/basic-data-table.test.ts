import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearsIn } from './basic-data-table.js';

describe('yearsIn', () => {
  it('finds the years matchAll finds, in order, whatever was searched before', () => {
    const text = fc.array(fc.constantFrom('2022年', '2023', '年', '20', '2', '0', '12345年', '（元）', '|', 'a', ' '), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const plain = (s: string) => [...s.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
        expect(yearsIn(a)).toEqual(plain(a));
        expect(yearsIn(b)).toEqual(plain(b));
      }),
      { numRuns: 3000 },
    );
  });
});
