import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jixiao } from '../support/run-cli.js';

/**
 * The report as jixiao writes it (`jixiao import`) is an input like any other:
 * a unit corrects its figures in the JSON and checks, scores or renders it
 * again, with findings located by line in the JSON.
 */
const REFERENCE = 'examples/hengyang-2023.txt';
let dir: string;
let json: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-json-'));
  const imported = jixiao(['import', REFERENCE]);
  expect(imported.status).toBe(0);
  json = join(dir, 'hengyang-2023.json');
  writeFileSync(json, imported.stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


type Finding = { rule: string; severity: string; message: string; expected: string | null; actual: string | null; location: { line: number | null } };
const findingsOf = (stdout: string): Finding[] => JSON.parse(stdout).reports[0].findings;
const withoutLines = (fs: Finding[]) => fs.map(({ location: _l, ...f }) => JSON.stringify(f)).sort();

describe('jixiao JSON as input', () => {
  it('check gives the findings of the text the JSON was imported from, each at its line in the JSON', () => {
    const fromText = jixiao(['check', REFERENCE, '--format', 'json']);
    const fromJson = jixiao(['check', json, '--format', 'json']);
    expect(fromJson.status).toBe(1);
    expect(JSON.parse(fromJson.stdout).reports[0].format).toBe('json');
    expect(withoutLines(findingsOf(fromJson.stdout))).toEqual(withoutLines(findingsOf(fromText.stdout)));
    const lines = readFileSync(json, 'utf8').split('\n');
    const rate = findingsOf(fromJson.stdout).find((f) => f.rule === 'FUNDS-EXEC-RATE');
    expect(lines[(rate?.location.line ?? 0) - 1]).toContain('"executionRate": "94.00%"');
  });

  it('a figure corrected in the JSON is checked as corrected', () => {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    report.departmentEvaluation.total.executionRate = '94.46%';
    report.departmentEvaluation.total.score = '9.45';
    const fixed = join(dir, 'fixed.json');
    writeFileSync(fixed, JSON.stringify(report, null, 2));
    const rules = findingsOf(jixiao(['check', fixed, '--format', 'json']).stdout).map((f) => f.rule);
    expect(rules).not.toContain('FUNDS-EXEC-RATE');
    expect(rules).not.toContain('FUNDS-EXEC-SCORE');
    expect(rules).toContain('IND-WEIGHT-TOTAL');
  });

  it('import, score and render read it as they read the text', () => {
    expect(jixiao(['import', json]).stdout).toBe(readFileSync(json, 'utf8'));
    expect(jixiao(['score', json]).stdout).toBe(jixiao(['score', REFERENCE]).stdout);
    const html = jixiao(['render', json, '--to', 'html', '-o', '-']).stdout;
    expect(html).toContain('衡阳市强制隔离戒毒所');
    expect(html).toBe(jixiao(['render', REFERENCE, '--to', 'html', '-o', '-']).stdout);
  });

  it('a JSON that does not fit exits 2 naming the field and its line in Chinese, and no stack trace', () => {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    report.projects[0].indicators[2].score = 18;
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify(report, null, 2));
    const r = jixiao(['check', wrong]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/wrong\.json：报告数据不符合 jixiao 的格式.*第 \d+ 行 projects\.0\.indicators\.2\.score：应为文字/);
    expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+|Error:|node:internal/);
  });
});
