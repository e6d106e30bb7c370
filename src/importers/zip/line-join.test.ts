import { describe, expect, it } from 'vitest';
import { joinLines, normalizeCellText } from './line-join.js';

describe('joinLines', () => {
  it('drops a break between Chinese characters and makes any other one a space', () => {
    expect(joinLines(['全年执行数为 401.95 万', '元；'])).toBe('全年执行数为 401.95 万元；');
    expect(joinLines(['建设节约型机关。', '(二) 执行'])).toBe('建设节约型机关。 (二) 执行');
    expect(joinLines(['实现高质量“六', '无”。'])).toBe('实现高质量“六无”。');
    expect(joinLines(['6971.10', '万元'])).toBe('6971.10 万元');
    expect(joinLines(['  a ', '', ' b'])).toBe('a b');
    expect(joinLines(['𠀀', '中'])).toBe('𠀀中');
    expect(normalizeCellText('第一行\r\n第二行\nline')).toBe('第一行第二行 line');
  });
});
