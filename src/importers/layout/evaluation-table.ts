import type { AnnualTask, DepartmentEvaluation, EvaluationTable, FundsRow, Indicator, MoneyUnit, ProjectEvaluation, Remark, StatedTotal } from '../../core/model/report.js';
import type { SourceCell, SourceRef } from '../source-document.js';
import { parseAmount } from './cell-values.js';
import { emptyFundsRow, entryLabel, fundsHeader, fundsKindIn, labelKind, readFundsEntry, resolveSingles, takeEmbeddedAmount, toFundSource, type FundsEntry, type FundsField, type FundsHeader, type FundsLabelKind } from './funds-rows.js';
import { cellTexts, question, rowBits, type CellText } from './cell-text.js';
import { headerContinues, IndicatorReader, indicatorHeader, joinHeaderRows, mergeHeaderRows, partialIndicatorHeader } from './indicator-rows.js';
import type { LogicalTable } from './logical-tables.js';
import { memo } from '../../core/util/memo.js';
import type { PathNode } from '../../core/util/model-path.js';
import type { Recorder } from './recorder.js';

/**
 * Reads a 部门整体支出绩效自评表 or 项目支出绩效自评表 from its rows: header
 * fields (项目支出名称, 主管部门, 实施单位, 预算部门名称), the funds rows, the overall
 * goal, the indicator rows and the 总分 row. Rows are recognised by their
 * labels, not by their position, since every province orders them its own way.
 */
type HeadField = 'name' | 'supervisor' | 'implementer' | 'unit';
const HEAD_LABELS: [RegExp, HeadField][] = [
  [/^项目(支出)?名称$/, 'name'],
  [/^主管(预算)?(部门|单位)(名称)?$/, 'supervisor'],
  [/^(项目)?实施单位(名称)?$|^执行单位$/, 'implementer'],
  [/^(预算)?(部门|单位)([、/]?单位)?名称$|^预算部门$/, 'unit'],
];
const GOAL_HEADER = /目标$/;
/** 预期目标, 年度总体目标, 项目年度目标, 年初设定目标, 全年（调整）绩效目标 … */
const EXPECTED = /^(当年|项目|全年)?(年度|年初|调整后?)?(总体|设定)?(绩效)?目标$|^预期目标$|^全年[（(]调整[)）](绩效)?目标$/;
/** 实际完成情况, 年度目标完成情况, 年度总体目标完成情况综述, 全年目标实际完成情况 … */
const ACHIEVED = /^(?!\d).*完成情况(综述)?$|^实际完成$/;
/** The people who sign a form: the table ends there. */
const SIGNATURE = /^(项目|财务|单位|部门)?(负责人|填报人|填表人|联系人|审核人|经办人)[:：]?|^联系电话|^填报日期|^(单位)?盖章/;
const FIGURE_LIKE = /^[\s\d.,%／/—-]+$/;
const STATED_TOTAL = /^(自评)?总分([（(]分[)）])?$|^自评得分$/;
const REMARK = /^(评价结论|存在问题|主要问题|改进措施|整改措施|问题及改进措施|结果应用|其他需要说明的(问题|情况)|自评结论|绩效自评结论|说明)$/;


/** What a cell's text is in the head of a form, decided once per text (the funds kind is the label's own; a table's kind may change it). */
interface HeadRole {
  /** Names nothing: empty, a figure, or no label at all. */
  none: boolean;
  /** The head field it labels: 项目名称, 主管部门, 实施单位, 部门名称. */
  field: HeadField | null;
  /** The 总分 label. */
  total: boolean;
  /** A group label (按收入性质分, 其中, 资金来源). */
  group: boolean;
  funds: FundsLabelKind | null;
}

const headRole = question((cell: CellText): HeadRole => {
  const l = cell.label;
  // Figures are never labels; most cells of a funds row are figures or empty.
  const none = cell.text === '' || FIGURE_LIKE.test(cell.text) || l === '';
  const field = headLabel(l);
  return {
    none,
    field,
    total: field === null && STATED_TOTAL.test(l),
    group: /^按(收入|支出)性质分$|^其中$|^资金来源$/.test(l),
    funds: labelKind(cell.text),
  };
});

