import { dec, decOrNull, sum, type Dec } from '../../number/decimal.js';
import { formatAmount, formatQuotientRate } from '../../number/format.js';
import { sumMatches, sumOfPartsMatches, withinRounding } from '../../number/tolerance.js';
import { adjustmentExceeds } from '../../calc/funds.js';
import { operatingCost } from '../../calc/spending.js';
import { asWritten, inWan, inWanOrNull, quoted, quotedWan } from '../../calc/money-unit.js';
import type { FundSourceKind, SpendingBlock } from '../../model/report.js';
import { BASIC_DATA_TABLE, DEPARTMENT_TABLE } from '../context.js';
import type { AuditRule } from '../rule.js';
import { blockOf, blockPlaces, sectionTitle, yiPlacesOf, yiRoundingOf } from './narrative-place.js';
import { FUNDS_COLUMNS } from './labels.js';

const CROSS = '省级绩效管理系统表间校验（[vendor]）；DOMAIN.md §4（across tables）';

export const deptVsNarrative: AuditRule = {
  id: 'X-DEPT-NARRATIVE',
  severity: 'error',
  family: 'acrossTables',
  title: '部门整体支出绩效自评表与正文预算支出情况不符',
  description: '附件2 年度资金总额的全年预算数、全年执行数应等于正文第二至五部分各预算支出之和；按支出性质分的基本支出、项目支出应等于正文所述同一数字。',
  source: CROSS,
  check(ctx) {
    const dept = ctx.report.departmentEvaluation;
    if (!dept) return;
    const places = blockPlaces(ctx);
    if (places.length === 0) return;
    for (const col of ['adjustedBudget', 'spent'] as const) {
      const stated = dept.total[col];
      const values = places.map((p) => blockOf(ctx.report, p.key)?.[col] ?? null);
      if (stated === null || values.some((v) => v === null)) continue;
      const amounts = values.map(decOrNull);
      const table = inWan(stated, dept.moneyUnit);
      const s = sum(amounts);
      if (sumOfPartsMatches(table, amounts, values.length) || withinRounding(table, s, yiRoundingOf(ctx, places.map((p) => p.key)), values.length)) continue;
      ctx.emit({
        section: '附件2', table: DEPARTMENT_TABLE, row: '年度资金总额', column: FUNDS_COLUMNS[col], path: `departmentEvaluation.total.${col}`,
        message: `部门整体支出绩效自评表年度资金总额${FUNDS_COLUMNS[col]}为 ${quoted(stated, dept.moneyUnit)}，正文${places.map((p) => `${p.name} ${asWritten(blockOf(ctx.report, p.key)?.[col] ?? null, yiPlacesOf(ctx, p.key))}`).join(' + ')} 合计 ${formatAmount(s)} 万元。`,
        expected: formatAmount(s), actual: formatAmount(table),
      });
    }
    for (const [rowKey, rowName, blockKey] of [['basic', '基本支出', 'basic'], ['project', '项目支出', 'project']] as const) {
      const block = blockOf(ctx.report, blockKey);
      if (!block) continue;
      for (const col of ['adjustedBudget', 'spent'] as const) {
        const stated = dept[rowKey][col];
        const text = block[col];
        if (stated === null || text === null) continue;
        if (sumMatches(inWan(stated, dept.moneyUnit), dec(text), 1) || withinRounding(inWan(stated, dept.moneyUnit), dec(text), yiRoundingOf(ctx, [blockKey]), 1)) continue;
        ctx.emit({
          section: '附件2', table: DEPARTMENT_TABLE, row: rowName, column: FUNDS_COLUMNS[col], path: `departmentEvaluation.${rowKey}.${col}`,
          message: `部门整体支出绩效自评表${rowName}${FUNDS_COLUMNS[col]}为 ${quoted(stated, dept.moneyUnit)}，正文（${sectionTitle(ctx.report, 'generalBudget', rowName)}）为 ${quotedWan(text, yiPlacesOf(ctx, blockKey))}。`,
          expected: formatAmount(dec(text)), actual: formatAmount(inWan(stated, dept.moneyUnit)),
        });
      }
    }
  },
};

