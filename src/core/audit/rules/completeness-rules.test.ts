import { describe, expect, it } from 'vitest';
import { checkText, importText, REFERENCE_TEXT } from '../../../../test/support/check-text.js';
import { coverageOf, coverageText } from '../../model/coverage.js';

const NARRATIVE_ONLY = '# 某县某局2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n我局内设机构 3 个。\n\n二、一般公共预算支出情况\n\n全年预算数 100.00 万元，全年执行数 90.00 万元。\n';

/** The reference report's text up to its first attachment: the narrative without any table. */
const REFERENCE_NARRATIVE = REFERENCE_TEXT.slice(0, REFERENCE_TEXT.indexOf('报告应包括以下附件'));

describe('REPORT-NO-TABLES: a report read without any attachment', () => {
  it('is told that only its text was checked', () => {
    for (const text of [NARRATIVE_ONLY, REFERENCE_NARRATIVE]) {
      const found = checkText(text).filter((f) => f.rule === 'REPORT-NO-TABLES');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', location: { section: '附件' } });
      expect(found[0]!.message).toContain('只核对了正文');
    }
  });

  it('is not raised when any one table was read', () => {
    expect(checkText(REFERENCE_TEXT).some((f) => f.rule === 'REPORT-NO-TABLES')).toBe(false);
    // The project tables alone, as many units publish them.
    const projectsOnly = REFERENCE_TEXT.slice(REFERENCE_TEXT.indexOf('\n项目支出绩效自评表\n'));
    expect(importText(projectsOnly).report.projects.length).toBeGreaterThan(0);
    expect(checkText(projectsOnly).some((f) => f.rule === 'REPORT-NO-TABLES')).toBe(false);
  });
});

describe('what was read of a report', () => {
  it('counts the sections, tables and indicators the reference report holds', () => {
    const c = coverageOf(importText(REFERENCE_TEXT).report);
    expect(c).toEqual({ sections: 9, basicData: true, departmentEvaluation: true, projects: 8, indicators: 104 });
    expect(coverageText(c)).toBe('正文 9 个部分；基础数据表 1 张；部门整体支出绩效自评表 1 张；项目支出绩效自评表 8 张（绩效指标共 104 项）');
  });

  it('says when no table was read', () => {
    const c = coverageOf(importText(REFERENCE_NARRATIVE).report);
    expect(c).toEqual({ sections: 9, basicData: false, departmentEvaluation: false, projects: 0, indicators: 0 });
    expect(coverageText(c)).toBe('正文 9 个部分；基础数据表 0 张；部门整体支出绩效自评表 0 张；项目支出绩效自评表 0 张');
  });
});