/** "实施单位（盖章）", "主管部门(单位)名称": a remark in brackets, wherever it stands, does not change what a label names. */
const headLabel = memo((label: string) => {
  const bare = label.replace(/[（(][^）)]*[）)]/g, '');
  return HEAD_LABELS.find(([re]) => re.test(bare))?.[1] ?? null;
});

/** What a cell's text is around the goal: its header words, or a goal text. */
interface GoalRole {
  /** Holds the word 目标 (a goal header row has one). */
  word: boolean;
  /** Heads the achieved column (实际完成情况). */
  achieved: boolean;
  /** Heads a goal column (预期目标, 年度总体目标). */
  expected: boolean;
  /** Ends in 目标: a header, not a goal's text. */
  header: boolean;
}

const goalRole = question((cell: CellText): GoalRole => ({
  word: cell.text.includes('目标'),
  achieved: ACHIEVED.test(cell.label),
  expected: EXPECTED.test(cell.label),
  header: GOAL_HEADER.test(cell.label),
}));

/**
 * Words without which a row cannot be a header of some kind, as bits of
 * headerWords: an indicator header's (CellText.headerWord), the 目标 of a goal
 * header, the 预算 or 执行 of a funds header.
 */
export const HEADER_WORDS = 1;
export const GOAL_WORD = 2;
export const BUDGET_WORD = 4;

/** The header words of a text (HEADER_WORDS, GOAL_WORD, BUDGET_WORD). */
export const headerWords = question((cell: CellText): number =>
  (cell.headerWord ? HEADER_WORDS : 0) | (cell.text.includes('目标') ? GOAL_WORD : 0) | (cell.text.includes('预算') || cell.text.includes('执行') ? BUDGET_WORD : 0));

/** A numbered part of a form's 项目基本情况 (2.项目实施内容及过程概述): the goal's texts end there. */
const FORM_PART = /^\d+\s*[.、．]\s*项目\S{2,16}(?:情况|概述)$/;

/** Where the goal's two texts are recorded. */
const GOAL_PATHS = { expected: 'overallGoal.expected', achieved: 'overallGoal.achieved' } as const;

interface Parsed {
  head: Record<HeadField, string>;
  moneyUnit: MoneyUnit;
  total: FundsRow;
  /** The entry the total was last read from, recorded once the table is read. */
  totalEntry: FundsEntry | null;
  sources: FundsEntry[];
  basic: FundsEntry | null;
  project: FundsEntry | null;
  goal: { expected: string; achieved: string };
  indicators: Indicator[];
  levelWeights: IndicatorReader['levelWeights'];
  totalScore: StatedTotal | null;
  remarks: Remark[];
  tasks: AnnualTask[];
}