export const projectVsNarrative: AuditRule = {
  id: 'X-PROJECT-NARRATIVE',
  severity: 'error',
  family: 'acrossTables',
  title: '项目支出绩效自评表与正文所列项目金额不符',
  description: '附件3 各项目年度资金总额的全年预算数、全年执行数，应等于正文第二部分所列该项目的同一数字（项目按名称对应）。',
  source: CROSS,
  check(ctx) {
    const items = ctx.report.spending.generalBudget.projectItems;
    const title = sectionTitle(ctx.report, 'generalBudget', '项目支出');
    for (const [i, j] of ctx.itemMatches()) {
      const item = items[i];
      const project = ctx.report.projects[j];
      if (!item || !project) continue;
      for (const col of ['adjustedBudget', 'spent'] as const) {
        const table = project.total[col];
        const text = item[col];
        if (table === null || text === null || sumMatches(inWan(table, project.moneyUnit), dec(text), 1)) continue;
        ctx.emit({
          section: '附件3', table: `项目支出绩效自评表（${project.name}）`, row: '年度资金总额', column: FUNDS_COLUMNS[col], path: `projects.${j}.total.${col}`,
          message: `项目支出绩效自评表（${project.name}）${FUNDS_COLUMNS[col]}为 ${quoted(table, project.moneyUnit)}，正文（${title}）所列“${item.name}”为 ${quotedWan(text, yiPlacesOf(ctx, 'project'))}。`,
          expected: formatAmount(dec(text)), actual: formatAmount(inWan(table, project.moneyUnit)),
        });
      }
    }
  },
};

export const projectsSum: AuditRule = {
  id: 'X-PROJECTS-SUM',
  severity: 'warning',
  family: 'acrossTables',
  title: '各项目自评表合计与项目支出不符',
  description: '正文未逐项列出项目时，附件3 各项目全年预算数、全年执行数之和与正文（或附件2）项目支出比较；口径可能不同（并非每个项目都要填自评表），故为提示。',
  source: CROSS,
  check(ctx) {
    const projects = ctx.report.projects;
    if (projects.length === 0 || ctx.report.spending.generalBudget.projectItems.length > 0) return;
    const block = ctx.report.spending.generalBudget.project;
    const dept = ctx.report.departmentEvaluation;
    for (const col of ['adjustedBudget', 'spent'] as const) {
      const values = projects.map((p) => p.total[col]);
      if (values.some((v) => v === null)) continue;
      const amounts = projects.map((p) => inWanOrNull(p.total[col], p.moneyUnit));
      const reference = block?.[col] ? dec(block[col]) : inWanOrNull(dept?.project[col] ?? null, dept?.moneyUnit ?? '万元');
      if (reference === null || sumOfPartsMatches(reference, amounts, values.length)) continue;
      const s = sum(amounts);
      ctx.emit({
        section: '附件3', table: '项目支出绩效自评表', row: '年度资金总额', column: FUNDS_COLUMNS[col], path: `projects.0.total.${col}`,
        message: `附件3 共 ${projects.length} 个项目的${FUNDS_COLUMNS[col]}合计 ${formatAmount(s)} 万元，与${block?.[col] ? '正文' : '附件2'}项目支出 ${formatAmount(reference)} 万元不符。`,
        expected: formatAmount(reference), actual: formatAmount(s),
      });
    }
  },
};

/** Which narrative figures make up each source row of 附件2. */
const SOURCE_PARTS: Partial<Record<FundSourceKind, (keyof SpendingBlock)[]>> = {
  generalBudget: ['appropriation'],
  otherFunds: ['carriedIn', 'otherFunds'],
};

