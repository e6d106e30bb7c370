import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellText, cellTexts, question, recentRowMemo } from './cell-text.js';

describe('CellText.ask', () => {
  it('answers each question once per text, and each question apart', () => {
    let asked = 0;
    const length = question((cell: CellText) => {
      asked++;
      return cell.text.length;
    });
    let contentAsked = 0;
    const content = question((cell: CellText) => {
      contentAsked++;
      return cell.content === '' ? null : cell.content;
    });
    const [a, b] = cellTexts([{ text: '年度资金总额', at: {} }, { text: '年度资金总额', at: {} }]) as [CellText, CellText];
    expect(a).toBe(b);
    expect(a.ask(length)).toBe(6);
    expect(b.ask(length)).toBe(6);
    expect(asked).toBe(1);
    // A falsy answer (null) is kept too; only undefined means "not asked".
    const filler = new CellText('……');
    expect(filler.ask(content)).toBeNull();
    expect(filler.ask(content)).toBeNull();
    expect(contentAsked).toBe(1);
    expect(a.ask(content)).toBe('年度资金总额');
  });
});

describe('recentRowMemo', () => {
  const row = (...texts: string[]) => cellTexts(texts.map((text) => ({ text, at: {} })));

  it('works a row out again only when its texts differ from the last rows asked about', () => {
    let worked = 0;
    const joined = recentRowMemo((cells) => {
      worked++;
      return cells.map((c) => c.text).join('|');
    });
    expect(joined(row('年初预算数', '全年预算数', ''))).toBe('年初预算数|全年预算数|');
    expect(joined(row('年初预算数', '全年预算数', ''))).toBe('年初预算数|全年预算数|');
    expect(worked).toBe(1);
    expect(joined(row('年初预算数', '全年预算数'))).toBe('年初预算数|全年预算数');
    expect(joined(row('年初预算数', '全年执行数', ''))).toBe('年初预算数|全年执行数|');
    expect(worked).toBe(3);
  });

  it('keeps the last few rows: two header rows taking turns are each worked out once', () => {
    let worked = 0;
    const joined = recentRowMemo((cells) => {
      worked++;
      return cells.map((c) => c.text).join('|');
    }, 2);
    const department = () => row('年初预算数', '全年预算数', '全年执行数');
    const project = () => row('资金来源', '年初预算数', '全年预算数', '全年执行数');
    for (let i = 0; i < 3; i++) {
      expect(joined(department())).toBe('年初预算数|全年预算数|全年执行数');
      expect(joined(project())).toBe('资金来源|年初预算数|全年预算数|全年执行数');
    }
    expect(worked).toBe(2);
    // A third row pushes out the one asked about longest ago.
    joined(row('分值'));
    joined(department());
    expect(worked).toBe(4);
  });

  it('answers as the function itself does, for any sequence of rows', () => {
    const texts = fc.constantFrom('', '年初预算数', '全年预算数', '分值', '得分');
    fc.assert(
      fc.property(fc.array(fc.array(texts, { maxLength: 4 }), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (rows, size) => {
        const plain = (cells: readonly CellText[]) => cells.map((c) => c.text).join('|');
        const memoised = recentRowMemo(plain, size);
        for (const r of rows) {
          const cells = row(...r);
          expect(memoised(cells)).toBe(plain(cells));
        }
      }),
    );
  });
});
