import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from './arrays.js';

describe('maxOf, minOf and pushAll', () => {
  it('give what Math.max, Math.min and push with spread arguments give', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), fc.array(fc.integer()), (xs, ys) => {
        expect(maxOf(xs)).toBe(Math.max(...xs));
        expect(minOf(xs)).toBe(Math.min(...xs));
        const a = [...ys];
        const b = [...ys];
        pushAll(a, xs);
        b.push(...xs);
        expect(a).toEqual(b);
      }),
    );
  });

  it('order the zeros as Math.max and Math.min do', () => {
    expect(Object.is(maxOf([-0, 0]), 0)).toBe(true);
    expect(Object.is(maxOf([0, -0]), 0)).toBe(true);
    expect(Object.is(minOf([0, -0]), -0)).toBe(true);
    expect(Object.is(minOf([-0, 0]), -0)).toBe(true);
  });

  it('take arrays far longer than V8 lets a call spread', () => {
    const long = Array.from({ length: 1_000_000 }, (_, i) => i % 1000);
    expect(() => Math.max(...long)).toThrow(RangeError);
    expect(maxOf(long)).toBe(999);
    expect(minOf(long)).toBe(0);
    const into: number[] = [];
    pushAll(into, long);
    expect(into.length).toBe(1_000_000);
  });
});
