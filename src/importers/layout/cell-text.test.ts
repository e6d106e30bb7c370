import { describe, expect, it } from 'vitest';
import { CellText, cellTexts, question } from './cell-text.js';

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
