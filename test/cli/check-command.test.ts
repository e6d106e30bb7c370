import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TEXT } from '../support/check-text.js';
import { jixiao, ROOT } from '../support/run-cli.js';

const REFERENCE = 'examples/hengyang-2023.txt';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


/** Findings without the file name, for comparing copies of one report. */
function findingsOf(stdout: string): unknown[] {
  const json = JSON.parse(stdout) as { reports: { findings: unknown[] }[] };
  return json.reports.flatMap((r) => r.findings);
}

describe('jixiao check', () => {
  it('prints a readable Chinese report and exits 1 when there are errors', () => {
    const r = jixiao(['check', REFERENCE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('衡阳市强制隔离戒毒所 2023年度');
    expect(r.stdout).toContain('【错误】');
    expect(r.stdout).toContain('第153行');
    expect(r.stdout).toContain('应为 94.46%，所填 94.00%');
    expect(r.stdout).toContain('读取内容：正文 9 个部分；基础数据表 1 张；部门整体支出绩效自评表 1 张；项目支出绩效自评表 8 张（绩效指标共 104 项）');
    expect(r.stderr).toBe('');
  });

  it('says what it read, so that a report read without its tables does not pass as checked', () => {
    const file = join(dir, 'narrative-only.txt');
    writeFileSync(file, REFERENCE_TEXT.slice(0, REFERENCE_TEXT.indexOf('报告应包括以下附件')));
    const text = jixiao(['check', file]);
    expect(text.stdout).toContain('读取内容：正文 9 个部分；基础数据表 0 张；部门整体支出绩效自评表 0 张；项目支出绩效自评表 0 张\n');
    expect(text.stdout).toContain('[REPORT-NO-TABLES]');
    const json = JSON.parse(jixiao(['check', file, '--format', 'json']).stdout) as { reports: { coverage: unknown }[] };
    expect(json.reports[0]?.coverage).toEqual({ sections: 9, basicData: false, departmentEvaluation: false, projects: 0, indicators: 0 });
    // A batch's summary counts the tables read of each report and names how many were checked against their text alone.
    const sub = mkdtempSync(join(dir, 'coverage-'));
    copyFileSync(file, join(sub, 'a-narrative-only.txt'));
    copyFileSync(join(ROOT, REFERENCE), join(sub, 'b-whole.txt'));
    const batch = jixiao(['check', sub]).stdout.split('\n');
    expect(batch.find((l) => l.startsWith('文件'))).toMatch(/^文件\s+单位\s+年度\s+附表\s+错误\s+提示\s+信息$/);
    expect(batch.find((l) => l.includes('a-narrative-only.txt  '))).toMatch(/\s0\s+0\s+\d+\s+\d+$/);
    expect(batch.find((l) => l.includes('b-whole.txt  '))).toMatch(/\s10\s+6\s+39\s+5$/);
    expect(batch.at(-2)).toContain('其中 1 个未读到任何附表，只核对了正文。');
  });

  it('prints the JSON the issue specifies, with lines and printed figures', () => {
    const r = jixiao(['check', REFERENCE, '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { reports: { file: string; unit: string; year: number; findings: Record<string, unknown>[] }[] };
    const [report] = json.reports;
    expect(report).toMatchObject({ file: REFERENCE, unit: '衡阳市强制隔离戒毒所', year: 2023 });
    const rate = report?.findings.find((f) => f.rule === 'FUNDS-EXEC-RATE');
    expect(rate).toMatchObject({
      severity: 'error',
      expected: '94.46%',
      actual: '94.00%',
      location: { section: '附件2', table: '部门整体支出绩效自评表', row: '年度资金总额', column: '执行率', line: 153 },
    });
    for (const f of report?.findings ?? []) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'location', 'expected', 'actual']);
      expect(Object.keys(f.location as object).slice(0, 5)).toEqual(['section', 'table', 'row', 'column', 'line']);
    }
  });

  it('exits 0 when no error is found', () => {
    const fixed = REFERENCE_TEXT.replace('10\t94.00%\t9.40', '10\t94.46%\t9.45')
      .replace('\t所内脱毒达标率\t=100%\t100%\t40\t20\t', '\t所内脱毒达标率\t=100%\t100%\t30\t20\t')
      .replace('可持续影响指标\t\t场所运转持续性\t=365天\t100%\t10\t20\t\t\n满意度指标 (10分)\t服务对象满意度指标\t戒毒人员满意度', '可持续影响指标\t\t场所运转持续性\t=365天\t100%\t10\t10\t\t\n满意度指标 (10分)\t服务对象满意度指标\t戒毒人员满意度')
      .replace('\t\t\t\t\t90\t99.34\t\t', '\t\t\t\t\t90\t89.34\t\t');
    const file = join(dir, 'fixed.txt');
    writeFileSync(file, fixed);
    const r = jixiao(['check', file, '--format', 'json']);
    const errors = findingsOf(r.stdout).filter((f) => (f as { severity: string }).severity === 'error');
    expect(errors).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('gives exactly the same findings for GB18030 and CRLF+BOM copies', () => {
    const utf8 = findingsOf(jixiao(['check', REFERENCE, '--format', 'json']).stdout);
    const gb = join(dir, 'gb18030.txt');
    writeFileSync(gb, new Uint8Array(encodeGb18030(REFERENCE_TEXT)));
    const crlf = join(dir, 'crlf-bom.txt');
    writeFileSync(crlf, `\ufeff${REFERENCE_TEXT.replace(/\n/g, '\r\n')}`);
    expect(findingsOf(jixiao(['check', gb, '--format', 'json']).stdout)).toEqual(utf8);
    expect(findingsOf(jixiao(['check', crlf, '--format', 'json']).stdout)).toEqual(utf8);
  });

  it('checks a folder and ends with a summary table', () => {
    const sub = mkdtempSync(join(dir, 'batch-'));
    copyFileSync(join(ROOT, REFERENCE), join(sub, 'a.txt'));
    copyFileSync(join(ROOT, REFERENCE), join(sub, 'b.md'));
    writeFileSync(join(sub, 'ignored.png'), 'x');
    const r = jixiao(['check', sub]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('共 2 个文件：2 个已审核，0 个无法读取');
    const json = JSON.parse(jixiao(['check', sub, '--format', 'json']).stdout) as { reports: unknown[] };
    expect(json.reports).toHaveLength(2);
  });

  it('checks a folder of mixed formats, each file in its own form', () => {
    const sub = mkdtempSync(join(dir, 'mixed-'));
    for (const f of ['hengyang-2023.docx', 'hengyang-2023-attachments.xlsx', 'hengyang-2023.pdf', 'hengyang-2023.html']) copyFileSync(join(ROOT, 'fixtures/reference', f), join(sub, f));
    copyFileSync(join(ROOT, REFERENCE), join(sub, 'hengyang-2023.txt'));
    const json = JSON.parse(jixiao(['check', sub, '--format', 'json']).stdout) as { reports: { format: string; summary: { error: number } }[] };
    expect(json.reports.map((r) => r.format).sort()).toEqual(['docx', 'html', 'pdf', 'text', 'xlsx']);
    for (const r of json.reports) expect(r.summary.error).toBeGreaterThanOrEqual(5);
    const text = jixiao(['check', sub]);
    expect(text.stdout).toContain('共 5 个文件：5 个已审核，0 个无法读取');
  });

  it('chooses a rule set by name and refuses an unknown one', () => {
    const r = jixiao(['check', REFERENCE, '--rules', 'mof-2020', '--format', 'json']);
    expect(r.stdout).toContain('"rules": "mof-2020"');
    const bad = jixiao(['check', REFERENCE, '--rules', 'mars']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未知的评分规则“mars”');
  });
});

/** GB18030 bytes of a string, through the encoder Node's ICU provides to TextDecoder's inverse: iconv via Buffer is not available, so map with a decoder table. */
function encodeGb18030(text: string): number[] {
  // Build the table for the characters used from a decoder: every two-byte GBK code.
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return out;
}