export const deptSourcesVsNarrative: AuditRule = {
  id: 'X-DEPT-SOURCES-NARRATIVE',
  severity: 'warning',
  family: 'acrossTables',
  title: '部门整体自评表资金来源与正文不符',
  description: '附件2 按收入性质分的一般公共预算应等于正文各部分本年一般公共预算拨款收入之和，其他资金应等于上年结转和结余与本年其他资金收入之和；结转资金的性质可能不同，故为提示。',
  source: CROSS,
  check(ctx) {
    const dept = ctx.report.departmentEvaluation;
    const g = ctx.report.spending.generalBudget;
    if (!dept || !g.basic) return;
    const blocks = [g.basic, g.project].filter((b): b is SpendingBlock => b !== null);
    for (const source of dept.sources) {
      const fields = SOURCE_PARTS[source.kind];
      const stated = source.row.adjustedBudget;
      if (!fields || stated === null) continue;
      const values: Dec[] = [];
      for (const b of blocks) for (const f of fields) if (b[f] !== null) values.push(dec(b[f] as string));
      if (values.length === 0) continue;
      const table = inWan(stated, dept.moneyUnit);
      const s = sum(values);
      if (sumOfPartsMatches(table, values, values.length) || withinRounding(table, s, yiRoundingOf(ctx, ['basic', 'project'], fields.length), values.length)) continue;
      const label = source.label.replace(/[:：]$/, '');
      ctx.emit({
        section: '附件2', table: DEPARTMENT_TABLE, row: label, column: '全年预算数', path: `departmentEvaluation.sources.${dept.sources.indexOf(source)}.row.adjustedBudget`,
        message: `部门整体支出绩效自评表“${label}”为 ${quoted(stated, dept.moneyUnit)}，正文相应收入合计为 ${formatAmount(s)} 万元。`,
        expected: formatAmount(s), actual: formatAmount(table),
      });
    }
  },
};

