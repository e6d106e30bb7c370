import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, checkText } from '../../../../test/support/check-text.js';
import { Dec } from '../../number/decimal.js';

/**
 * A narrative-only report whose section 六（一） holds `paragraph` (line 11), or
 * whose section 二（一） does. The sentences follow the shapes of published texts
 * of several provinces (Hunan, Hubei, Sichuan, Chongqing, Inner Mongolia,
 * Guangxi); units and figures are our own.
 */
function report(paragraph: string): string {
  return `# 某县某局2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n我局内设机构 3 个。\n\n六、部门整体支出绩效情况\n\n（一）运行成本\n\n${paragraph}\n\n七、存在的问题及原因分析\n\n无。\n`;
}

const parts = (paragraph: string) => checkText(report(paragraph)).filter((f) => f.rule === 'NARR-PARTS-SUM');
const partsBrief = (paragraph: string) => parts(paragraph).map(brief);

describe('NARR-PARTS-SUM: 三公经费 and its three items in one sentence', () => {
  it('names a total that is not the sum of its three items, on the line of the total', () => {
    const found = parts('2023年“三公”经费支出13.43万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费11.99万元，公务接待费1.54万元。');
    expect(found.map(brief)).toEqual(['NARR-PARTS-SUM L11 13.53万元|13.43万元']);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toBe(
      '正文“六、部门整体支出绩效情况（一）运行成本”所述三公经费13.43万元，其中因公出国（境）费0万元、公务用车购置及运行维护费11.99万元、公务接待费1.54万元；三公经费即这三项之和，应为13.53万元。',
    );
    expect(found[0]?.location).toMatchObject({ section: '六、部门整体支出绩效情况（一）运行成本', row: '三公经费' });
  });

  it('reads the items in any order, with 、 or ，, half-width brackets and 元', () => {
    expect(partsBrief('本年度“三公”经费合计134300元，其中：公务接待费15400元、因公出国(境)费0元、公务用车购置及运行维护费119900元。')).toEqual(['NARR-PARTS-SUM L11 135300元|134300元']);
    expect(partsBrief('“三公”经费预算为4432万元,其中:因公出国(境)费用39万元,公务接待费323万元,公务用车购置及运行维护费4080万元。')).toEqual(['NARR-PARTS-SUM L11 4442.00万元|4432万元']);
  });

  it('reads a statement whose items follow ；其中 and carry their own changes', () => {
    expect(
      partsBrief('“三公”经费预算总额为1969万元，较上年减少221万元，下降10.1%；其中：因公出国（境）经费40万元，较上年持平；公务接待费252万元，较上年减少12万元，下降4.7%；公务用车购置及运行维护费1687万元，较上年减少209万元，下降11%。'),
    ).toEqual(['NARR-PARTS-SUM L11 1979.00万元|1969万元']);
  });

  it('checks the split of the vehicle costs, and takes its two parts for them where the whole is not stated', () => {
    expect(partsBrief('“三公”经费预算为4432万元，其中：因公出国（境）费用39万元，公务接待费323万元，公务用车购置及运行维护费4070万元（包括：公务用车运行维护费2648万元、公务用车购置1432万元）。')).toEqual([
      'NARR-PARTS-SUM L11 4080.00万元|4070万元',
    ]);
    expect(partsBrief('“三公”经费支出13.43万元，其中因公出国（境）费0万元，公务用车购置及运行维护费11.99万元，其中公务用车购置费0万元、公务用车运行维护费11.99万元，公务接待费1.44万元。')).toEqual([]);
    expect(partsBrief('“三公”经费支出13.43万元，其中：因公出国（境）支出0万元；公务用车购置支出0万元；公务用车运行维护费用支出12.99万元；公务接待费支出1.44万元。')).toEqual(['NARR-PARTS-SUM L11 14.43万元|13.43万元']);
  });

  it('accepts items that add up at the precision written', () => {
    for (const sentence of [
      '2023年“三公”经费支出13.43万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费11.99万元，公务接待费1.44万元。',
      '2023年区级部门“三公”经费支出预算为2493.77万元,其中:因公出国(境)费用83万元,公务用车购置及运行维护费1534.95万元,公务接待费875.82万元。',
      // 83 may stand for 82.5–83.5.
      '2023年区级部门“三公”经费支出预算为2494.17万元,其中:因公出国(境)费用83万元,公务用车购置及运行维护费1534.95万元,公务接待费875.82万元。',
      '“三公”经费预算为4432万元，与上年基本持平，其中：因公出国（境）费用39万元，公务接待费323万元，公务用车购置及运行维护费4070万元（包括：公务用车运行维护费2648万元、公务用车购置1422万元）。',
      '“三公”经费支出2.05万元，较上年2.08减少0.03万元；其中：因公出国（境）支出0万元；公务用车购置支出0万元；公务用车运行维护费用支出0万元；公务接待费支出2.05万元，占“三公”经费的100%。',
    ]) {
      expect(partsBrief(sentence), sentence).toEqual([]);
    }
  });

  it('checks only that items do not exceed the total when not all three are stated', () => {
    // No 因公出国 and the vehicle costs by their running costs alone (an Inner Mongolia text's shape): below the total is fine.
    expect(partsBrief('2023年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用6.73万元。')).toEqual([]);
    expect(partsBrief('2023年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用8.73万元。')).toEqual(['NARR-PARTS-SUM L11 ≥21.12万元|20.12万元']);
    // "公务用车及运行维护费" may be the running costs only, beside a purchase stated apart: no split to check.
    expect(partsBrief('“三公”经费支出431万元，其中：公务用车及运行维护费支出251万元，公务用车购置支出56万元，公务接待支出124万元。')).toEqual([]);
  });

  it('says nothing of items in another sentence (one not opening with 其中), or of an item named twice', () => {
    expect(partsBrief('2023年“三公”经费支出13.43万元。因公出国（境）费0万元，公务用车购置及运行维护费11.99万元，公务接待费1.54万元。')).toEqual([]);
    expect(partsBrief('“三公”经费支出13.43万元，其中：公务接待费预算2.25万元，公务接待费支出1.44万元，公务用车购置及运行维护费11.99万元，因公出国（境）费0万元。')).toEqual([]);
  });
});

