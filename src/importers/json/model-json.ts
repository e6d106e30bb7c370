import { z } from 'zod';
import { emptyProvenance, type Provenance } from '../../core/model/provenance.js';
import type { DepartmentReport } from '../../core/model/report.js';
import { departmentReportSchema } from '../../core/model/schema.js';
import type { ImportedReport } from '../layout/interpret.js';
import { InputError } from '../input-error.js';
import type { SourceDocument } from '../source-document.js';
import { jsonValueLines, lineAndColumnAt } from './json-lines.js';

/**
 * A report as jixiao writes it (`jixiao import`, the canonical JSON): read
 * back, so that a unit can correct its figures in the JSON and check or render
 * it again. The model's boundary: the JSON is validated against the published
 * schema (`jixiao schema`) and refused, with each wrong field named by line and
 * path, when it does not fit. Every figure's source is its line in the JSON.
 */
export interface ModelJson extends ImportedReport {
  source: SourceDocument;
}

/** What a value should have been, in a filer's words. */
const TYPE_NAMES: Record<string, string> = { string: '文字（带引号的字符串）', number: '数字', object: '对象（{…}）', array: '列表（[…]）', boolean: 'true 或 false' };
const ZOD_CHINESE = z.locales.zhCN().localeError;

/** Messages for the problems the schema gives no message of its own, said plainly (Zod's own Chinese names types in English: "期望 number"); the rarer rest in Zod's Chinese. */
const CHINESE_ERRORS: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'too_small':
      return `应不小于 ${issue.minimum}`;
    case 'too_big':
      return `应不大于 ${issue.maximum}`;
    default:
      return ZOD_CHINESE(issue);
  }
};

/** At most this many problems are listed when a JSON report does not fit the schema. */
const ISSUES_SHOWN = 5;

/** The top-level fields of a report: a JSON object with at least two of them is taken for a report, however wrong. */
const REPORT_KEYS = ['unit', 'year', 'narrative', 'spending', 'basicData', 'departmentEvaluation', 'projects'];

export function readModelJson(text: string, file: string): ModelJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, 'corrupt', syntaxMessage(text, e));
  }
  if (!looksLikeReport(data)) {
    throw new InputError(file, 'not-a-report', '这是一个 JSON 文件，但不是 jixiao 的报告数据（jixiao import 输出的格式，各字段见 jixiao schema）。');
  }
  const parsed = departmentReportSchema.safeParse(data, { error: CHINESE_ERRORS });
  if (!parsed.success) throw new InputError(file, 'invalid', issuesMessage(parsed.error.issues, linesOfAnyJson(text)));
  const report: DepartmentReport = parsed.data;
  return {
    report,
    // A report that fits the schema is a few levels deep, well within the scan's recursion.
    provenance: provenanceOf(jsonValueLines(text), file),
    notes: [],
    source: { file, format: 'json', blocks: [], notes: [], readerFindings: [] },
  };
}

function looksLikeReport(data: unknown): data is Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  return REPORT_KEYS.filter((k) => k in data).length >= 2;
}

/** Every value's line as its source; the narrative's paragraphs as paragraph sources too. */
function provenanceOf(lines: Map<string, number>, file: string): Provenance {
  const provenance = emptyProvenance();
  for (const [path, line] of lines) {
    if (path === '') continue;
    const at = { file, line };
    provenance.figures.set(path, at);
    if (PARAGRAPH_PATH.test(path)) provenance.paragraphs.set(path, { at });
  }
  return provenance;
}

const PARAGRAPH_PATH = /^narrative\.(preamble|sections\.\d+(\.subsections\.\d+)?\.paragraphs)\.\d+$/;

function syntaxMessage(text: string, e: unknown): string {
  const position = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  const at = position ? Number(position[1]) : text.length;
  if (at >= text.trimEnd().length) return 'JSON 格式有误：文件在结尾处不完整（可能未保存完或被截断）。';
  const { line, column } = lineAndColumnAt(text, at);
  return `JSON 格式有误：第 ${line} 行第 ${column} 列附近无法解析（常见原因：漏了逗号或引号、多了末尾逗号、用了中文引号）。`;
}

type Issue = { path: PropertyKey[]; message: string };

function issuesMessage(issues: readonly Issue[], lines: Map<string, number>): string {
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const path = issue.path.map(String).join('.');
    const line = nearestLine(path, lines);
    return `${line === undefined ? '' : `第 ${line} 行 `}${path || '（整份数据）'}：${issue.message}`;
  });
  const more = issues.length > ISSUES_SHOWN ? `；另有 ${issues.length - ISSUES_SHOWN} 处` : '';
  return `报告数据不符合 jixiao 的格式（各字段见 jixiao schema），共 ${issues.length} 处：${shown.join('；')}${more}。`;
}

/** The line of a path, or of the nearest enclosing value that has one (a missing field: its object). */
function nearestLine(path: string, lines: Map<string, number>): number | undefined {
  for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
    const line = lines.get(p);
    if (line !== undefined || p === '') return line;
  }
}

/** The lines of a JSON that did not fit the schema: none when it nests deeper than the scan can follow. */
function linesOfAnyJson(text: string): Map<string, number> {
  try {
    return jsonValueLines(text);
  } catch {
    return new Map();
  }
}