export const basicDataVsNarrative: AuditRule = {
  id: 'X-BASIC-NARRATIVE',
  severity: 'warning',
  family: 'acrossTables',
  title: '基础数据表与正文、自评表口径不一致',
  description: '基础数据表项目支出本年决算数与正文项目支出全年执行数、本年预算数与各项目年初预算数之和、公用经费与正文日常公用经费（商品和服务支出 + 资本性支出）比较。两者口径可能不同（如公用经费是否含资本性支出），故为提示。',
  source: CROSS,
  check(ctx) {
    const b = ctx.report.basicData;
    if (!b) return;
    const g = ctx.report.spending.generalBudget;
    const year = b.currentYear ?? '本年';
    const dept = ctx.report.departmentEvaluation;
    const projectSpent = g.project?.spent ? dec(g.project.spent) : inWanOrNull(dept?.project.spent ?? null, dept?.moneyUnit ?? '万元');
    const unit = b.moneyUnit;
    if (b.projectExpenditure.final !== null && projectSpent !== null && !sumMatches(inWan(b.projectExpenditure.final, unit), projectSpent, 1) && !withinRounding(inWan(b.projectExpenditure.final, unit), projectSpent, yiRoundingOf(ctx, ['project']), 1)) {
      ctx.emit({
        section: '附件1', table: BASIC_DATA_TABLE, row: '项目支出', column: `${year}年决算数`, path: 'basicData.projectExpenditure.final',
        message: `基础数据表项目支出${year}年决算数为 ${quoted(b.projectExpenditure.final, unit)}，正文项目支出全年执行数为 ${formatAmount(projectSpent)} 万元。`,
        expected: formatAmount(projectSpent), actual: formatAmount(inWan(b.projectExpenditure.final, unit)),
      });
    }
    const projects = ctx.report.projects;
    if (b.projectExpenditure.budget !== null && projects.length > 0 && projects.every((p) => p.total.initialBudget !== null)) {
      const initials = projects.map((p) => inWanOrNull(p.total.initialBudget, p.moneyUnit));
      const appropriationInitials = projects.map((p) => inWanOrNull(p.sources.find((s) => s.kind === 'appropriation' || s.kind === 'generalBudget')?.row.initialBudget ?? null, p.moneyUnit));
      const stated = inWan(b.projectExpenditure.budget, unit);
      if (!sumOfPartsMatches(stated, initials, projects.length) && !sumOfPartsMatches(stated, appropriationInitials, projects.length)) {
        const totalInitial = sum(initials);
        const appropriationInitial = sum(appropriationInitials);
        ctx.emit({
          section: '附件1', table: BASIC_DATA_TABLE, row: '项目支出', column: `${year}年预算数`, path: 'basicData.projectExpenditure.budget',
          message: `基础数据表项目支出${year}年预算数为 ${quoted(b.projectExpenditure.budget, unit)}，附件3 各项目年初预算数合计为 ${formatAmount(totalInitial)} 万元（其中财政拨款 ${formatAmount(appropriationInitial)} 万元）。`,
          expected: formatAmount(totalInitial), actual: formatAmount(stated),
        });
      }
    }
    const operating = g.basic ? operatingCost(g.basic) : null;
    if (b.publicFunds.final !== null && operating !== null && !sumMatches(inWan(b.publicFunds.final, unit), operating, 2) && !withinRounding(inWan(b.publicFunds.final, unit), operating, yiRoundingOf(ctx, ['basic'], 2), 2)) {
      ctx.emit({
        section: '附件1', table: BASIC_DATA_TABLE, row: '公用经费', column: `${year}年决算数`, path: 'basicData.publicFunds.final',
        message: `基础数据表公用经费${year}年决算数为 ${quoted(b.publicFunds.final, unit)}，正文日常公用经费（商品和服务支出 ${asWritten(g.basic?.goodsAndServices ?? null, yiPlacesOf(ctx, 'basic'))} + 资本性支出 ${asWritten(g.basic?.capitalSpending ?? null, yiPlacesOf(ctx, 'basic'))}）为 ${formatAmount(operating)} 万元；两者口径可能不同，请核实。`,
        expected: formatAmount(operating), actual: formatAmount(inWan(b.publicFunds.final, unit)),
      });
    }
  },
};

const LARGE_ADJUSTMENT = dec('0.2');

export const budgetAdjustmentLarge: AuditRule = {
  id: 'BUD-ADJUSTMENT-LARGE',
  severity: 'info',
  family: 'budgetBehaviour',
  title: '年中预算调整幅度较大',
  description: '全年预算数与年初预算数相差超过 20%：预算编制的准确性值得关注；部分省份（如四川）要求此时说明原因。',
  source: 'DOMAIN.md §3（偏差说明）、§4（预算执行：年中大幅调整）',
  check(ctx) {
    for (const t of ctx.tables()) {
      const initial = decOrNull(t.table.total.initialBudget);
      const adjusted = decOrNull(t.table.total.adjustedBudget);
      if (initial === null || adjusted === null || initial.isZero() || !adjustmentExceeds(initial, adjusted, LARGE_ADJUSTMENT)) continue;
      const difference = adjusted.minus(initial);
      // The change (difference ÷ initial) is below zero when the two differ in sign; neither is zero here.
      const decreased = difference.isNegative() !== initial.isNegative();
      ctx.emit({
        section: t.section, table: t.name, row: '年度资金总额', column: '全年预算数', path: `${t.path}.total.adjustedBudget`,
        message: `${t.name}全年预算数 ${t.table.total.adjustedBudget} 较年初预算数 ${t.table.total.initialBudget} ${decreased ? '减少' : '增加'} ${formatAmount(difference.abs())}（${formatQuotientRate(difference, initial)}）。`,
        expected: formatAmount(initial), actual: formatAmount(adjusted),
      });
    }
  },
};