describe('NARR-PARTS-SUM: any other total and the parts after its 其中', () => {
  it('names parts that add up to more than their total', () => {
    const found = parts('2023年，基本支出的全年执行数为5931.08万元，其中：人员经费4981.06万元，日常公用经费1950.02万元；项目支出的全年执行数为1040.02万元。');
    expect(found.map(brief)).toEqual(['NARR-PARTS-SUM L11 ≥6931.08万元|5931.08万元']);
    expect(found[0]?.message).toBe('正文“六、部门整体支出绩效情况（一）运行成本”所述全年执行数5931.08万元，其后“其中”所列2项（人员经费4981.06万元、日常公用经费1950.02万元）之和为6931.08万元，超过了该合计数。');
    expect(partsBrief('本项目申请预算资金2026400元，其中村级组织运转400000元，村民组长报酬252000元，村级事务补助1960000元。')).toEqual(['NARR-PARTS-SUM L11 ≥2612000元|2026400元']);
  });

  it('accepts parts below their total: a 其中 need not list them all', () => {
    expect(partsBrief('2023年，基本支出的全年执行数为5931.08万元，其中：人员经费4981.06万元，日常公用经费950.02万元；项目支出的全年执行数为1040.02万元。')).toEqual([]);
    expect(partsBrief('本项目申请预算资金2026400元，其中村级组织运转400000元，村民组长报酬252000元，村级事务补助960000元。')).toEqual([]);
    // Rounded parts may add up to a little more than their rounded total.
    expect(partsBrief('2023年度收入总计434.72万元，其中：本年收入合计434.18万元，年初结转和结余0.55万元。')).toEqual([]);
  });

  it('says nothing when unsure which figures are parts of the total', () => {
    for (const sentence of [
      // Another sentence, not opening with 其中.
      '全年执行数为5931.08万元。人员经费4981.06万元，日常公用经费1950.02万元。',
      // Words between the total and 其中 may change the subject.
      '三公经费15万元，会议费、培训费等，其中：会议费3万元，培训费20万元。',
      // Each project's budget and spending: two measures.
      '全年预算数1040.02万元，其中：生活补贴项目全年预算数401.95万元，全年执行数为401.95万元，医疗康复费项目全年预算数96.38万元。',
      // A part that names another measure than its total: the spending after the budget's parts.
      '全年预算数7380.15万元，其中：基本支出6340.13万元，项目支出1040.02万元，执行6971.10万元。',
      '“三公”经费支出13.43万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费11.99万元，公务接待费预算2.25万元。',
      // Kinds of parts that may overlap.
      '全年执行数为5931.08万元，其中：人员经费4981.06万元，商品和服务支出1907.13万元。',
      // Shares and changes among the parts.
      '全年执行数为5931.08万元，其中：人员经费4981.06万元，占84%，日常公用经费1950.02万元。',
      // A 其中 inside the list: where each ends is unsure.
      '全年执行数100万元，其中：公用经费60万元，其中办公费30万元，差旅费40万元。',
      // Words that go on about something else.
      '项目资金100万元，其中：设备购置60万元，培训30万元，另安排配套资金50万元。',
      // Parts written with 、 end at the next ，: 会议费 is not one of them.
      '车辆经费11.99万元，其中购置费5万元、运行维护费6.99万元，会议费5万元。',
      // An approximate part.
      '全年执行数为100万元，其中：办公费约60万元，差旅费50万元。',
      // A part of last year.
      '项目资金100万元，其中：2023年度安排80万元，2022年结转30万元。',
    ]) {
      expect(partsBrief(sentence), sentence).toEqual([]);
    }
  });

  it('checks bracketed lists each against the amount before it', () => {
    expect(partsBrief('办公经费30万元（其中：水电费10万元，物业费25万元），差旅经费20万元（其中：市内交通费5万元，出差补助8万元）。')).toEqual(['NARR-PARTS-SUM L11 ≥35.00万元|30万元']);
  });

  it('leaves the sources and economic classes of section 二 to NARR-BUDGET-SOURCES and NARR-SPENT-CLASSES', () => {
    const text = `# 某县某局2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n我局内设机构 3 个。\n\n二、一般公共预算支出情况\n\n（一）基本支出\n\n全年执行数为5931.08万元，其中：工资福利支出4478.74万元、商品和服务支出1907.13万元、对个人和家庭的补助502.32万元、资本性支出42.89万元。\n`;
    expect(checkText(text).filter((f) => f.rule === 'NARR-PARTS-SUM' || f.rule === 'NARR-SPENT-CLASSES').map((f) => f.rule)).toEqual(['NARR-SPENT-CLASSES']);
  });
});

