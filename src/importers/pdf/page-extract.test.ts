import { describe, expect, it } from 'vitest';
import { dropDoubledRuns, isBoldFont, splitRun } from './page-extract.js';
import { run } from './test-support/builders.js';

describe('splitRun', () => {
  it('splits at two or more spaces and trims, moving the edges', () => {
    const parts = splitRun({ text: '  项目    6340.13 ', x: 0, y: 0, width: 120, size: 12, bold: false });
    expect(parts.map((p) => p.text)).toEqual(['项目', '6340.13']);
    expect(parts[0]!.x).toBeGreaterThan(0);
    expect(parts[1]!.x).toBeGreaterThan(parts[0]!.x + parts[0]!.width);
    expect(parts[1]!.x + parts[1]!.width).toBeLessThan(120);
  });
  it('keeps single spaces', () => {
    expect(splitRun(run('内设机构 25 个', 0, 0)).map((p) => p.text)).toEqual(['内设机构 25 个']);
  });
  it('drops a run of spaces only', () => {
    expect(splitRun(run('   ', 0, 0))).toEqual([]);
  });
});

describe('dropDoubledRuns', () => {
  it('keeps one copy of text drawn twice to look bold, and marks it bold', () => {
    const runs = dropDoubledRuns([run('一、单位基本情况', 60, 100), run('一、单位基本情况', 60.3, 100), run('一、单位基本情况', 60, 300)]);
    expect(runs.map((r) => [r.y, r.bold])).toEqual([
      [100, true],
      [300, false],
    ]);
  });
});

describe('isBoldFont', () => {
  it.each(['BAAAAA+NotoSerifCJKjp-Bold-VKana', 'SimHei', 'ABCDEF+Microsoft YaHei', 'Arial,Bold', 'FZHei-B01S', 'SourceHanSans-Heavy', 'TimesNewRomanPS-BoldMT'])('%s is bold', (name) => {
    expect(isBoldFont(name)).toBe(true);
  });
  it.each(['', 'SimSun', 'FangSong_GB2312', 'ABCDEF+NotoSerifCJKsc-Regular', 'TimesNewRomanPSMT'])('%s is not', (name) => {
    expect(isBoldFont(name)).toBe(false);
  });
});
