import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, checkText } from '../../../../test/support/check-text.js';
import { Dec } from '../../number/decimal.js';

/**
 * A narrative-only report whose section 六（一） holds `paragraph` (line 11). The
 * sentences below follow the shapes of published texts of several provinces
 * (Hunan, Hubei, Sichuan, Chongqing, Inner Mongolia); units and figures are our own.
 */
function report(paragraph: string): string {
  return `# 某县某局2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n我局内设机构 3 个。\n\n六、部门整体支出绩效情况\n\n（一）运行成本\n\n${paragraph}\n\n七、存在的问题及原因分析\n\n无。\n`;
}

const yoy = (paragraph: string) => checkText(report(paragraph)).filter((f) => f.rule === 'NARR-YOY-CHANGE');
const yoyBrief = (paragraph: string) => yoy(paragraph).map(brief);

describe('NARR-YOY-CHANGE: a change stated with both years’ figures in one sentence', () => {
  it('names a change amount that is not this year − last year, on the line of the stated figure', () => {
    const found = yoy('2023年“三公”经费支出15.6万元，较上年20.1万元减少4.8万元，下降22.39%。');
    expect(found.map(brief)).toEqual(['NARR-YOY-CHANGE L11 减少4.50万元|减少4.8万元']);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toBe('正文“六、部门整体支出绩效情况（一）运行成本”所述三公经费15.6万元较上年20.1万元减少4.8万元，按本年数 − 上年数（15.6万元 − 20.1万元）应为减少4.50万元。');
    expect(found[0]?.location).toMatchObject({ section: '六、部门整体支出绩效情况（一）运行成本', row: '三公经费增减额' });
  });

  it('calls a figure no concept names by its own words', () => {
    const found = yoy('2023年会议费支出3.6万元，比上年2.4万元增加1.6万元。');
    expect(found.map((f) => [f.location.row, f.expected, f.actual])).toEqual([['会议费支出增减额', '增加1.20万元', '增加1.6万元']]);
    expect(found[0]?.message).toContain('所述会议费支出3.6万元较上年2.4万元增加1.6万元');
  });

  it('names a change rate that is not the change ÷ last year', () => {
    expect(yoyBrief('2023年“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降25.00%。')).toEqual(['NARR-YOY-CHANGE L11 下降22.39%|下降25.00%']);
    // 同比 with 上年同期 (a Guangxi county's budget text): 858.95 − 650.56 = 208.39.
    expect(yoyBrief('公用经费支出650.56万元，上年同期858.95万元，同比减少218.39万元，降幅为25.42%。')).toEqual([
      'NARR-YOY-CHANGE L11 减少208.39万元|减少218.39万元',
      'NARR-YOY-CHANGE L11 降幅24.26%|降幅25.42%',
    ]);
  });

  it('names a change whose direction word contradicts the two figures, the amount right or not', () => {
    const found = yoy('2023年“三公”经费支出15.6万元，较上年20.1万元增加4.5万元，增长22.39%。');
    expect(found.map(brief)).toEqual(['NARR-YOY-CHANGE L11 减少4.50万元|增加4.5万元', 'NARR-YOY-CHANGE L11 下降22.39%|增长22.39%']);
    expect(found[0]?.message).toContain('增减方向也不符');
  });

  it('reads 元, 比上年, 与上年相比, years written out, last year before this year, and a unitless last-year figure', () => {
    expect(yoyBrief('公务接待费支出14400元，比上年4800元增加9800元，增长200%。')).toEqual(['NARR-YOY-CHANGE L11 增加9600元|增加9800元']);
    expect(yoyBrief('2023年全市“三公”经费预算总额为1969万元，较2022年的2190万元减少211万元，下降10.1%。')).toEqual(['NARR-YOY-CHANGE L11 减少221.00万元|减少211万元']);
    expect(yoyBrief('上年“三公”经费支出8.28万元，本年13.43万元，增加5.15万元，增长52.20%。')).toEqual(['NARR-YOY-CHANGE L11 增长62.20%|增长52.20%']);
    expect(yoyBrief('本部门“三公”经费支出2.05万元，较上年2.08减少0.05万元，减少了1.44%。')).toEqual(['NARR-YOY-CHANGE L11 减少0.03万元|减少0.05万元']);
    expect(yoyBrief('“三公”经费支出１５．６万元，与上年２０．１万元相比减少４．８万元。')).toEqual(['NARR-YOY-CHANGE L11 减少4.50万元|减少4.8万元']);
  });

  it('accepts changes right at the precision written, whichever figures the writer divided', () => {
    for (const sentence of [
      '2023年“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降22.39%。',
      '2023年“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降22.4%。',
      '2023年“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降22%。',
      // 15.6 and 20.1 may be 15.55–15.65 and 20.05–20.15: a change of 4.6 is within their rounding.
      '2023年“三公”经费支出15.6万元，较上年20.1万元减少4.6万元。',
      // Published county text, checked by hand: 431 − 433 = −2, 2 ÷ 433 = 0.46%.
      '2020年“三公”经费支出431万元,比上年累计支出433万元减少2万元,下降0.46%,主要原因是从严控制“三公”经费开支。',
      '公务用车及运行维护费支出251万元,比上年累计支出285万元下降34万元,下降12%,下降原因是压缩用车。',
      '本部门“三公”经费支出2.05万元,较上年2.08减少0.03万元,减少了1.44%,原因为厉行节约。',
      '2025年“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%;其中:因公出国(境)经费40万元,较上年持平。',
      '公务接待费支出14400元，比上年4800元增加9600元，增长200%。',
    ]) {
      expect(yoyBrief(sentence), sentence).toEqual([]);
    }
  });

  it('says nothing when only one of the two years is written, or the two are in different sentences', () => {
    expect(yoyBrief('2023年“三公”经费支出15.6万元，较上年减少4.8万元，下降25.00%。')).toEqual([]);
    expect(yoyBrief('“三公”经费较上年减少4.8万元，下降25.00%。')).toEqual([]);
    expect(yoyBrief('2023年“三公”经费支出15.6万元。上年为20.1万元，减少4.8万元，下降25.00%。')).toEqual([]);
  });

  it('says nothing when unsure which figures the change is between', () => {
    for (const sentence of [
      // Another subject for last year's figure.
      '2023年“三公”经费支出15.6万元，较上年公用经费20.1万元减少4.8万元。',
      // A comparison with the budget, not last year.
      '2023年“三公”经费支出15.6万元，较年初预算20.1万元减少4.8万元。',
      // Two change amounts after one comparison.
      '2023年“三公”经费支出15.6万元，较上年20.1万元减少4.8万元，减少3万元。',
      // An approximate figure.
      '2023年“三公”经费支出约15.6万元，较上年20.1万元减少4.8万元。',
      // Two years apart.
      '2023年“三公”经费支出15.6万元，较2021年的20.1万元减少4.8万元。',
      // A change figure between the two years' figures.
      '2023年“三公”经费支出15.6万元，减少4.8万元，上年为20.1万元。',
      // The whole or the part: the change fits the whole, written before the part.
      '“三公”经费支出15.6万元，其中公务接待费2万元，较上年20.1万元减少4.5万元。',
      // Last year's figure in an explanation after the comparison.
      '“三公”经费支出15.6万元，主要是上年20.1万元中含一次性支出，减少4.8万元。',
    ]) {
      expect(yoyBrief(sentence), sentence).toEqual([]);
    }
  });

  it('checks each comparison of a sentence against its own figures', () => {
    // The change after the budget comparison is the budget's: only last year's comparison is checked, and it is right.
    expect(yoyBrief('“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，较年初预算减少3万元。')).toEqual([]);
    expect(yoyBrief('“三公”经费支出13.43万元，其中：公务接待费上年0.48万元，本年1.44万元，增加0.69万元。')).toEqual(['NARR-YOY-CHANGE L11 增加0.96万元|增加0.69万元']);
    expect(yoyBrief('其中：公务用车运行维护费11.99万元，较上年7.8万元增加4.19万元；公务接待费1.44万元，较上年0.48万元增加0.69万元。')).toEqual([
      'NARR-YOY-CHANGE L11 增加0.96万元|增加0.69万元',
    ]);
  });

  it('gives the line of the stated figure in a paragraph that runs over several lines', () => {
    const text = report('2023年“三公”经费支出15.6万元，较上年20.1万元\n减少4.8万元，下降22.39%。');
    expect(checkText(text).filter((f) => f.rule === 'NARR-YOY-CHANGE').map(brief)).toEqual(['NARR-YOY-CHANGE L12 减少4.50万元|减少4.8万元']);
  });
});