function parse(t: LogicalTable, rec: Recorder, tableKind: 'department' | 'project'): Parsed {
  const p: Parsed = {
    head: { name: '', supervisor: '', implementer: '', unit: '' },
    moneyUnit: t.unit ?? '万元',
    total: emptyFundsRow(),
    totalEntry: null,
    sources: [],
    basic: null,
    project: null,
    goal: { expected: '', achieved: '' },
    indicators: [],
    levelWeights: [],
    totalScore: null,
    remarks: [],
    tasks: [],
  };
  let header: FundsHeader | null = null;
  let reader: IndicatorReader | null = null;
  let totalRefs: Readonly<Record<string, SourceRef | undefined>> | null = null;
  let goalColumns: GoalColumns | null = null;
  let headerWeight: FundsHeader['weight'] = null;
  let taskColumns: TaskColumns | null = null;

  rec.at('', t.rows[0]?.find((c) => c.text.trim() !== '')?.at ?? t.rows[0]?.[0]?.at);
  /** After the 总分 row only remarks follow; after a signature row, nothing. */
  let phase: 'head' | 'indicators' | 'after' | 'end' = 'head';
  let partialHeader: SourceCell[] | null = null;
  let goalRows = 0;
  // The paths of the rows of the lists, found by index rather than joined.
  const indicatorPaths = rec.list('indicators');
  const taskPaths = rec.list('tasks');
  for (let k = 0; k < t.rows.length; k++) {
    if (phase === 'end') break;
    const row = t.rows[k] as SourceCell[];
    const cells = t.cells[k] as CellText[];
    // Signatures close the form, after its indicators (项目负责人 in the head block is a field).
    if (phase !== 'head' && signatureRow(cells)) {
      phase = 'end';
      continue;
    }
    const remark = remarkOf(row, cells);
    if (remark) {
      p.remarks.push(remark);
      continue;
    }
    // Only a row holding a header word can be an indicator header, whole or the top of one; the same for a funds or a goal header.
    const words = rowBits(cells, headerWords);
    const indicatorHeaderWords = (words & HEADER_WORDS) !== 0;
    let ih = partialHeader ? (indicatorHeader(cellTexts(mergeHeaderRows(partialHeader, row))) ?? indicatorHeader(cells)) : indicatorHeaderWords ? indicatorHeader(cells) : null;
    partialHeader = null;
    // A whole header whose names go on in the row below ("年度" over "指标值", "实际" over "完成值"): the columns are the two read together.
    const below = ih ? t.rows[k + 1] : undefined;
    if (ih && below && headerContinues(t.cells[k + 1] as CellText[])) {
      ih = indicatorHeader(cellTexts(joinHeaderRows(row, below))) ?? ih;
      k++;
    }
    if (ih) {
      reader = new IndicatorReader(ih);
      phase = 'indicators';
      goalColumns = null;
      rec.at('indicators', row[ih.name]?.at ?? row[0]?.at);
      if (ih.totalWeight !== null && !p.levelWeights.some((w) => w.level === 0)) p.levelWeights.push({ level: 0, name: '绩效指标', weight: ih.totalWeight });
      continue;
    }
    if (phase === 'indicators' && reader) {
      const r = reader.read(row, cells);
      if (r.kind === 'indicator') {
        const i = p.indicators.length;
        p.indicators.push(r.indicator);
        rec.rowAt(indicatorPaths.item(i), r.rowRef, r.refs);
      } else if (r.kind === 'total') {
        p.totalScore = { ...r.total, grade: r.total.grade ?? p.totalScore?.grade ?? null, score: r.total.score ?? p.totalScore?.score ?? null };
        totalRefs = r.refs;
        phase = 'after';
      }
      continue;
    }
    if (phase === 'after') continue;
    if (indicatorHeaderWords && partialIndicatorHeader(cells)) {
      partialHeader = row;
      continue;
    }
    const fh = (words & BUDGET_WORD) !== 0 ? fundsHeader(row, cells) : null;
    if (fh) {
      header = fh;
      if (fh.unit) p.moneyUnit = fh.unit;
      if (fh.weight) headerWeight = fh.weight;
      taskColumns = taskHeader(cells, fh.columns);
      goalColumns = null;
      continue;
    }
    if (taskColumns) {
      const task = readTask(row, cells, taskColumns, tableKind);
      if (task) {
        const i = p.tasks.length;
        p.tasks.push(task.task);
        rec.row(taskPaths.item(i), task.refs);
        continue;
      }
      taskColumns = null;
    }
    // The goal: a header row naming the goal and what was achieved, then the texts under them.
    const goal = (words & GOAL_WORD) !== 0 ? goalHeader(cells) : null;
    if (goal) {
      goalColumns = goal;
      goalRows = 0;
      continue;
    }
    if (goalColumns && !rowHasLabel(cells, tableKind)) {
      const g = goalColumns;
      const filled: number[] = [];
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] as CellText;
        if (!cell.blank && !cell.ask(goalRole).header) filled.push(i);
      }
      // A row that lost the merged cells at its left (a web page saved as text) has its two texts before the goal columns.
      const shifted = filled.length === 2 && (filled[1] as number) < g.first;
      const texts = shifted ? filled : filled.filter((i) => i >= g.first - 1);
      const part = filled.length > 0 && FORM_PART.test((cells[filled[0] as number] as CellText).text.trim());
      if (texts.length > 0 && goalRows < 3 && !part) {
        goalRows++;
        for (const i of texts) {
          const text = (row[i] as SourceCell).text;
          const key = (shifted ? i === filled[0] : i < g.achieved) ? 'expected' : 'achieved';
          if (key === 'expected' && i < g.expected - 1 && g.expected !== g.first) {
            // An earlier goal column (年初绩效目标) counts only when the later one (全年（调整）绩效目标) is empty.
            if (cells.slice(g.expected - 1, g.achieved).some((c) => !c.blank && c.text.trim() !== '无')) continue;
            if (text.trim() === '无') continue;
          }
          p.goal[key] = p.goal[key] ? `${p.goal[key]}\n${text}` : text;
          rec.at(GOAL_PATHS[key], (row[i] as SourceCell).at);
        }
        continue;
      }
    }
    goalColumns = null;
    readLabelledCells(row, cells, tableKind, header, p, rec);
  }
  // Single amounts of the source and nature rows find their column by what they add up to.
  resolveSingles(p.sources, p.total, 'adjustedBudget');
  const natures = [p.basic, p.project].filter((e): e is FundsEntry => e !== null);
  resolveSingles(natures, p.total, 'spent');
  if (p.totalEntry) recordEntry(rec, 'total', p.totalEntry);
  // A form that writes the execution rate's weight into its header ("预算执行情况（20分）") has no 分值 column.
  if (p.total.weight === null && headerWeight !== null) {
    p.total.weight = headerWeight.value;
    rec.at('total.weight', headerWeight.at);
  }
  const sourcePaths = rec.list('sources');
  p.sources.forEach((e, i) => recordEntry(rec, sourcePaths.item(i).child('row'), e));
  if (p.basic) recordEntry(rec, 'basic', p.basic);
  if (p.project) recordEntry(rec, 'project', p.project);
  p.levelWeights = [...p.levelWeights, ...(reader?.levelWeights ?? [])];
  if (totalRefs) rec.row('totalScore', loneTotalIsWeights(p, totalRefs) ?? totalRefs);
  return p;
}

