import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniff } from './sniff.js';

/** The control bytes text does not hold, written as the rule states them. */
const controlBytes = (bytes: Uint8Array) => bytes.subarray(0, 4096).some((b) => b === 0 || (b < 9 && b !== 7) || (b > 13 && b < 32 && b !== 27));

describe('sniff', () => {
  it('calls a file with no header text exactly when its first 4096 bytes hold no control byte', () => {
    // Bytes after a leading "x" (no header starts with it, and no "%" means no PDF header either).
    const body = fc.uint8Array({ maxLength: 5000 }).map((b) => b.map((x) => (x === 0x25 ? 0x20 : x)));
    fc.assert(
      fc.property(body, (b) => {
        const bytes = new Uint8Array([0x78, ...b]);
        expect(sniff(bytes)).toBe(controlBytes(bytes) ? 'binary' : 'text');
      }),
    );
  });

  it('tells the formats apart by their first bytes', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(sniff(bytes('%PDF-1.7 ...'))).toBe('pdf');
    expect(sniff(bytes('<html><body>'))).toBe('html');
    expect(sniff(bytes('一、单位基本情况\t1\n'))).toBe('text');
    expect(sniff(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('zip');
    expect(sniff(new Uint8Array([0x41, 0, 0x42]))).toBe('binary');
  });
});
