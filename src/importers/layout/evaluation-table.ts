import type { DepartmentEvaluation, FundsRow, Indicator, MoneyUnit, ProjectEvaluation, Remark, StatedTotal } from '../../core/model/report.js';
import type { SourceCell } from '../source-document.js';
import { halfWidth, labelOf } from './cell-values.js';
import { emptyFundsRow, fundsHeader, fundsLabel, readFundsEntry, resolveSingles, toFundSource, type FundsEntry, type FundsField } from './funds-rows.js';
import { IndicatorReader, indicatorHeader } from './indicator-rows.js';
import type { LogicalTable } from './logical-tables.js';
import { memo } from '../../core/util/memo.js';
import type { Recorder } from './recorder.js';

/**
 * Reads a 部门整体支出绩效自评表 or 项目支出绩效自评表 from its rows: header
 * fields (项目支出名称, 主管部门, 实施单位, 预算部门名称), the funds rows, the overall
 * goal, the indicator rows and the 总分 row. Rows are recognised by their
 * labels, not by their position, since every province orders them its own way.
 */
const HEAD_LABELS: [RegExp, 'name' | 'supervisor' | 'implementer' | 'unit'][] = [
  [/^项目(支出)?名称$/, 'name'],
  [/^主管(部门|单位)$|^主管预算部门$/, 'supervisor'],
  [/^实施单位$|^项目实施单位$|^执行单位$/, 'implementer'],
  [/^(预算)?部门(（单位）|\(单位\))?名称$|^单位名称$|^预算部门$/, 'unit'],
];
const GOAL_HEADER = /^(年度)?(总体)?(绩效)?目标$|^预期目标$|^年度总体目标$/;
const EXPECTED = /^预期目标$|^年度(总体)?目标$|^总体目标$|^绩效目标$/;
const ACHIEVED = /^实际完成情况$|^完成情况$|^实际完成$|^目标完成情况$/;
const REMARK = /^(评价结论|存在问题|主要问题|改进措施|整改措施|问题及改进措施|结果应用|其他需要说明的(问题|情况)|自评结论|绩效自评结论|说明)$/;

/** "实施单位（盖章）" is the 实施单位 label: a remark in brackets does not change what a label names. */
const headLabel = memo((label: string) => {
  const bare = label.replace(/[（(][^）)]*[）)]$/, '');
  return HEAD_LABELS.find(([re]) => re.test(bare))?.[1] ?? null;
});

interface Parsed {
  head: Record<'name' | 'supervisor' | 'implementer' | 'unit', string>;
  moneyUnit: MoneyUnit;
  total: FundsRow;
  sources: FundsEntry[];
  basic: FundsEntry | null;
  project: FundsEntry | null;
  goal: { expected: string; achieved: string };
  indicators: Indicator[];
  levelWeights: IndicatorReader['levelWeights'];
  totalScore: StatedTotal | null;
  remarks: Remark[];
}

function parse(t: LogicalTable, rec: Recorder, tableKind: 'department' | 'project'): Parsed {
  const p: Parsed = {
    head: { name: '', supervisor: '', implementer: '', unit: '' },
    moneyUnit: '万元',
    total: emptyFundsRow(),
    sources: [],
    basic: null,
    project: null,
    goal: { expected: '', achieved: '' },
    indicators: [],
    levelWeights: [],
    totalScore: null,
    remarks: [],
  };
  let header: Map<number, FundsField> | null = null;
  let reader: IndicatorReader | null = null;
  let goalColumns: { expected: number; achieved: number } | null = null;
  let totalEntry: FundsEntry | null = null;

  rec.at('', t.rows[0]?.find((c) => c.text.trim() !== '')?.at ?? t.rows[0]?.[0]?.at);
  for (const row of t.rows) {
    const columnOf = (c: SourceCell) => row.indexOf(c);
    if (reader) {
      const maybeHeader = indicatorHeader(row);
      if (maybeHeader) {
        reader = new IndicatorReader(maybeHeader);
        continue;
      }
      const remark = remarkOf(row);
      if (remark) {
        p.remarks.push(remark);
        continue;
      }
      const r = reader.read(row);
      if (r.kind === 'indicator') {
        const i = p.indicators.length;
        p.indicators.push(r.indicator);
        rec.at(`indicators.${i}`, r.rowRef);
        rec.row(`indicators.${i}`, r.refs);
      } else if (r.kind === 'total') {
        p.totalScore = r.total;
        rec.row('totalScore', r.refs);
      }
      continue;
    }
    const ih = indicatorHeader(row);
    if (ih) {
      reader = new IndicatorReader(ih);
      rec.at('indicators', row[ih.name]?.at ?? row[0]?.at);
      continue;
    }
    const fh = fundsHeader(row);
    if (fh) {
      header = fh.columns;
      if (fh.unit) p.moneyUnit = fh.unit;
      continue;
    }
    // The goal: a header row naming 预期目标 / 实际完成情况, then the texts under them.
    const mayBeGoalHeader = row.some((c) => c.text.includes('目标'));
    const expectedAt = mayBeGoalHeader ? row.findIndex((c) => EXPECTED.test(labelOf(c.text))) : -1;
    const achievedAt = expectedAt >= 0 ? row.findIndex((c) => ACHIEVED.test(labelOf(c.text))) : -1;
    if (expectedAt >= 0 && achievedAt > expectedAt) {
      goalColumns = { expected: expectedAt, achieved: achievedAt };
      continue;
    }
    if (goalColumns && !rowHasLabel(row, tableKind)) {
      const texts = row.map((c, i) => ({ c, i })).filter((x) => x.c.text.trim() !== '' && !GOAL_HEADER.test(labelOf(x.c.text)));
      if (texts.length > 0) {
        const mid = (goalColumns.expected + goalColumns.achieved) / 2;
        for (const x of texts) {
          const key = texts.length === 1 ? (x.i < mid + 0.5 && p.goal.expected === '' ? 'expected' : 'achieved') : x.i < goalColumns.achieved ? 'expected' : 'achieved';
          p.goal[key] = p.goal[key] ? `${p.goal[key]}\n${x.c.text}` : x.c.text;
          rec.at(`overallGoal.${key}`, x.c.at);
        }
        continue;
      }
    }
    const remark = remarkOf(row);
    if (remark) {
      p.remarks.push(remark);
      continue;
    }
    readLabelledCells(row, tableKind, header, columnOf, p, rec, (e) => {
      if (e.kind === 'total') totalEntry = e;
    });
  }
  // Single amounts of the source and nature rows find their column by what they add up to.
  resolveSingles(p.sources, p.total, 'adjustedBudget');
  const natures = [p.basic, p.project].filter((e): e is FundsEntry => e !== null);
  resolveSingles(natures, p.total, 'spent');
  if (totalEntry) recordEntry(rec, 'total', totalEntry);
  p.sources.forEach((e, i) => recordEntry(rec, `sources.${i}.row`, e));
  if (p.basic) recordEntry(rec, 'basic', p.basic);
  if (p.project) recordEntry(rec, 'project', p.project);
  p.levelWeights = reader?.levelWeights ?? [];
  return p;
}

