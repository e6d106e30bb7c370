import type { Finding, Severity } from '../core/audit/finding.js';
import { coverageText } from '../core/model/coverage.js';
import type { SourceRef } from '../core/model/source-ref.js';
import type { CheckedReport } from './check-report.js';
import { count } from './format-json.js';

/** The readable Chinese report of `check`: errors first, each with where to look and what to write. */
const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '提示', info: '信息' };

export function where(src: SourceRef | undefined): string {
  if (!src) return '';
  const parts: string[] = [];
  if (src.page !== undefined) parts.push(`第${src.page}页`);
  if (src.sheet !== undefined) parts.push(`工作表“${src.sheet}”`);
  if (src.cell !== undefined) parts.push(`${src.cell}单元格`);
  else if (src.table !== undefined && src.row !== undefined && src.line === undefined) parts.push(`第${src.table}个表格第${src.row}行${src.column !== undefined ? `第${src.column}列` : ''}`);
  if (src.line !== undefined) parts.push(`第${src.line}行`);
  return parts.join(' ');
}

export function formatReportText(c: CheckedReport): string {
  const r = c.loaded.report;
  const n = count(c.findings);
  const lines: string[] = [];
  lines.push(`${r.unit || '（未识别单位）'}${r.year ? ` ${r.year}年度` : ''}　${c.loaded.file}`);
  lines.push(`评分规则：${c.rules.name}（${c.rules.id}）`);
  lines.push(`读取内容：${coverageText(c.coverage)}`);
  lines.push(`审核结果：错误 ${n.error} 项，提示 ${n.warning} 项，信息 ${n.info} 项`);
  for (const note of c.loaded.notes) lines.push(`读取说明：${note}`);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = c.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `【${SEVERITY_NAMES[severity]}】`);
    for (const f of group) lines.push(...findingLines(f));
  }
  if (c.findings.length === 0) lines.push('', '未发现问题。');
  return lines.join('\n');
}

function findingLines(f: Finding): string[] {
  const place = [where(f.location.source), f.location.table ?? f.location.section, f.location.row, f.location.column].filter((x) => x).join(' · ');
  const out = [`  ${place}`, `    ${f.message}`];
  // Text-against-table findings compare two statements; neither is "the right one" by construction.
  const [want, got] = f.rule.startsWith('TXT-') ? ['表中', '正文'] : ['应为', '所填'];
  const figures = [f.expected !== undefined && f.expected !== '' ? `${want} ${f.expected}` : '', f.actual !== undefined && f.actual !== '' ? `${got} ${f.actual}` : ''].filter((x) => x).join('，');
  out.push(`    ${figures ? `${figures}　` : ''}[${f.rule}]`);
  return out;
}

export interface SummaryRow {
  file: string;
  unit: string;
  year: number | null;
  counts: { error: number; warning: number; info: number };
  /** How many attachment tables were read: 0 when only the text was checked. */
  tables: number;
}

/** The table at the end of a batch: one line per file. */
export function summaryTable(reports: SummaryRow[], failures: { file: string; message: string }[]): string {
  const rows = reports.map((c) => [c.file, c.unit, String(c.year ?? ''), String(c.tables), String(c.counts.error), String(c.counts.warning), String(c.counts.info)]);
  for (const f of failures) rows.push([f.file, '（无法读取）', '', '', '', '', '']);
  const head = ['文件', '单位', '年度', '附表', '错误', '提示', '信息'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i >= 3)).join('  ');
  const total = reports.reduce((acc, c) => ({ e: acc.e + c.counts.error, w: acc.w + c.counts.warning, i: acc.i + c.counts.info }), { e: 0, w: 0, i: 0 });
  const textOnly = reports.filter((c) => c.tables === 0).length;
  const summary = `共 ${reports.length + failures.length} 个文件：${reports.length} 个已审核，${failures.length} 个无法读取；错误 ${total.e} 项，提示 ${total.w} 项，信息 ${total.i} 项。`;
  return [line(head), ...rows.map(line), textOnly > 0 ? `${summary}其中 ${textOnly} 个未读到任何附表，只核对了正文。` : summary].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}