describe('NARR-YOY-CHANGE against random figures', () => {
  const cents = fc.integer({ min: 1, max: 99_999_999 });
  const sentence = (current: Dec, prior: Dec, change: Dec, rate: string) => {
    const word = change.isNegative() ? '减少' : '增加';
    const rateWord = change.isNegative() ? '下降' : '增长';
    return `2023年“三公”经费支出${current.toFixed(2)}万元，较上年${prior.toFixed(2)}万元${word}${change.abs().toFixed(2)}万元，${rateWord}${rate}%。`;
  };

  it('passes a sentence with the change and the rate rounded from the figures, and names a change off by more than the rounding', () => {
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 2, max: 100_000 }), fc.boolean(), (a, b, off, up) => {
        fc.pre(a !== b);
        const [current, prior] = [new Dec(a).div(100), new Dec(b).div(100)];
        const change = current.minus(prior);
        const rate = change.abs().div(prior).times(100).toFixed(2);
        expect(yoyBrief(sentence(current, prior, change, rate))).toEqual([]);
        // Three figures to 0.01 may carry 0.005 each: 0.02 off is beyond them; the sign may flip.
        const wrong = change.plus(new Dec(off).div(100).times(up ? 1 : -1));
        const found = yoyBrief(sentence(current, prior, wrong, rate));
        expect(found.filter((f) => f.includes('万元|'))).toHaveLength(1);
      }),
      { numRuns: 80 },
    );
  });

  it('names a rate off by a tenth of a point or more when last year’s figure is 100 万元 or more and the change at most doubles it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 99_999_999 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 10, max: 5000 }), fc.boolean(), (b, per, offHundredths, up) => {
        const prior = new Dec(b).div(100);
        const current = prior.times(1000 + per).div(1000).toDecimalPlaces(2);
        fc.pre(!current.eq(prior) && current.gt(0));
        const change = current.minus(prior);
        const exact = change.abs().div(prior).times(100);
        expect(yoyBrief(sentence(current, prior, change, exact.toFixed(2)))).toEqual([]);
        const wrong = exact.plus(new Dec(offHundredths).div(100).times(up ? 1 : -1));
        fc.pre(wrong.gt(0));
        expect(yoyBrief(sentence(current, prior, change, wrong.toFixed(2)))).toHaveLength(1);
      }),
      { numRuns: 80 },
    );
  });
});
