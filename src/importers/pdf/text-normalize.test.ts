import { describe, expect, it } from 'vitest';
import { countUnreadable, normalizePdfText } from './text-normalize.js';

describe('normalizePdfText', () => {
  it('turns radicals a producer mapped glyphs to back into ideographs', () => {
    expect(normalizePdfText('⼀般公共预算⽀出；部⻔整体')).toBe('一般公共预算支出；部门整体');
    expect(normalizePdfText('家庭 18 ⼾')).toBe('家庭 18 户');
  });
  it('leaves everything else as it is, full-width forms included', () => {
    const text = '（一）基本支出：6340.13 万元，≥48公斤/人/月';
    expect(normalizePdfText(text)).toBe(text);
  });
});

describe('countUnreadable', () => {
  it('counts private-use, replacement and control characters', () => {
    expect(countUnreadable('全年\uE001\uE002预算\uFFFD\u0003')).toBe(4);
    expect(countUnreadable('（一）基本支出：6340.13 万元\t')).toBe(0);
  });
});
