import { describe, expect, it } from 'vitest';
import { readFigureSentences, type SentenceFigure } from './sentence-figures.js';

/** Each figure of each sentence as "number+unit role[direction]". */
function roles(text: string): string[][] {
  return readFigureSentences(text).map((s) => s.figures.map((f) => `${f.numberText}${f.unit} ${f.role}${f.direction > 0 ? '+' : f.direction < 0 ? '-' : ''}`));
}

const figures = (text: string): SentenceFigure[] => readFigureSentences(text).flatMap((s) => s.figures);

describe('the figures of a sentence and what the words before each make of it', () => {
  it('tell this year, last year and the change apart', () => {
    expect(roles('2023年“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降22.39%。')).toEqual([['15.6万元 plain', '20.1万元 prior', '4.5万元 change-', '22.39% change-']]);
    expect(roles('公用经费支出650.56万元，上年同期858.95万元，同比减少208.39万元，降幅为24.26%。')).toEqual([['650.56万元 plain', '858.95万元 prior', '208.39万元 change-', '24.26% change-']]);
    expect(roles('上年支出8.28万元，本年13.43万元，增加了5.15万元，增长率为62.20%。')).toEqual([['8.28万元 prior', '13.43万元 plain', '5.15万元 change+', '62.20% change+']]);
  });

  it('take the latest year a sentence writes for its own, whatever the report’s', () => {
    expect(roles('2023年支出15.6万元，较2022年的20.1万元减少4.5万元。')).toEqual([['15.6万元 plain', '20.1万元 prior', '4.5万元 change-']]);
    expect(roles('2020年支出431万元，比上年累计支出433万元减少2万元。')).toEqual([['431万元 plain', '433万元 prior', '2万元 change-']]);
    expect(roles('2023年支出15.6万元，较2021年的10万元增加5.6万元。')).toEqual([['15.6万元 plain', '10万元 otherYear', '5.6万元 change+']]);
  });

  it('read last year’s figure written without its unit right before the change', () => {
    const fs = figures('“三公”经费支出2.05万元，较上年2.08减少0.03万元，减少了1.44%。');
    expect(fs.map((f) => [f.numberText, f.unit, f.role])).toEqual([
      ['2.05', '万元', 'plain'],
      ['2.08', '万元', 'prior'],
      ['0.03', '万元', 'change'],
      ['1.44', '%', 'change'],
    ]);
  });

  it('say what a change compares with', () => {
    const fs = figures('支出15.6万元，比上年减少4.5万元，较年初预算减少3万元，减少1万元，同比下降2%。');
    expect(fs.map((f) => [f.numberText, f.comparedWith])).toEqual([
      ['15.6', null],
      ['4.5', 'prior'],
      ['3', 'other'],
      ['1', null],
      ['2', 'prior'],
    ]);
    // "相比" closing "与上年…相比" goes on from the figure before it.
    expect(figures('支出15.6万元，与上年20.1万元相比减少4.5万元。').map((f) => [f.role, f.comparedWith])).toEqual([
      ['plain', null],
      ['prior', null],
      ['change', null],
    ]);
  });

  it('leave approximate figures, ranges and changes "to" a figure unclear, and a comparison base apart', () => {
    expect(roles('支出约15.6万元，接待费10万元左右，公用经费增加至20万元，维修费10-20万元，较年初预算30万元。')).toEqual([
      // "10-20万元": the 10 has no unit, and the 20 is the end of a range.
      ['15.6万元 unclear', '10万元 unclear', '20万元 unclear', '20万元 unclear', '30万元 base'],
    ]);
  });

  it('do not take 上年结转 for last year’s figure', () => {
    expect(roles('全年预算数6340.13万元，其中：上年结转和结余498.01万元，上年度结余资金20万元。')).toEqual([['6340.13万元 plain', '498.01万元 plain', '20万元 plain']]);
  });

  it('convert money to 万元, read full-width figures, and keep offsets in the text as written', () => {
    const text = '公务接待费支出１４４００元，比上年4,800元增加9600元。';
    const fs = figures(text);
    expect(fs.map((f) => [f.numberText, f.unit, f.value.toString(), text.slice(f.offset, f.offset + f.length)])).toEqual([
      ['14400', '元', '1.44', '１４４００元'],
      ['4800', '元', '0.48', '4,800元'],
      ['9600', '元', '0.96', '9600元'],
    ]);
  });

  it('name the subject and the measure of each amount', () => {
    const fs = figures('“三公”经费决算数13.43万元，其中：因公出国（境）费0万元，公务接待费1.44万元。');
    expect(fs.map((f) => [f.subject, f.measure])).toEqual([
      ['threePublicExpenses', 'spent'],
      ['overseasTravel', null],
      ['officialReception', null],
    ]);
  });

  it('count the brackets open at each figure and the ；before it, and find 其中 and 包括 but not 不包括', () => {
    const [s] = readFigureSentences('车辆费11.99万元（其中：购置费0万元，运行费11.99万元）；接待费1.44万元，不包括会议费，包括培训费2万元。');
    expect(s?.figures.map((f) => [f.numberText, f.depth, f.segment])).toEqual([
      ['11.99', 0, 0],
      ['0', 1, 0],
      ['11.99', 1, 0],
      ['1.44', 0, 1],
      ['2', 0, 1],
    ]);
    expect(s?.openers.map((o) => [s.text.slice(o.offset - s.start, o.offset - s.start + 2), o.depth, o.segment])).toEqual([
      ['其中', 1, 0],
      ['包括', 0, 1],
    ]);
  });

  it('end a sentence at 。！？ and line breaks, and keep only those with figures', () => {
    const ss = readFigureSentences('三公经费13.43万元。公务接待费1.44万元！无。\n公用经费858.95万元');
    expect(ss.map((s) => s.figures.map((f) => f.numberText))).toEqual([['13.43'], ['1.44'], ['858.95']]);
  });

  it('go on past a 。 before 其中: the sentence after breaks the one before down', () => {
    const ss = readFigureSentences('三公经费13.43万元。 其中：公务接待费1.44万元！无。其中没有数字。');
    expect(ss.map((s) => s.figures.map((f) => f.numberText))).toEqual([['13.43', '1.44']]);
    expect(ss[0]?.openers).toHaveLength(1);
  });
});
