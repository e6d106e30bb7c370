import { compare, dec, decOrNull, HUNDRED, isBelowZero, ratio, ZERO, type Dec } from '../../number/decimal.js';
import { formatLike, formatPoints, formatQuotientRate, formatRate } from '../../number/format.js';
import { ratioMatches, sumMatches } from '../../number/tolerance.js';
import { gradeOf } from '../../scoring/grade.js';
import { executionWeight } from '../../calc/funds.js';
import type { AuditContext, TableView } from '../context.js';
import type { AuditRule } from '../rule.js';
import { indicatorLabel } from './labels.js';

const VENDOR = '财预〔2020〕10号 附件2；省级绩效管理系统校验规则（[vendor]）；DOMAIN.md §3、§4';

/**
 * The indicator totals a table may reach: the rule set's (90), or 100 when the
 * table scores no execution rate; a table stating its own execution weight
 * leaves its indicators what is left of 100 (a form scoring execution at 20
 * gives them 80). The first is the one a finding asks for.
 */
function allowedTotals(statedExec: string | null, indicatorTotal: Dec, withExecution: Dec): Dec[] {
  return statedExec === null ? [indicatorTotal, withExecution] : [HUNDRED.minus(dec(statedExec))];
}

export const indicatorWeightTotal: AuditRule = {
  id: 'IND-WEIGHT-TOTAL',
  severity: 'error',
  family: 'withinTable',
  title: '指标分值合计不等于规定总分',
  description: '三级指标分值之和应等于评分规则规定的指标总分（执行率 10 分之外的 90 分）；表中未设执行率分值时也接受 100 分，表中写明执行率分值时应为 100 分减去该分值。',
  source: VENDOR,
  check(ctx) {
    const total = dec(ctx.rules.indicatorTotal);
    const exec = dec(ctx.rules.executionWeight);
    const withExec = total.plus(exec);
    for (const t of ctx.tables()) {
      const w = ctx.sums(t).weights;
      if (w.count === 0) continue;
      const allowed = allowedTotals(t.table.total.weight, total, withExec);
      const reached = (a: Dec) => compare(a, w.sum) === 0;
      if (allowed.some(reached)) continue;
      // Some tables list 预算执行率 itself among the indicators, with its 10 points.
      if (reached(withExec) && t.table.indicators.some((i) => /执行率/.test(i.name) && i.weight !== null)) continue;
      const want = allowed[0] as Dec;
      const why = compare(want, total) === 0 ? `${ctx.rules.name}：执行率 ${exec.toString()} 分 + 指标 ${total.toString()} 分` : `表中执行率 ${t.table.total.weight} 分，合计 100 分`;
      ctx.emit({
        section: t.section, table: t.name, row: t.table.totalScore?.weight ? '总分' : '绩效指标', column: '分值', path: t.table.totalScore?.weight ? `${t.path}.totalScore.weight` : `${t.path}.indicators`,
        message: `${t.name}各三级指标分值合计为 ${formatPoints(w.sum)}（${t.table.indicators.filter((i) => i.weight !== null).map((i) => i.weight).join(' + ')}），应为 ${formatPoints(want)}（${why}）。`,
        expected: formatPoints(want), actual: formatPoints(w.sum),
      });
    }
  },
};

export const indicatorLevelWeight: AuditRule = {
  id: 'IND-LEVEL-WEIGHT',
  severity: 'error',
  family: 'withinTable',
  title: '一级指标标注分值与其下指标分值合计不符',
  description: '表中在一级指标名称后标注分值（如“产出指标（20分）”）时，其下三级指标分值之和应等于该分值。',
  source: VENDOR,
  check(ctx) {
    for (const t of ctx.tables()) {
      for (const lw of t.table.levelWeights) {
        const { sum: s, count } = ctx.sums(t).weightsUnder(lw);
        if (count === 0 || compare(s, dec(lw.weight)) === 0 || labelsDisplaced(ctx, t, lw.level)) continue;
        const under = (i: (typeof t.table.indicators)[number]) => lw.level === 0 || (lw.level === 1 ? i.level1 : i.level2) === lw.name;
        const members = t.table.indicators.filter((i) => under(i) && i.weight !== null);
        const first = Math.max(0, t.table.indicators.findIndex(under));
        ctx.emit({
          section: t.section, table: t.name, row: lw.name, column: '分值', path: lw.level === 0 ? `${t.path}.indicators` : `${t.path}.indicators.${first}.level${lw.level}`,
          message: `${t.name}“${lw.name}”标注 ${lw.weight} 分，但其下指标分值合计为 ${formatPoints(s)}（${members.map((i) => `${indicatorLabel(i)} ${i.weight}`).join(' + ')}）。`,
          expected: lw.weight, actual: formatPoints(s),
        });
      }
    }
  },
};

/**
 * Whether a table's weights of one level disagree with their labels only where the labels stand: a name
 * merged over several rows and centred in its span reaches text on a middle row, and the rows above it
 * are read under the name before. The table's stated weights then do fall, in row order, into runs adding
 * up to the labels' weights, in the labels' order. Not so for the weights of a level some name does not state.
 */
