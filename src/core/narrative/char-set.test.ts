import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharSet } from './char-set.js';

describe('CharSet', () => {
  it('holds exactly the UTF-16 units it was made of', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 50 }), (units, probes) => {
        const set = new CharSet(units);
        const expected = new Set(units);
        for (const u of [...units, ...probes, 0, 31, 32, 0xffff]) expect(set.has(u)).toBe(expected.has(u));
      }),
    );
  });

  it('is made of the characters of a string', () => {
    const set = CharSet.of('。；;\n');
    expect(['。', '；', ';', '\n', '，', 'a', '中'].map((c) => set.has(c.charCodeAt(0)))).toEqual([true, true, true, true, false, false, false]);
  });
});
