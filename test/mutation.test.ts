import { describe, expect, it } from 'vitest';
import { checkText, REFERENCE_TEXT } from './support/check-text.js';
import { namesMutation, narrativeMutations, tableCellMutations, type Mutation } from './support/mutations.js';

/**
 * Change any one figure of the reference report — a table cell or a figure
 * the narrative names — and some finding must name it (on its line, or
 * quoting the new figure). The figures listed below are the only ones no
 * arithmetic can check: each says why. The list must stay exact, so a rule
 * that stops catching a mutation fails this test, and a new rule that starts
 * catching one shortens the list.
 */
const UNCHECKABLE: Record<string, string> = {
  // 基础数据表: "其中" rows are parts, not a partition, so only "≤ 公用经费" can be checked.
  '140:2': '上年公用经费：仅其“其中”项之和不超过它',
  '141:2': '其中项', '141:4': '其中项', '141:6': '其中项',
  '142:2': '其中项', '142:4': '其中项', '142:6': '其中项',
  '143:2': '其中项', '143:4': '其中项', '143:6': '其中项',
  '144:2': '政府采购金额：无任何其他数字与之关联', '144:4': '政府采购金额', '144:6': '政府采购金额',
  '145:2': '部门基本支出预算调整：无任何其他数字与之关联', '145:4': '部门基本支出预算调整', '145:6': '部门基本支出预算调整',
  // Actuals that meet their target before and after the change score the same (an actual above 100% is flagged only for rate indicators).
  '163:6': '≥95%：100%与101%均达标', '169:6': '定性指标：100%与101%', '170:6': '定性指标', '173:6': '≥90%：95%与96%均达标',
  '194:6': '≥90%', '200:5': '≥90%', '225:5': '>90%', '248:6': '定性指标', '251:6': '≥90%', '270:6': '≥90%', '276:5': '≥90%',
  '294:6': '≥95%', '301:6': '>90%', '323:6': '定性指标', '348:6': '定性指标', '351:5': '>90%', '373:6': '定性指标', '376:5': '>90%',
  // 内设机构数 and 退休人数 appear nowhere else in the report.
  '29:0:25': '内设机构数', '29:0:132': '退休人数',
};

/** The template prints 分值 10 and 得分 0 on every source row; the 10 points belong to the total row alone (DOMAIN.md §1). */
function isSourceRowArtefact(m: Mutation): boolean {
  const line = REFERENCE_TEXT.split('\n')[m.line - 1] ?? '';
  return /当年财政拨款|上年结转金额|其它资金/.test(line) && (m.column === 6 || m.column === 8);
}

function key(m: Mutation): string {
  return m.column === 0 ? `${m.line}:0:${m.before}` : `${m.line}:${m.column}`;
}

describe('mutating one figure of the reference report', () => {
  const baseline = checkText(REFERENCE_TEXT);
  const mutations = [...tableCellMutations(REFERENCE_TEXT), ...narrativeMutations(REFERENCE_TEXT)];

  it('covers every numeric table cell and every figure the narrative names', () => {
    expect(mutations.filter((m) => m.column > 0).length).toBeGreaterThan(400);
    expect(mutations.filter((m) => m.column === 0).length).toBeGreaterThanOrEqual(45);
  });

  it('is named by a finding, except for the figures nothing else checks', () => {
    const missed: string[] = [];
    for (const m of mutations) {
      if (isSourceRowArtefact(m)) continue;
      if (!namesMutation(baseline, checkText(m.text), m)) missed.push(key(m));
    }
    expect(missed.sort()).toEqual(Object.keys(UNCHECKABLE).sort());
  });

  it('names the changed figure in the text, not only the table it contradicts', () => {
    const m = narrativeMutations(REFERENCE_TEXT).find((x) => x.line === 65 && x.before === '4981.06');
    expect(m).toBeDefined();
    const after = checkText((m as Mutation).text);
    const f = after.find((x) => x.rule === 'TXT-TABLE-MISMATCH' && x.location.source?.line === 65);
    expect(f).toMatchObject({ expected: '4981.06', actual: '4982.06' });
  });
});