function labelsDisplaced(ctx: AuditContext, t: TableView, level: 0 | 1 | 2): boolean {
  if (level === 0) return false;
  const labelled = t.table.levelWeights.filter((w) => w.level === level);
  if (labelled.length < 2) return false;
  const named = new Set(t.table.indicators.map((i) => (level === 1 ? i.level1 : i.level2)));
  if (named.size !== labelled.length || labelled.some((w) => !named.has(w.name))) return false;
  return ctx.sums(t).splitsInOrder(labelled.map((w) => dec(w.weight)));
}

export const indicatorLevelWeightPlacement: AuditRule = {
  id: 'IND-LEVEL-WEIGHT-PLACEMENT',
  severity: 'warning',
  family: 'withinTable',
  title: '指标名称可能错行：按行序划分则分值相符',
  description:
    '一级或二级指标名称后标注的分值，与按名称归入其下的指标分值合计不符；但若按表中行序依次把指标划归各名称，各名称下的分值合计恰与标注相符。这多是合并单元格中的指标名称在文本中落在了其所跨各行的中间一行所致，请对照原表核对；如原表确实如此，则分值填报有误。',
  source: VENDOR,
  check(ctx) {
    for (const t of ctx.tables()) {
      for (const level of [1, 2] as const) {
        if (!labelsDisplaced(ctx, t, level)) continue;
        const off = t.table.levelWeights
          .filter((lw) => lw.level === level)
          .map((lw) => ({ lw, sum: ctx.sums(t).weightsUnder(lw).sum }))
          .filter(({ lw, sum }) => compare(sum, dec(lw.weight)) !== 0);
        const first = off[0];
        if (!first) continue;
        const stated = off.map(({ lw, sum }) => `“${lw.name}”标注 ${lw.weight} 分，其下指标分值合计 ${formatPoints(sum)}`).join('；');
        const index = Math.max(0, t.table.indicators.findIndex((i) => (level === 1 ? i.level1 : i.level2) === first.lw.name));
        ctx.emit({
          section: t.section, table: t.name, row: first.lw.name, column: '分值', path: `${t.path}.indicators.${index}.level${level}`,
          message: `${t.name}${level === 1 ? '一级' : '二级'}指标${stated}。若按表中行序依次把指标划归各名称，各名称下的分值合计恰与标注相符，可能是合并单元格中的指标名称在文本中落在了其所跨各行的中间一行，请对照原表核对。`,
          expected: first.lw.weight, actual: formatPoints(first.sum),
        });
      }
    }
  },
};

export const scoreCoefficient: AuditRule = {
  id: 'IND-SCORE-COEFFICIENT',
  severity: 'error',
  family: 'withinTable',
  title: '得分系数与得分、分值不符',
  description: '填写得分系数的表格（如重庆），得分系数 = 得分 ÷ 分值，应与所填得分、分值一致。',
  source: '重庆市部门整体及项目支出绩效自评表（DOMAIN.md §1 Other layouts）',
  check(ctx) {
    for (const { t, ind, label, weight: w, score: s, path } of ctx.indicators()) {
      const c = ind.scoreCoefficient ?? null;
      if (c === null || w === null || s === null || w.isZero()) continue;
      if (ratioMatches(c, ratio(c), s, w, ZERO)) continue;
      const exact = formatQuotientRate(s, w);
      ctx.emit({
        section: t.section, table: t.name, row: label, column: '得分系数', path, field: 'scoreCoefficient',
        message: `${t.name}“${label}”得分系数填报为 ${c}，按得分 ${ind.score} ÷ 分值 ${ind.weight} 应为 ${exact}。`,
        expected: exact, actual: formatRate(ratio(c)),
      });
    }
  },
};

export const scoreOverWeight: AuditRule = {
  id: 'IND-SCORE-OVER-WEIGHT',
  severity: 'error',
  family: 'withinTable',
  title: '得分超过分值',
  description: '任一指标的得分不得超过其分值，也不得为负（超额完成不加分）。',
  source: VENDOR,
  check(ctx) {
    for (const v of ctx.indicators()) {
      const { t, ind, label, score: s, scoreVsWeight } = v;
      if (s === null || scoreVsWeight === null) continue;
      const negative = isBelowZero(s);
      if (scoreVsWeight <= 0 && !negative) continue;
      ctx.emit({
        section: t.section, table: t.name, row: label, column: '得分', path: v.path, field: 'score',
        message: negative ? `${t.name}“${label}”得分 ${ind.score} 为负数。` : `${t.name}“${label}”得分 ${ind.score} 超过其分值 ${ind.weight}。`,
        expected: negative ? `0–${ind.weight}` : `≤${ind.weight}`, actual: ind.score ?? '',
      });
    }
  },
};

