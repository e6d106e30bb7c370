import { describe, expect, it } from 'vitest';
import { brief, checkText } from '../../../../test/support/check-text.js';

/** A project table whose execution rate weighs `execWeight` and whose indicators weigh 40 and `secondWeight`. */
function table(execWeight: string, secondWeight: string): string {
  const rows = [
    ['项目名称', '监测经费', '', '', '', '', '', ''],
    ['主管部门', '某县某局', '', '', '实施单位', '某县某中心', '', ''],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '', '10', '10', '10', execWeight, '100.00%', execWeight],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['', '产出指标', '数量指标', '监测次数', '≥12次', '12次', '40', '40'],
    ['', '效益指标', '社会效益指标', '数据合格率', '≥95%', '96%', secondWeight, secondWeight],
  ];
  return `项目支出绩效自评表\n\n${rows.map((r) => r.join('\t')).join('\n')}\n`;
}
const weightTotal = (text: string) => checkText(text).filter((f) => f.rule === 'IND-WEIGHT-TOTAL').map(brief);

describe('IND-WEIGHT-TOTAL', () => {
  it('accepts what a table stating its execution weight leaves of 100 (the rule set’s 90 beside its 10)', () => {
    expect(weightTotal(table('10', '50'))).toEqual([]);
    expect(weightTotal(table('20', '40'))).toEqual([]);
  });

  it('finds indicator weights that fit neither', () => {
    expect(weightTotal(table('10', '40'))).toEqual(['IND-WEIGHT-TOTAL L7 90|80']);
    // 20 for the execution rate and 90 for the indicators make 110: the rule set's 90 does not excuse it.
    expect(weightTotal(table('20', '50'))).toEqual(['IND-WEIGHT-TOTAL L7 80|90']);
  });
});
