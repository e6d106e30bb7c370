import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, checkText, importText } from '../../../../test/support/check-text.js';
import { statedTolerancePerPart } from '../../number/tolerance.js';

/** A narrative-only report whose section 二（一） is `basic`. */
const report = (basic: string) => `# 某县某局2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n我局内设机构 5 个。\n\n二、一般公共预算支出情况\n\n（一）基本支出\n\n${basic}\n`;
const narrFindings = (basic: string) => checkText(report(basic)).filter((f) => f.rule.startsWith('NARR-')).map(brief);

/** 12345678 cents → "123,456.78". */
const yuan = (cents: number) => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('narrative amounts written in 元 are checked to the 元 they were written in', () => {
  it('keeps the places they were written to, in 万元', () => {
    const basic = importText(report('全年预算数为7,380,150.00元，全年执行数为6,971,100.00元，年末结转和结余409,050元。')).report.spending.generalBudget.basic;
    expect([basic?.adjustedBudget, basic?.spent, basic?.carriedOut]).toEqual(['738.015000', '697.110000', '40.9050']);
  });

  it('names a carried-out figure 50 元 off, which 0.01 万元 a part would let through, in 元', () => {
    const found = checkText(report('全年预算数为7,380,150.00元，全年执行数为6,971,100.00元，年末结转和结余409,000.00元。')).filter((f) => f.rule === 'NARR-CARRIED-OUT');
    expect(found.map(brief)).toEqual(['NARR-CARRIED-OUT L11 409050.00|409000.00']);
    expect(found[0]?.message).toBe('正文基本支出年末结转和结余为 409000.00 元，按全年预算数 7380150.00 元 − 全年执行数 6971100.00 元 应为 409050.00 元。');
  });

  it('keeps 0.01 a part for figures written in 万元', () => {
    expect(narrFindings('全年预算数为738.02万元，全年执行数为697.11万元，年末结转和结余40.90万元。')).toEqual([]);
    expect(narrFindings('全年预算数为738.02万元，全年执行数为697.11万元，年末结转和结余40.88万元。')).toEqual(['NARR-CARRIED-OUT L11 40.91|40.88']);
  });

  it('passes every consistent block written in 元 and names every one a few cents off', () => {
    const cents = fc.integer({ min: 1, max: 5_000_000_000 });
    fc.assert(
      fc.property(cents, cents, cents, fc.integer({ min: 3, max: 100_000 }), fc.boolean(), (carriedIn, appropriation, spentCents, off, up) => {
        const budget = carriedIn + appropriation;
        fc.pre(spentCents <= budget);
        const sentence = (carried: number) =>
          `全年预算数为${yuan(budget)}元，其中：上年结转和结余${yuan(carriedIn)}元，本年一般公共预算拨款收入${yuan(appropriation)}元，本年其他资金收入0元。全年执行数为${yuan(spentCents)}元。年末结转和结余${yuan(carried)}元。`;
        expect(narrFindings(sentence(budget - spentCents))).toEqual([]);
        const wrong = budget - spentCents + (up ? off : -off);
        fc.pre(wrong >= 0);
        expect(narrFindings(sentence(wrong)).filter((f) => f.startsWith('NARR-CARRIED-OUT'))).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the 尾差 a part may carry', () => {
  it('is 0.01 for figures to two places or fewer, one unit of the coarsest place beyond, zeros aside', () => {
    expect(statedTolerancePerPart(['7380.15', '6971.10', '409.05']).toString()).toBe('0.01');
    expect(statedTolerancePerPart(['120.5', '118']).toString()).toBe('0.01');
    expect(statedTolerancePerPart(['738.015000', '697.110000', '0.0000', null]).toString()).toBe('0.000001');
    expect(statedTolerancePerPart(['738.015000', '40.9050']).toString()).toBe('0.0001');
    expect(statedTolerancePerPart(['738.015000', '40.90']).toString()).toBe('0.01');
  });
});

describe('narrative amounts written in 亿元 are checked to the places written', () => {
  const block = (carriedOut: string) =>
    `全年预算数为1.24亿元，其中：上年结转和结余0.12亿元，本年一般公共预算拨款收入1.11亿元，本年其他资金收入0亿元。全年执行数为1.18亿元，其中：工资福利支出0.83亿元，商品和服务支出0.34亿元，对个人和家庭的补助0亿元，资本性支出0亿元。年末结转和结余${carriedOut}亿元。`;

  it('lets parts rounded to 0.01 亿元 differ from their rounded total by that much each (0.12 + 1.11 against 1.24)', () => {
    expect(narrFindings(block('0.06'))).toEqual([]);
  });

  it('still names a figure off by more than its rounding, in 亿元 as the text wrote it', () => {
    expect(narrFindings(block('0.16'))).toEqual(['NARR-CARRIED-OUT L11 0.06|0.16']);
  });
});