/**
 * A 合计 row with one figure is taken as the 得分 unless it stood in the 分值
 * column; but where the merged cells of a form copied from a web page
 * collapsed, its column is lost. When no indicator is scored and some are
 * weighted, the figure can only be the weights' total: it is moved there,
 * and the sources that say where it was read (returned) go with it.
 */
function loneTotalIsWeights(p: Parsed, refs: Readonly<Record<string, SourceRef | undefined>>): Readonly<Record<string, SourceRef | undefined>> | null {
  const t = p.totalScore;
  if (!t || t.weight !== null || t.score === null) return null;
  if (p.indicators.some((i) => i.score !== null) || !p.indicators.some((i) => i.weight !== null)) return null;
  p.totalScore = { ...t, weight: t.score, score: null };
  return { weight: refs.score, grade: refs.grade };
}

function recordEntry(rec: Recorder, path: string | PathNode, e: FundsEntry): void {
  rec.at(path, e.labelRef);
  rec.row(path, e.refs);
}

function rowHasLabel(cells: readonly CellText[], tableKind: 'department' | 'project'): boolean {
  for (const c of cells) {
    const role = c.ask(headRole);
    if (role.field !== null || fundsKindIn(role.funds, tableKind) !== null) return true;
  }
  return false;
}

interface GoalColumns {
  /** The first goal column (年初…目标 when there are two). */
  first: number;
  /** The goal column that counts (全年（调整）…目标 when there are two). */
  expected: number;
  achieved: number;
}

/** A goal header row: the goal columns and the achieved column after them. */
function goalHeader(cells: readonly CellText[]): GoalColumns | null {
  let word = false;
  let achieved = -1;
  let expected = false;
  for (let i = 0; i < cells.length; i++) {
    const role = (cells[i] as CellText).ask(goalRole);
    word ||= role.word;
    // The column after a 预期目标 column: a row label may itself end in 完成情况 ("年度总体目标完成情况 | 预期目标 | 实际完成情况").
    if (achieved < 0 && role.achieved && expected) achieved = i;
    expected ||= role.expected;
  }
  if (!word || achieved < 0) return null;
  const goals: number[] = [];
  for (let i = 0; i < achieved; i++) if ((cells[i] as CellText).ask(goalRole).expected) goals.push(i);
  if (goals.length === 0) return null;
  // A row label (年度总体目标) at the left with a column header (预期目标) after it: the header is the column.
  const columns = goals.length > 1 && goals[0] === 0 ? goals.slice(1) : goals;
  return { first: columns[0] as number, expected: columns[columns.length - 1] as number, achieved };
}

/** Signatures close the form: 项目负责人, 填报人, 联系电话, 填报日期, 盖章. */
const signs = question((cell: CellText): boolean => SIGNATURE.test(cell.label));
/** A remark row's label: 评价结论, 存在问题, 改进措施 … */
const remarks = question((cell: CellText): boolean => REMARK.test(cell.label));

