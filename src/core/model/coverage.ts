import type { DepartmentReport } from './report.js';

/**
 * What was read of a report: which parts the audit had to work with. A
 * report read without its attachments is checked against its text alone, and
 * "no findings" then says little: the reader of a check is told so.
 */
export interface Coverage {
  /** Narrative sections read (一、… 九、 or whatever headings the report uses). */
  sections: number;
  basicData: boolean;
  departmentEvaluation: boolean;
  projects: number;
  /** Indicator rows of the department table and every project table together. */
  indicators: number;
}

export function coverageOf(report: DepartmentReport): Coverage {
  let indicators = report.departmentEvaluation?.indicators.length ?? 0;
  for (const p of report.projects) indicators += p.indicators.length;
  return {
    sections: report.narrative.sections.length,
    basicData: report.basicData !== null,
    departmentEvaluation: report.departmentEvaluation !== null,
    projects: report.projects.length,
    indicators,
  };
}

/** How many of the attachments (附件1 基础数据表, 附件2 部门整体支出绩效自评表, 附件3 项目支出绩效自评表) were read. */
export function tableCount(c: Coverage): number {
  return (c.basicData ? 1 : 0) + (c.departmentEvaluation ? 1 : 0) + c.projects;
}

/** Whether any attachment was read. */
export function hasTables(c: Coverage): boolean {
  return tableCount(c) > 0;
}

/** "正文 9 个部分；基础数据表 1 张；部门整体支出绩效自评表 1 张；项目支出绩效自评表 3 张（绩效指标共 52 项）". */
export function coverageText(c: Coverage): string {
  const parts = [`正文 ${c.sections} 个部分`, `基础数据表 ${c.basicData ? 1 : 0} 张`, `部门整体支出绩效自评表 ${c.departmentEvaluation ? 1 : 0} 张`, `项目支出绩效自评表 ${c.projects} 张`];
  return `${parts.join('；')}${c.indicators > 0 ? `（绩效指标共 ${c.indicators} 项）` : ''}`;
}