function recordEntry(rec: Recorder, path: string, e: FundsEntry): void {
  rec.at(path, e.labelRef);
  rec.row(path, e.refs);
}

function rowHasLabel(row: SourceCell[], tableKind: 'department' | 'project'): boolean {
  return row.some((c) => headLabel(labelOf(c.text)) !== null || fundsLabel(c.text, tableKind) !== null);
}

function remarkOf(row: SourceCell[]): Remark | null {
  const filled = row.filter((c) => c.text.trim() !== '');
  const first = filled[0];
  if (!first || !REMARK.test(labelOf(first.text))) return null;
  return { label: labelOf(first.text), text: filled.slice(1).map((c) => c.text).join('\n') };
}

/** A row of label–value pairs: "主管部门 | X | 实施单位 | Y", "一般公共预算: | 6676.10 | 其中:基本支出: | 5931.08". */
function readLabelledCells(
  row: SourceCell[],
  tableKind: 'department' | 'project',
  header: Map<number, FundsField> | null,
  columnOf: (c: SourceCell) => number,
  p: Parsed,
  rec: Recorder,
  onTotal: (e: FundsEntry) => void,
): void {
  type Label = { at: number; head?: Parsed['head'] extends Record<infer K, string> ? K : never; funds?: ReturnType<typeof fundsLabel> };
  const labels: Label[] = [];
  row.forEach((c, i) => {
    const l = labelOf(c.text);
    if (l === '') return;
    const head = headLabel(l);
    if (head) {
      labels.push({ at: i, head });
      return;
    }
    const funds = fundsLabel(c.text, tableKind);
    if (funds) labels.push({ at: i, funds });
    else if (/^按(收入|支出)性质分$|^其中$|^资金来源$/.test(l)) labels.push({ at: i });
  });
  labels.forEach((label, k) => {
    const end = labels[k + 1]?.at ?? row.length;
    const values = row.slice(label.at + 1, end);
    const labelCell = row[label.at] as SourceCell;
    if (label.head) {
      const v = values.find((c) => halfWidth(c.text).trim() !== '');
      if (v && p.head[label.head] === '') {
        p.head[label.head] = v.text.trim();
        rec.at(label.head, v.at);
      } else if (!v) {
        rec.at(label.head, labelCell.at);
      }
      return;
    }
    if (!label.funds) return;
    const entry = readFundsEntry(label.funds, labelCell, values, header, columnOf);
    switch (entry.kind) {
      case 'total':
        p.total = entry.row;
        onTotal(entry);
        break;
      case 'basic':
        p.basic = entry;
        break;
      case 'project':
        p.project = entry;
        break;
      default:
        p.sources.push(entry);
    }
  });
}

export function readDepartmentEvaluation(t: LogicalTable, rec: Recorder): DepartmentEvaluation {
  const p = parse(t, rec, 'department');
  return {
    unit: p.head.unit,
    moneyUnit: p.moneyUnit,
    total: p.total,
    sources: p.sources.map(toFundSource),
    overallGoal: p.goal,
    indicators: p.indicators,
    levelWeights: p.levelWeights,
    totalScore: p.totalScore,
    remarks: p.remarks,
    basic: p.basic?.row ?? emptyFundsRow(),
    project: p.project?.row ?? emptyFundsRow(),
  };
}

export function readProjectEvaluation(t: LogicalTable, rec: Recorder): ProjectEvaluation {
  const p = parse(t, rec, 'project');
  let name = p.head.name;
  if (name === '' && t.caption) {
    const m = /[（(]([^）)]+)[）)]/.exec(t.caption);
    if (m?.[1]) name = m[1];
  }
  return {
    name,
    supervisor: p.head.supervisor,
    implementer: p.head.implementer,
    moneyUnit: p.moneyUnit,
    total: p.total,
    sources: p.sources.map(toFundSource),
    overallGoal: p.goal,
    indicators: p.indicators,
    levelWeights: p.levelWeights,
    totalScore: p.totalScore,
    remarks: p.remarks,
  };
}
