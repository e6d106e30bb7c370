import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../core/audit/audit.js';
import { hunan } from '../../core/scoring/rule-sets/hunan.js';
import { arbitraryReport } from '../../../test/support/arbitrary-report.js';
import { importText, REFERENCE_TEXT } from '../../../test/support/check-text.js';
import { InputError } from '../input-error.js';
import { looksLikeJson } from './looks-like-json.js';
import { readModelJson } from './model-json.js';

const refused = (text: string) => {
  try {
    readModelJson(text, 'r.json');
  } catch (e) {
    if (e instanceof InputError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('accepted');
};

describe('readModelJson', () => {
  it('reads back the report jixiao wrote, and every figure the audit names has its line in the JSON', () => {
    fc.assert(
      fc.property(arbitraryReport, fc.constantFrom(0, 2), (report, indent) => {
        const text = JSON.stringify(report, null, indent);
        const read = readModelJson(text, 'r.json');
        expect(read.report).toEqual(report);
        expect(read.source.format).toBe('json');
        const findings = audit(read.report, hunan, read.provenance);
        // The same findings; their order follows their lines, which only the JSON gives.
        expect(findings.map((f) => f.message).sort()).toEqual(audit(report, hunan).map((f) => f.message).sort());
        for (const f of findings) expect(f.location.source?.line, `${f.rule} ${f.message}`).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the reference report the findings of its text, each at the line of the figure it names', () => {
    const imported = importText(REFERENCE_TEXT);
    const text = JSON.stringify(imported.report, null, 2);
    const lines = text.split('\n');
    const findings = audit(readModelJson(text, 'r.json').report, hunan, readModelJson(text, 'r.json').provenance);
    const rate = findings.find((f) => f.rule === 'FUNDS-EXEC-RATE');
    expect(lines[(rate?.location.source?.line ?? 0) - 1]).toMatch(/"executionRate": "94.00%"/);
    const over = findings.find((f) => f.rule === 'IND-SCORE-OVER-WEIGHT');
    expect(lines[(over?.location.source?.line ?? 0) - 1]).toMatch(/"score": "20"/);
    const mention = findings.find((f) => f.rule === 'TXT-TABLE-MISMATCH');
    expect(lines[(mention?.location.source?.line ?? 0) - 1]).toContain('预算执行率94.46%');
  });

  it('refuses a JSON that does not fit the schema, naming each wrong field by its line and path, in Chinese', () => {
    const report = JSON.parse(JSON.stringify(importText(REFERENCE_TEXT).report));
    report.departmentEvaluation.total.spent = '六千';
    report.projects[0].indicators[3].weight = 5;
    delete report.projects[1].name;
    const text = JSON.stringify(report, null, 2);
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const r = refused(text);
    expect(r.code).toBe('invalid');
    expect(r.message).toContain('共 3 处');
    expect(r.message).toContain(`第 ${line('"spent": "六千"')} 行 departmentEvaluation.total.spent：金额须为十进制数字`);
    expect(r.message).toContain(`第 ${line('"weight": 5')} 行 projects.0.indicators.3.weight：应为文字`);
    expect(r.message).toMatch(/第 \d+ 行 projects\.1\.name：缺少此项/);
    expect(r.message).not.toMatch(/expected|received|Invalid/);
  });

  it('refuses broken JSON with the line of the fault, a cut-off JSON as cut off, and other JSON as not a report', () => {
    expect(refused('{\n  "unit": "x",\n  "year": 2023,\n}')).toEqual({ code: 'corrupt', message: expect.stringContaining('第 4 行第 1 列附近无法解析') });
    expect(refused('{"unit": "x", "year": 20')).toEqual({ code: 'corrupt', message: expect.stringContaining('结尾处不完整') });
    expect(refused('{"rows": [1, 2, 3]}').code).toBe('not-a-report');
    const oddYear = refused('{"unit": "x", "year": 1, "narrative": {}}').message;
    expect(oddYear).toContain('year：应不小于 1990');
    expect(oddYear).not.toMatch(/number|string|object/);
    expect(refused('{"unit": "x", "narrative": ' + '['.repeat(50_000) + ']'.repeat(50_000) + '}').code).toBe('invalid');
  });
});

describe('looksLikeJson', () => {
  it('is true when the first character past spaces and a BOM is "{", as no report text starts', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(looksLikeJson(bytes('\ufeff \r\n {"a":1}'))).toBe(true);
    expect(looksLikeJson(bytes(REFERENCE_TEXT))).toBe(false);
    expect(looksLikeJson(bytes('   '))).toBe(false);
  });
});