export const totalWeightStated: AuditRule = {
  id: 'TOTAL-WEIGHT',
  severity: 'error',
  family: 'withinTable',
  title: '总分行分值与指标分值合计不符',
  description: '“总分”行的分值应等于各指标分值之和（或再加执行率分值）。总分行写的正是规定总分时，分值合计的问题由 IND-WEIGHT-TOTAL 报告。',
  source: VENDOR,
  check(ctx) {
    const required = dec(ctx.rules.indicatorTotal);
    for (const t of ctx.tables()) {
      const stated = t.table.totalScore?.weight ?? null;
      if (stated === null) continue;
      const w = ctx.sums(t).weights;
      if (w.count === 0) continue;
      const exec = decOrNull(t.table.total.weight) ?? dec(ctx.rules.executionWeight);
      const s = dec(stated);
      if (compare(s, w.sum) === 0 || compare(s, w.sum.plus(exec)) === 0 || compare(s, required) === 0 || compare(s, required.plus(exec)) === 0) continue;
      ctx.emit({
        section: t.section, table: t.name, row: '总分', column: '分值', path: `${t.path}.totalScore.weight`,
        message: `${t.name}总分行分值为 ${stated}，而各指标分值合计为 ${formatPoints(w.sum)}。`,
        expected: formatPoints(w.sum), actual: stated,
      });
    }
  },
};

export const totalScoreStated: AuditRule = {
  id: 'TOTAL-SCORE',
  severity: 'error',
  family: 'withinTable',
  title: '总分与各项得分之和不符',
  description: '总分 = 执行率得分 + 各指标得分之和（部分表格总分不含执行率得分，亦予接受）；表中未填执行率得分时，总分应在各指标得分之和至其加执行率分值之间。',
  source: '财预〔2020〕10号 附件2；DOMAIN.md §2（总分）',
  check(ctx) {
    for (const t of ctx.tables()) {
      const stated = t.table.totalScore?.score ?? null;
      if (stated === null) continue;
      const s = ctx.sums(t).scores;
      if (s.count === 0) continue;
      const st = dec(stated);
      const exec = decOrNull(t.table.total.score);
      if (exec === null) {
        unknownExecutionTotal(ctx, t, stated, st, s.sum);
        continue;
      }
      const withExec = s.sum.plus(exec);
      if (sumMatches(st, withExec, 1) || sumMatches(st, s.sum, 1)) continue;
      ctx.emit({
        section: t.section, table: t.name, row: '总分', column: '得分', path: `${t.path}.totalScore.score`,
        message: `${t.name}总分填报为 ${stated}，但执行率得分 ${t.table.total.score ?? '0'} 与各指标得分之和 ${formatPoints(s.sum)} 合计为 ${formatLike(withExec, stated)}。`,
        expected: formatLike(withExec, stated), actual: stated,
      });
    }
  },
};

/**
 * A total stated where the table gives no execution score (left blank, or a
 * form that scores execution among its indicators): the total is the
 * indicators' scores plus anything from 0 to the execution weight, and only a
 * total outside that range is contradicted. "执行率得分 0" would call a blank a zero.
 */
function unknownExecutionTotal(ctx: AuditContext, t: TableView, statedText: string, stated: Dec, indicators: Dec): void {
  const weight = executionWeight(t.table.total, ctx.rules);
  const most = indicators.plus(weight);
  const below = !sumMatches(stated, indicators, 1) && stated.lt(indicators);
  const above = !sumMatches(stated, most, 1) && stated.gt(most);
  if (!below && !above) return;
  const bound = below ? `≥${formatPoints(indicators)}` : `≤${formatPoints(most)}`;
  ctx.emit({
    section: t.section, table: t.name, row: '总分', column: '得分', path: `${t.path}.totalScore.score`,
    message: `${t.name}总分填报为 ${statedText}，但各指标得分之和为 ${formatPoints(indicators)}；表中未填执行率得分，按执行率分值 ${formatPoints(weight)} 分计，总分应在 ${formatPoints(indicators)} 至 ${formatPoints(most)} 之间。`,
    expected: bound, actual: statedText,
  });
}

export const totalGrade: AuditRule = {
  id: 'TOTAL-GRADE',
  severity: 'error',
  family: 'withinTable',
  title: '评价等级与总分不符',
  description: '等级按总分划分：优 ≥ 90，良 80–90，中 60–80，差 < 60。',
  source: '财预〔2020〕10号（评价结果分级）；财政部预算司等级划分',
  check(ctx) {
    for (const t of ctx.tables()) {
      const stated = t.table.totalScore;
      if (!stated?.grade || stated.score === null) continue;
      const expected = gradeOf(dec(stated.score), ctx.rules);
      if (stated.grade.startsWith(expected)) continue;
      ctx.emit({
        section: t.section, table: t.name, row: '总分', column: '等级', path: `${t.path}.totalScore.grade`,
        message: `${t.name}总分 ${stated.score} 对应等级应为“${expected}”，表中为“${stated.grade}”。`,
        expected, actual: stated.grade,
      });
    }
  },
};
