import { existsSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/core/audit/audit.js';
import { deriveReport } from '../../src/core/authoring/derive-report.js';
import type { DepartmentReport } from '../../src/core/model/report.js';
import type { ScoringRuleSet } from '../../src/core/scoring/rule-set.js';
import { hunan } from '../../src/core/scoring/rule-sets/hunan.js';
import { chooseRules } from '../../src/cli/check-report.js';
import { loadReport } from '../../src/node/load-report.js';
import { renderToBytes } from '../../src/renderers/node/render-file.js';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { importText, REFERENCE_TEXT } from '../support/check-text.js';
import { differences, figuresOf, importBytes } from './support.js';

/**
 * import(render(report)) gives back the report's figures, for every format a
 * reader reads: the mended report (every derived figure recomputed), since
 * that is what `jixiao render` writes. A workbook holds the attachments only.
 */
const FORMATS = ['docx', 'xlsx', 'pdf'] as const;
const partsOf = (format: (typeof FORMATS)[number]) => (format === 'xlsx' ? 'attachments' : 'all');

async function roundTrip(report: DepartmentReport, format: (typeof FORMATS)[number], rules: ScoringRuleSet = hunan) {
  const mended = deriveReport(report, rules);
  const loaded = await importBytes(await renderToBytes(report, format, { rules }), format);
  return { mended, loaded, diff: differences(figuresOf(mended, partsOf(format)), figuresOf(loaded.report, partsOf(format))) };
}

/**
 * Other provinces' tables (fixtures/layouts), read from their Word files and
 * written in the Hunan form. That form has no column for Chongqing's 得分系数
 * and 核心指标 marks, nor for a 年初指标值 beside the adjusted one: those are
 * the only fields not carried over.
 */
const LAYOUTS = new URL('../../fixtures/layouts/', import.meta.url);
const LAYOUT_FIXTURES = existsSync(LAYOUTS) ? readdirSync(LAYOUTS).filter((n) => existsSync(new URL(`${n}/${n}.docx`, LAYOUTS))).sort() : [];
const NOT_IN_HUNAN_FORM = /\.(scoreCoefficient|core|initialTarget)$/;

const reference = importText(REFERENCE_TEXT).report;

describe.each(FORMATS)('round trip through %s', (format) => {
  it('gives back every figure and text of the mended reference report', async () => {
    const { diff, loaded } = await roundTrip(reference, format);
    expect(diff).toEqual([]);
    expect(loaded.source.readerFindings).toEqual([]);
  });

  it('is checked with no error but the input error mending cannot fix', async () => {
    const { loaded } = await roundTrip(reference, format);
    const errors = audit(loaded.report, hunan, loaded.provenance).filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.location.table}`);
    expect(errors).toEqual(['IND-WEIGHT-TOTAL 项目支出绩效自评表（强制隔离戒毒生活补贴）']);
  });

  it('with that input error corrected by hand (所内脱毒达标率 40 → 30 分), is checked with no error at all', async () => {
    const corrected = structuredClone(reference);
    const row = corrected.projects[0]?.indicators.find((i) => i.name === '所内脱毒达标率');
    expect(row?.weight).toBe('40');
    if (row) row.weight = '30';
    const { loaded } = await roundTrip(corrected, format);
    const errors = audit(loaded.report, hunan, loaded.provenance).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it.each(['hengyang-2023.docx', 'hengyang-2023-attachments.xlsx', 'hengyang-2023.pdf'])('gives back the figures of the fixture %s', async (fixture) => {
    const input = await loadReport(`fixtures/reference/${fixture}`);
    const { diff } = await roundTrip(input.report, format);
    expect(diff).toEqual([]);
  });

  it.each(LAYOUT_FIXTURES)('gives back the figures of the %s tables, laid out in the Hunan form', async (name) => {
    const input = await loadReport(new URL(`${name}/${name}.docx`, LAYOUTS).pathname);
    const { diff } = await roundTrip(input.report, format, chooseRules('auto', input));
    expect(diff.filter((d) => !NOT_IN_HUNAN_FORM.test(d.split(':')[0] ?? ''))).toEqual([]);
  });

  it('gives back the figures of random consistent reports, which are then checked without error', async () => {
    const samples = fc.sample(arbitraryReport, { numRuns: format === 'pdf' ? 2 : 5, seed: 20231231 });
    for (const report of samples) {
      const { diff, loaded } = await roundTrip(report, format);
      expect(diff).toEqual([]);
      expect(audit(loaded.report, hunan, loaded.provenance).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});

describe('round trip of the figures as stated (--as-is)', () => {
  it('keeps the reference report’s own figures, mistakes included, through DOCX', async () => {
    const loaded = await importBytes(await renderToBytes(reference, 'docx', { rules: hunan, figures: 'as-is' }), 'docx');
    expect(differences(figuresOf(reference), figuresOf(loaded.report))).toEqual([]);
    expect(loaded.report.departmentEvaluation?.total.executionRate).toBe('94.00%');
  });
});
