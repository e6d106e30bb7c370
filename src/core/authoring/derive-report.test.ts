import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../audit/audit.js';
import type { Finding } from '../audit/finding.js';
import { hunan } from '../scoring/rule-sets/hunan.js';
import { mof2020 } from '../scoring/rule-sets/mof-2020.js';
import { arbitraryReport } from '../../../test/support/arbitrary-report.js';
import { importText, REFERENCE_TEXT } from '../../../test/support/check-text.js';
import { deriveReport } from './derive-report.js';

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.location.table ?? f.location.section ?? ''} ${f.location.row ?? ''} ${f.expected ?? ''}|${f.actual ?? ''}`);

describe('deriveReport on the reference report', () => {
  const reference = importText(REFERENCE_TEXT).report;
  const mended = deriveReport(reference, hunan);

  it('mends every derived figure, leaving only the input error it cannot mend (weights adding to 100)', () => {
    expect(errors(audit(reference, hunan)).length).toBeGreaterThan(1);
    expect(errors(audit(mended, hunan))).toEqual(['IND-WEIGHT-TOTAL 项目支出绩效自评表（强制隔离戒毒生活补贴） 总分 90|100']);
  });

  it('computes the department execution rate and score from the amounts', () => {
    expect(mended.departmentEvaluation?.total).toMatchObject({ adjustedBudget: '7380.15', spent: '6971.10', executionRate: '94.46%', score: '9.45' });
    expect(mended.departmentEvaluation?.project.spent).toBe('1040.02');
  });

  it('writes the cost saving rate from the funds by the rule set’s basis', () => {
    const saving = (t: { indicators: { name: string; actual: string }[] } | null | undefined) => t?.indicators.find((i) => i.name === '成本节约率')?.actual;
    expect(saving(mended.departmentEvaluation)).toBe('5.54%');
    expect(saving(mended.projects[0])).toBe('15.63%');
    expect(saving(mended.projects.find((p) => p.name.includes('所政')))).toBe('-37.25%');
  });

  it('recomputes a score above its weight and keeps a judged one within it', () => {
    const p = mended.projects[0]!;
    expect(p.indicators.find((i) => i.name === '场所运转持续性')?.score).toBe('10');
    expect(p.indicators.find((i) => i.name === '保障强制隔离戒毒人员基本生活')?.score).toBe('4.34');
    expect(p.totalScore).toEqual({ weight: '100', score: '89.34', grade: '良' });
  });

  it('derives the basic data table’s control rate and totals', () => {
    expect(mended.basicData?.headcountControlRate).toBe('93.49%');
    expect(mended.basicData?.threePublicExpenses).toEqual({ previousFinal: '8.28', budget: '14.25', final: '13.43' });
  });

  it('keeps the user’s words after the generated figure sentence', () => {
    const running = mended.narrative.sections.find((s) => s.key === 'performance')?.subsections[0]?.paragraphs[0] ?? '';
    expect(running).toMatch(/^2023年，基本支出的全年执行数为5931\.08万元，其中：人员经费4981\.06万元，日常公用经费950\.02万元；项目支出的全年执行数为1040\.02万元。我所根据衡阳市直相关标准/);
  });

  it('keeps a user’s paragraph verbatim, so a figure in it that matches nothing is flagged', () => {
    const input = importText(REFERENCE_TEXT).report;
    const performance = input.narrative.sections.find((x) => x.key === 'performance')!;
    const written = '全年预算执行率达到 90.00%，各项工作有序推进。';
    performance.subsections[2]!.paragraphs.push(written);
    const out = deriveReport(input, hunan);
    expect(out.narrative.sections.find((x) => x.key === 'performance')?.subsections[2]?.paragraphs).toContain(written);
    const flagged = audit(out, hunan).filter((f) => f.rule === 'TXT-TABLE-MISMATCH');
    expect(flagged.map((f) => [f.actual, f.expected])).toEqual([['90.00%', '94.46%']]);
  });

  it('does not change the report it is given', () => {
    const before = JSON.stringify(reference);
    deriveReport(reference, hunan);
    expect(JSON.stringify(reference)).toBe(before);
  });
});

describe('deriveReport on random consistent reports', () => {
  it('leaves no error finding', () => {
    fc.assert(
      fc.property(arbitraryReport, fc.constantFrom(hunan, mof2020), (report, rules) => {
        expect(errors(audit(deriveReport(report, rules), rules))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        const once = deriveReport(report, hunan);
        expect(deriveReport(once, hunan)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('mends junk in every derived figure', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        expect(errors(audit(report, hunan)).length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});
