import { describe, expect, it } from 'vitest';
import { findFurniture, isPageNumber } from './page-furniture.js';
import { line } from './test-support/builders.js';

describe('isPageNumber', () => {
  it.each(['- 3 -', '—3—', '3', '第 3 页', '第3页 共10页', '共 10 页 第 3 页', '3/10', '3 / 10', 'Page 3', 'page 3 of 10', '3 of 10'])('knows %s', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });
  it.each(['2023 年', '第三章', '94.46%', '', '一、单位基本情况', '3.1 运行成本'])('leaves %s alone', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});

describe('findFurniture', () => {
  const page = (n: number) => ({
    height: 842,
    lines: [line('11/27/26, 2:41 AM  测试报告', 20, 20, 8), line(`正文第${n}页的第一行`, 60, 120), line('正文最后一行', 60, 700), line(`file:///tmp/report.html  ${n}/3`, 20, 830, 8)],
  });

  it('drops running headers and footers that repeat with only their numbers changing', () => {
    const found = findFurniture([page(1), page(2), page(3)]);
    expect(found.map((set) => [...set].map((l) => l.text))).toEqual([0, 1, 2].map((i) => [page(i + 1).lines[0]!.text, page(i + 1).lines[3]!.text]));
  });

  it('drops page numbers even on a single page, but not body text near the edges', () => {
    const single = { height: 842, lines: [line('2023年度部门整体支出绩效自评报告', 100, 70, 18), line('正文', 60, 200), line('- 1 -', 290, 810)] };
    expect([...findFurniture([single])[0]!].map((l) => l.text)).toEqual(['- 1 -']);
  });

  const body = (i: number) => [line(`第${i}页正文`, 60, 300), line('正文', 60, 320), line('正文', 60, 340)];

  it('keeps first lines that differ from page to page', () => {
    const pages = ['报告标题', '（一）运行成本', '二是在理论武装上下功夫。'].map((first, i) => ({ height: 842, lines: [line(first, 60, 60), ...body(i)] }));
    expect(findFurniture(pages).every((set) => set.size === 0)).toBe(true);
  });

  it('keeps a bold or large title repeated at the top of every page', () => {
    const pages = [0, 1, 2].map((i) => ({ height: 842, lines: [line('项目支出绩效自评表', 200, 80, 14, true), ...body(i)] }));
    expect(findFurniture(pages).every((set) => set.size === 0)).toBe(true);
  });
});
