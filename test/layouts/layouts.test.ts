import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/cli/check-report.js';
import type { Finding } from '../../src/core/audit/finding.js';
import { loadReport, type LoadedReport } from '../../src/node/load-report.js';

/**
 * Layout fixtures (fixtures/layouts/<name>/): real published self-evaluation tables of other
 * provinces (Sichuan, Yunnan, Chongqing, Anhui), each as the text a PDF-to-text tool gives and
 * as DOCX, XLSX and PDF made by LibreOffice from the same HTML (scripts/fixtures/make-layouts.sh).
 * Every figure of every table must end up in the model, the same in every form, and
 * `jixiao check` must say the same about each form. A layout the interpreter cannot read yet
 * fails here; it is never skipped.
 */
const ROOT = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));
const FIXTURES = readdirSync(ROOT)
  .filter((name) => existsSync(`${ROOT}${name}/expected.json`))
  .sort();
const FORMS = ['txt', 'docx', 'xlsx', 'pdf'] as const;
type Form = (typeof FORMS)[number];

interface Unmodelled {
  where: string;
  value: string;
  why: string;
}

interface Expected {
  fixture: string;
  note: string;
  /** The tables of the report as the model holds them: basicData, departmentEvaluation, projects. */
  tables: Record<string, unknown>;
  /** Figures of the tables that no field of the model can hold yet. */
  notInModel: Unmodelled[];
}

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(`${ROOT}${name}/expected.json`, 'utf8')) as Expected;

const loads = new Map<string, Promise<LoadedReport>>();
function load(name: string, form: Form): Promise<LoadedReport> {
  const file = `${ROOT}${name}/${name}.${form}`;
  let loaded = loads.get(file);
  if (!loaded) {
    loaded = loadReport(file);
    loads.set(file, loaded);
  }
  return loaded;
}

const show = (v: unknown): string => (v === undefined ? '（缺失）' : JSON.stringify(v));

/** Every leaf of `expected` compared with the same path in `actual`: one line per mismatch. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  const out: string[] = [];
  const walk = (e: unknown, a: unknown, p: string): void => {
    if (Array.isArray(e)) {
      if (!Array.isArray(a)) {
        out.push(`${p}：应为 ${e.length} 项的列表，实际为 ${show(a)}`);
        return;
      }
      if (a.length !== e.length) out.push(`${p}：应有 ${e.length} 项，实际 ${a.length} 项`);
      for (let i = 0; i < Math.max(e.length, a.length); i++) {
        if (i >= e.length) out.push(`${p}.${i}：多出 ${show(a[i])}`);
        else walk(e[i], a[i], `${p}.${i}`);
      }
      return;
    }
    if (e !== null && typeof e === 'object') {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) {
        out.push(`${p}：应为对象，实际为 ${show(a)}`);
        return;
      }
      for (const [k, v] of Object.entries(e)) walk(v, (a as Record<string, unknown>)[k], p ? `${p}.${k}` : k);
      return;
    }
    if (e !== a) out.push(`${p}：应为 ${show(e)}，实际为 ${show(a)}`);
  };
  walk(expected, actual, path);
  return out;
}

/** What `jixiao check` reports about a form, locations aside; for a workbook only what concerns the tables. */
function findingsOf(loaded: LoadedReport, tablesOnly: boolean): string[] {
  const readerRules = new Set(loaded.source.readerFindings.map((f) => f.rule));
  return checkReport(loaded, 'auto')
    .findings.filter((f: Finding) => !readerRules.has(f.rule))
    .filter((f) => !tablesOnly || (f.location.table !== undefined && !/^(TXT|NARR)-|NARRATIVE/.test(f.rule)))
    .map((f) => `${f.rule} 应为 ${f.expected ?? '—'} 实为 ${f.actual ?? '—'}`)
    .sort();
}

describe('逐项比较', () => {
  it('报告每一处不符及其路径', () => {
    const expected = { projects: [{ total: { spent: '7.29', weight: null }, indicators: [{ name: '满意度' }] }] };
    expect(differences(expected, { projects: [{ total: { spent: '7.29', weight: '10' }, indicators: [] }] })).toEqual([
      'projects.0.total.weight：应为 null，实际为 "10"',
      'projects.0.indicators：应有 1 项，实际 0 项',
      'projects.0.indicators.0：应为对象，实际为 （缺失）',
    ]);
    expect(differences(expected, expected)).toEqual([]);
  });

  it('找到至少四种版式的样例', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(FIXTURES)('版式样例 %s', (name) => {
  const expected = expectedOf(name);

  it('样例齐全：四种形式、来源说明', () => {
    for (const form of FORMS) expect(existsSync(`${ROOT}${name}/${name}.${form}`), `${name}.${form}`).toBe(true);
    expect(existsSync(`${ROOT}${name}/sources.md`)).toBe(true);
    expect(existsSync(`${ROOT}${name}/source.html`)).toBe(true);
  });

  it('表中每个数字在模型中都有字段', () => {
    expect(expected.notInModel.map((u) => `${u.where} = ${u.value}（${u.why}）`)).toEqual([]);
  });

  describe.each(FORMS)('%s', (form) => {
    it('每张表的每个数字都读入模型', async () => {
      const { report } = await load(name, form);
      const tables = { basicData: report.basicData, departmentEvaluation: report.departmentEvaluation, projects: report.projects };
      expect(differences(expected.tables, tables)).toEqual([]);
    });

    if (form !== 'txt') {
      it('审核结果与文本形式一致', async () => {
        const tablesOnly = form === 'xlsx';
        const [text, other] = await Promise.all([load(name, 'txt'), load(name, form)]);
        expect(findingsOf(other, tablesOnly)).toEqual(findingsOf(text, tablesOnly));
      });
    }
  });
});