describe('NARR-PARTS-SUM against random figures', () => {
  const cents = fc.integer({ min: 0, max: 9_999_999 });

  it('passes three items that add up to the stated 三公经费 and names every total 0.03 万元 or more off', () => {
    fc.assert(
      fc.property(cents, cents, cents, fc.integer({ min: 3, max: 100_000 }), fc.boolean(), (a, b, c, off, up) => {
        const [overseas, vehicles, reception] = [a, b, c].map((x) => new Dec(x).div(100));
        const sentence = (total: Dec) =>
          `“三公”经费支出${total.toFixed(2)}万元，其中：因公出国（境）费${(overseas as Dec).toFixed(2)}万元，公务用车购置及运行维护费${(vehicles as Dec).toFixed(2)}万元，公务接待费${(reception as Dec).toFixed(2)}万元。`;
        const total = (overseas as Dec).plus(vehicles as Dec).plus(reception as Dec);
        expect(partsBrief(sentence(total))).toEqual([]);
        const wrong = total.plus(new Dec(off).div(100).times(up ? 1 : -1));
        fc.pre(wrong.gte(0));
        expect(partsBrief(sentence(wrong))).toHaveLength(1);
      }),
      { numRuns: 80 },
    );
  });
});

describe('NARR-PARTS-SUM: 其中 opening the sentence after its total', () => {
  it('breaks down the total of the sentence before: 三公经费 and its items, across its change from last year', () => {
    expect(partsBrief('2023年“三公”经费支出12.5万元，较上年15.3万元减少2.8万元。其中：因公出国（境）费0万元，公务用车购置及运行维护费9.2万元，公务接待费4.2万元。')).toEqual([
      'NARR-PARTS-SUM L11 13.40万元|12.5万元',
    ]);
    expect(partsBrief('2023年“三公”经费支出13.4万元，较上年15.3万元减少1.9万元。其中：因公出国（境）费0万元，公务用车购置及运行维护费9.2万元，公务接待费4.2万元。')).toEqual([]);
  });

  it('holds any other total its parts exceed, when nothing but the full stop stands between', () => {
    const found = parts('2023年支出合计为480万元。其中：基本支出350万元，项目支出180万元。');
    expect(found.map(brief)).toEqual(['NARR-PARTS-SUM L11 ≥530.00万元|480万元']);
    // Figures no concept names are called by their own words.
    expect(found[0]?.message).toContain('所述支出合计480万元，其后“其中”所列2项（基本支出350万元、项目支出180万元）之和为530.00万元');
    expect(partsBrief('2023年支出合计480万元。其中：基本支出300万元，项目支出180万元。')).toEqual([]);
  });

  it('stays silent where the sentence before ends on something else than the total', () => {
    expect(partsBrief('2023年支出合计480万元，比上年增加30万元。其中：基本支出350万元，比上年增加10万元；项目支出180万元。')).toEqual([]);
    expect(partsBrief('2023年支出合计480万元，主要用于保障机构正常运转。其中：基本支出350万元，项目支出180万元。')).toEqual([]);
  });

  it('does not join sentences at any other full stop', () => {
    expect(partsBrief('2023年支出合计480万元。基本支出350万元，项目支出180万元。')).toEqual([]);
  });
});