function signatureRow(cells: readonly CellText[]): boolean {
  for (const c of cells) if (!c.blank) return c.ask(signs);
  return false;
}

function remarkOf(row: SourceCell[], cells: readonly CellText[]): Remark | null {
  const first = firstWithText(cells);
  if (!first || !first.ask(remarks)) return null;
  const filled = row.filter((c) => c.text.trim() !== '');
  return { label: first.label, text: filled.slice(1).map((c) => c.text).join('\n') };
}

function firstWithText(cells: readonly CellText[]): CellText | null {
  for (const c of cells) if (c.text !== '') return c;
  return null;
}

/** A row of label–value pairs: "主管部门 | X | 实施单位 | Y", "一般公共预算: | 6676.10 | 其中:基本支出: | 5931.08". */
function readLabelledCells(row: SourceCell[], cells: readonly CellText[], tableKind: 'department' | 'project', header: FundsHeader | null, p: Parsed, rec: Recorder): void {
  let at = nextLabel(cells, 0, tableKind);
  // A row of figures with no label right under the funds header is the 年度资金总额 row (Chongqing prints none).
  if (at < 0 && header && Object.values(p.total).every((v) => v === null)) {
    const figures = row.filter((_, i) => (cells[i] as CellText).amount !== null || (cells[i] as CellText).percent);
    if (figures.length >= 2) {
      const entry = readFundsEntry('total', '年度资金总额', figures[0]?.at ?? {}, row, cells, 0, row.length, header);
      p.total = entry.row;
      p.totalEntry = entry;
      return;
    }
  }
  while (at >= 0) {
    const next = nextLabel(cells, at + 1, tableKind);
    readLabelled(row, cells, at, next < 0 ? row.length : next, tableKind, header, p, rec);
    at = next;
  }
}

/** A cell labelling the cells after it: a head field, the 总分, a funds row, or a group (which labels nothing to read). */
function isLabel(cell: CellText, tableKind: 'department' | 'project'): boolean {
  const role = cell.ask(headRole);
  return !role.none && (role.field !== null || role.total || fundsKindIn(role.funds, tableKind) !== null || role.group);
}

/** The first label from `from` on, or -1. */
function nextLabel(cells: readonly CellText[], from: number, tableKind: 'department' | 'project'): number {
  for (let i = from; i < cells.length; i++) if (isLabel(cells[i] as CellText, tableKind)) return i;
  return -1;
}

