import { describe, expect, it } from 'vitest';
import { CellText, cellTexts, lastRowMemo, question } from './cell-text.js';

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

describe('lastRowMemo', () => {
  const row = (...texts: string[]) => cellTexts(texts.map((text) => ({ text, at: {} })));

  it('works a row out again only when its texts differ from the last row asked about', () => {
    let worked = 0;
    const joined = lastRowMemo((cells) => {
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
});
