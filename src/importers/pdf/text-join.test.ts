import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, dropCjkLatinSpaces, isCjk, joinBrokenLines, joinOnLine } from './text-join.js';

describe('joinBrokenLines', () => {
  it.each([
    ['401.95 万', '元；强制隔离', '401.95 万元；强制隔离'],
    ['实现高质量“六', '无”。', '实现高质量“六无”。'],
    ['全年执行数为', '5931.08 万元', '全年执行数为5931.08 万元'],
    ['per', 'cent', 'per cent'],
    ['2023-', '2024', '2023-2024'],
    ['', '元', '元'],
  ])('%s + %s → %s', (a, b, joined) => {
    expect(joinBrokenLines(a, b)).toBe(joined);
  });

  it('never loses or reorders a character', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(joinBrokenLines(a, b).replace(/\s/g, '')).toBe((a + b).replace(/\s/g, ''));
      }),
    );
  });
});

describe('joinOnLine', () => {
  it('turns visible gaps into one space', () => {
    expect(joinOnLine('合计', '7380.15', 12, 12)).toBe('合计 7380.15');
    expect(joinOnLine('全年', '预算', 6, 12)).toBe('全年预算');
    expect(joinOnLine('第', '1', 2.4, 12)).toBe('第1');
    expect(joinOnLine('per', 'cent', 3, 12)).toBe('per cent');
    expect(joinOnLine('a ', 'b', 30, 12)).toBe('a b');
  });
});

describe('isCjk and collapseSpaces', () => {
  it('counts CJK punctuation and quotes as CJK, digits not', () => {
    expect(['元', '，', '（', '“', '—'].every(isCjk)).toBe(true);
    expect(['1', 'a', '%', undefined].some(isCjk)).toBe(false);
  });
  it('collapses white space, no-break spaces included', () => {
    expect(collapseSpaces('  a \u00A0 b\n')).toBe('a b');
  });
});

describe('dropCjkLatinSpaces', () => {
  it.each([
    ['≥48 公斤/人/月', '≥48公斤/人/月'],
    ['=2023 年', '=2023年'],
    ['批复规模 (m2)', '批复规模(m2)'],
    ['三月春风暖人心 志愿服务伴我行', '三月春风暖人心 志愿服务伴我行'],
    ['Page 3', 'Page 3'],
    ['94.75%', '94.75%'],
  ])('%s → %s', (text, cleaned) => {
    expect(dropCjkLatinSpaces(text)).toBe(cleaned);
  });
});
