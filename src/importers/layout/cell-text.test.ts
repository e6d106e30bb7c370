import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellText, cellTexts, question, recentRowMemo, rowBits } from './cell-text.js';
import { BUDGET_WORD, GOAL_WORD, HEADER_WORDS, headerWords } from './evaluation-table.js';
import { fundsHeader } from './funds-rows.js';

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

describe('header words of texts and rows (rowBits)', () => {
  // Texts made of the words and of pieces of them, so that random texts hold them, and nearly hold them, often.
  const piece = fc.constantFrom('目标', '目', '标', '预算', '预', '算', '执行', '执', '指标', '指标值', '完成值', '实际值', '度量单位', '量单位', '计量单位', '级指标', '名称', '性质', '年初', '全年', '数', '率', '分值', '得分', '10', ' ', '：', 'a');
  const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
  const rowOf = (texts: string[]) => texts.map((t) => ({ text: t, at: {} }));

  it('has a bit exactly when its text holds the word, and a row the OR of its cells', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        const cells = cellTexts(rowOf(texts));
        for (const c of cells) {
          expect((c.ask(headerWords) & HEADER_WORDS) !== 0).toBe(/级指标|指标值|指标名称|完成值|实际值|指标性质|度量单位|计量单位/.test(c.text));
          expect((c.ask(headerWords) & GOAL_WORD) !== 0).toBe(c.text.includes('目标'));
          expect((c.ask(headerWords) & BUDGET_WORD) !== 0).toBe(c.text.includes('预算') || c.text.includes('执行'));
        }
        const any = (bit: number) => (cells.some((c) => (c.ask(headerWords) & bit) !== 0) ? bit : 0);
        expect(rowBits(cells, headerWords)).toBe(any(HEADER_WORDS) | any(GOAL_WORD) | any(BUDGET_WORD));
      }),
      { numRuns: 3000 },
    );
  });

  it('spares only rows that cannot be a funds header: without 预算 or 执行 there is none', () => {
    // Whole header cells, so that many rows are funds headers, some with 执行 and no 预算.
    const headerCell = fc.constantFrom('年初数', '年初预算数', '全年预算数', '执行数', '全年执行数', '实际支出', '分值', '得分', '执行率', '预算执行情况（20分）', '项目', '');
    fc.assert(
      fc.property(fc.array(headerCell, { maxLength: 8 }), (texts) => {
        const row = rowOf(texts);
        const cells = cellTexts(row);
        if ((rowBits(cells, headerWords) & BUDGET_WORD) === 0) expect(fundsHeader(row, cells)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
