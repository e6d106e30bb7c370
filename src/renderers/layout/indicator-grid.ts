import type { EvaluationTable } from '../../core/model/report.js';
import type { ScoringRuleSet } from '../../core/scoring/rule-set.js';
import { live, pointsCell, rateCell } from './figure-cells.js';
import { label, text, type GridCell } from './grid.js';

/**
 * The indicator part shared by 附件2 and 附件3 (nine columns): 绩效指标 merged
 * down the left, 一级 and 二级 names merged over their rows (a level weight
 * written into the name: 产出指标（20分）), then 三级指标, 年度指标值, 实际完成值,
 * 分值, 得分, 偏差原因分析及改进措施; a 总分 row with the weights' total, the
 * score and the grade; then any remarks (评价结论, 存在问题 …). Live: a 成本节约率
 * actual from the funds, the 总分 and the grade.
 */
const COST_SAVING = /成本节约率|资金节约率|节约率/;

export interface IndicatorLive {
  formulas: boolean;
  rules: ScoringRuleSet;
  /** The cost saving rate as a formula over the funds cells. */
  costSaving: string;
}

export function indicatorRows(t: EvaluationTable, opts: IndicatorLive): GridCell[][] {
  const rows: GridCell[][] = [];
  const n = t.indicators.length;
  const overall = t.levelWeights.find((w) => w.name === '绩效指标')?.weight;
  rows.push([
    label(0, overall ? `绩效指标（${overall}分）` : '绩效指标', { rowSpan: n + 1 }), label(1, '一级指标'), label(2, '二级指标'), label(3, '三级指标'),
    label(4, '年度指标值'), label(5, '实际完成值'), label(6, '分值'), label(7, '得分'), label(8, '偏差原因分析及改进措施'),
  ]);
  const weightOf = (level: 1 | 2, name: string) => t.levelWeights.find((w) => w.level === level && w.name === name)?.weight;
  t.indicators.forEach((ind, i) => {
    const row: GridCell[] = [];
    const prev = t.indicators[i - 1];
    if (!prev || prev.level1 !== ind.level1) {
      let span = 1;
      while (t.indicators[i + span]?.level1 === ind.level1) span++;
      const w = weightOf(1, ind.level1);
      row.push(label(1, w ? `${ind.level1}（${w}分）` : ind.level1, { rowSpan: span }));
    }
    if (!prev || prev.level1 !== ind.level1 || prev.level2 !== ind.level2) {
      let span = 1;
      while (t.indicators[i + span]?.level1 === ind.level1 && t.indicators[i + span]?.level2 === ind.level2) span++;
      const w = weightOf(2, ind.level2);
      row.push(label(2, w ? `${ind.level2}（${w}分）` : ind.level2, { rowSpan: span }));
    }
    const savingFormula = ind.name !== '' && COST_SAVING.test(ind.name) && /%|％/.test(ind.actual);
    // A field the form marked not applicable is written so again, not left to look forgotten.
    const written = (field: 'target' | 'actual') => (ind[field] === '' && ind.notApplicable?.includes(field) ? '/' : ind[field]);
    row.push(
      text(3, ind.name),
      label(4, written('target')),
      savingFormula ? rateCell(5, ind.actual, live(opts.formulas, undefined, opts.costSaving)) : label(5, written('actual')),
      pointsCell(6, ind.weight, { id: `w${i}` }),
      pointsCell(7, ind.score, { id: `s${i}` }),
      text(8, ind.deviationNote),
    );
    rows.push(row);
  });
  const total = t.totalScore;
  if (total || n > 0) {
    const first = 0;
    const last = Math.max(n - 1, 0);
    const grades = opts.rules.grades;
    const gradeFormula = grades.slice(0, -1).reduceRight((acc, g) => `IF({total}>=${g.min},"${g.grade}",${acc})`, `"${grades[grades.length - 1]?.grade ?? '差'}"`);
    const formulas = opts.formulas && n > 0;
    rows.push([
      label(0, '总分', { colSpan: 6 }),
      pointsCell(6, total?.weight ?? null, live(formulas, undefined, `SUM({w${first}}:{w${last}})`)),
      pointsCell(7, total?.score ?? null, live(formulas, 'total', `ROUND({execScore}+SUM({s${first}}:{s${last}}),2)`)),
      { ...label(8, total?.grade ?? ''), ...live(formulas, undefined, total?.grade ? `IF({total}="","",${gradeFormula})` : undefined) },
    ]);
  }
  // Texts some provinces add under the table (评价结论, 存在问题, 改进措施).
  for (const r of t.remarks) rows.push([label(0, r.label, { colSpan: 2 }), text(2, r.text, { colSpan: 7 })]);
  return rows;
}