/** The values of the label at `at`, the cells after it up to `end` (the next label). */
function readLabelled(row: SourceCell[], cells: readonly CellText[], at: number, end: number, tableKind: 'department' | 'project', header: FundsHeader | null, p: Parsed, rec: Recorder): void {
  const labelCell = row[at] as SourceCell;
  const role = (cells[at] as CellText).ask(headRole);
  const head = role.field;
  if (head) {
    let v = at + 1;
    while (v < end && (cells[v] as CellText).blank) v++;
    if (v < end && p.head[head] === '') {
      p.head[head] = (row[v] as SourceCell).text.trim();
      rec.at(head, (row[v] as SourceCell).at);
    } else if (v === end) {
      rec.at(head, labelCell.at);
    }
    return;
  }
  if (role.total) {
    let v = at + 1;
    while (v < end && (cells[v] as CellText).amount === null) v++;
    if (v < end) {
      p.totalScore = { weight: p.totalScore?.weight ?? null, score: (cells[v] as CellText).amount, grade: p.totalScore?.grade ?? null };
      rec.row('totalScore', { score: (row[v] as SourceCell).at });
    }
    return;
  }
  const funds = fundsKindIn(role.funds, tableKind);
  if (!funds) return;
  const entry = readFundsEntry(funds, (cells[at] as CellText).ask(entryLabel), labelCell.at, row, cells, at + 1, end, header);
  takeEmbeddedAmount(entry, cells[at] as CellText, labelCell.at);
  switch (entry.kind) {
    case 'total':
      p.total = entry.row;
      p.totalEntry = entry;
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
}

/** The parts both tables share. */
function evaluationTable(p: Parsed): EvaluationTable {
  return {
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

export function readDepartmentEvaluation(t: LogicalTable, rec: Recorder): DepartmentEvaluation {
  const p = parse(t, rec, 'department');
  const dept: DepartmentEvaluation = { unit: p.head.unit, ...evaluationTable(p), basic: p.basic?.row ?? emptyFundsRow(), project: p.project?.row ?? emptyFundsRow() };
  if (p.tasks.length > 0) dept.tasks = p.tasks;
  return dept;
}

/** The columns of a 年度主要任务 block: 任务名称, 主要内容, 预算数, 执行数. */
interface TaskColumns {
  name: number;
  content: number | null;
  budget: number;
  spent: number;
}

/** Whether a text names the 任务名称 column (1) or the 主要内容 column (2) of a task block; 0 for neither. */
const taskWord = question((cell: CellText): number => (/任务名称/.test(cell.text) ? 1 : 0) | (/主要内容|任务内容/.test(cell.text) ? 2 : 0));

function taskHeader(cells: readonly CellText[], columns: Map<number, FundsField>): TaskColumns | null {
  const name = cells.findIndex((c) => (c.ask(taskWord) & 1) !== 0);
  if (name < 0) return null;
  const content = cells.findIndex((c) => (c.ask(taskWord) & 2) !== 0);
  let budget = -1;
  let spent = -1;
  for (const [i, f] of columns) {
    if (f === 'adjustedBudget' || (f === 'initialBudget' && budget < 0)) budget = i;
    if (f === 'spent') spent = i;
  }
  return budget < 0 || spent < 0 ? null : { name, content: content < 0 ? null : content, budget, spent };
}

/**
 * A task row: a name in its column and amounts under 预算数 and 执行数 — or, when
 * the cells have shifted, the row's only two amounts in that order. The 金额合计
 * row and anything else labelled as funds is not a task.
 */
function readTask(row: SourceCell[], cells: readonly CellText[], cols: TaskColumns, tableKind: 'department' | 'project'): { task: AnnualTask; refs: Partial<Record<keyof AnnualTask, SourceRef>> } | null {
  const at = firstText(cells, cols.name, cols.content ?? cols.budget);
  if (at < 0) return null;
  const role = (cells[at] as CellText).ask(headRole);
  if (fundsKindIn(role.funds, tableKind) !== null || role.total) return null;
  const named = row[at] as SourceCell;
  const amounts = row.filter((_, i) => i > cols.name && i !== at && (cells[i] as CellText).amount !== null);
  const byColumn = [row[cols.budget], row[cols.spent]];
  const [budgetCell, spentCell] = byColumn.every((c) => c && parseAmount(c.text) !== null) || amounts.length !== 2 ? byColumn : amounts;
  const content = cols.content === null ? undefined : row[firstText(cells, cols.content, cols.budget)];
  const task: AnnualTask = {
    name: named.text.trim(),
    content: content?.text.trim() ?? '',
    budget: budgetCell ? parseAmount(budgetCell.text) : null,
    spent: spentCell ? parseAmount(spentCell.text) : null,
  };
  if (task.budget === null && task.spent === null) return null;
  return { task, refs: { name: named.at, content: content?.at, budget: budgetCell?.at, spent: spentCell?.at } };
}

/** The first cell from `from` up to `to` holding text that is not an amount, or −1. */
function firstText(cells: readonly CellText[], from: number, to: number): number {
  for (let i = from; i < to && i < cells.length; i++) {
    const c = cells[i] as CellText;
    if (!c.blank && c.amount === null) return i;
  }
  return -1;
}

/** What a caption's brackets hold that is not a project's name: the year ("（2023年度）") or the form's own kind ("（参考格式）"). */
const NOT_A_NAME = /^(?:(?:19|20)\d{2}\s*年度?|样表|参考格式|表样|模板|试行|[一二三四五六七八九十\d]+)$/;

/** The project named in brackets in a form's caption: "项目支出绩效自评表（辅警经费）" → 辅警经费; '' when none is. */
function captionedName(caption: string): string {
  for (const m of caption.matchAll(/[（(]([^）)]+)[）)]/g)) {
    const inner = (m[1] ?? '').trim();
    if (inner !== '' && !NOT_A_NAME.test(inner)) return inner;
  }
  return '';
}

export function readProjectEvaluation(t: LogicalTable, rec: Recorder): ProjectEvaluation {
  const p = parse(t, rec, 'project');
  let name = p.head.name;
  if (name === '' && t.caption) name = captionedName(t.caption);
  return { name, supervisor: p.head.supervisor, implementer: p.head.implementer, ...evaluationTable(p) };
}
