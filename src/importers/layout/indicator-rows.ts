import type { Indicator, NotApplicableField, StatedLevelWeight, StatedTotal } from '../../core/model/report.js';
import type { SourceCell, SourceRef } from '../source-document.js';
import { labelOf, parseAmount, parseRate } from './cell-values.js';
import { recentRowMemo, question, type CellText } from './cell-text.js';
import { LEVEL1_NAMES, level1Kind, level2Kind, mayStandUnder, type Level1Kind } from '../../core/model/level-kinds.js';

/**
 * The indicator part of an evaluation table. Column positions come from the
 * header row, but rows of real reports are often shifted (a merged 一级 cell
 * lost in extraction moves every cell one to the left; a 二级 name lands in the
 * 三级 column), so each row is read by what its cells are: level names are
 * recognised by name wherever they stand, and the rest is aligned to the
 * header at the offset that gives the most plausible reading.
 */
export interface IndicatorColumns {
  level1: number | null;
  level2: number | null;
  name: number;
  target: number | null;
  initialTarget: number | null;
  comparator: number | null;
  unit: number | null;
  actual: number | null;
  weight: number | null;
  score: number | null;
  note: number | null;
  coefficient: number | null;
  core: number | null;
  /** Columns the header names but jixiao does not read (评分标准, 指标解释 …). */
  other: number[];
  /** A weight for all indicators written in a header cell: 绩效指标（90分）. */
  totalWeight: string | null;
  /** Which cells the header names, by index: the columns above and the others. */
  named: boolean[];
}

const HEADER_WORDS: [RegExp, keyof IndicatorColumns][] = [
  [/^一级指标/, 'level1'],
  [/^二级指标/, 'level2'],
  [/^三级指标|^指标名称|^绩效指标名称|^指标内容/, 'name'],
  [/^年初指标值|^原指标值/, 'initialTarget'],
  [/调整.*指标值|年度指标值|^指标值|目标值|预期指标值|全年指标值|^预期值|^计划值|^绩效目标值|^年度目标值/, 'target'],
  [/^指标性质|^指标方向|^比较符|^符号/, 'comparator'],
  [/^度量单位|^计量单位|^单位$/, 'unit'],
  [/实际完成值|^实际值|完成值$|全年实际|^实际完成|^执行情况|^完成情况/, 'actual'],
  [/得分系数/, 'coefficient'],
  [/核心指标/, 'core'],
  [/^(指标)?(分值|权重)|^标准分|^满分/, 'weight'],
  [/^(指标|自评|评价|实际)?得分([（(]分[)）])?$|^评分$|^自评分$/, 'score'],
  [/偏差|原因分析|改进措施|未完成原因|^备注|^说明/, 'note'],
];

/** A header row names at least one column exactly; indicator rows never do. */
const HEADER_HINT = /^(一级指标|二级指标|三级指标|指标名称|绩效指标名称|年度指标值|指标值|实际完成值|实际值)$/;

/** What a cell's text is in an indicator header, decided once per text. */
interface HeaderRole {
  /** Names a column exactly (HEADER_HINT). */
  hint: boolean;
  /** The columns it could name, in order of preference; none for a long text. */
  keys: (keyof IndicatorColumns)[];
  /** Names a 分值 column. */
  weight: boolean;
  /** A weight for all indicators: 绩效指标（90分） → "90". */
  totalWeight: string | undefined;
}

const headerRole = question((cell: CellText): HeaderRole => {
  const t = cell.label;
  return {
    hint: HEADER_HINT.test(t),
    keys: t === '' || t.length > 20 ? [] : HEADER_WORDS.filter(([re]) => re.test(t)).map(([, key]) => key),
    weight: /^(分值|权重|标准分|指标分值)/.test(t),
    totalWeight: /^(绩效)?指标[（(](\d+(?:\.\d+)?)分[)）]$/.exec(t)?.[2],
  };
});

/** The columns of an indicator header row, from its cells' texts (cellTexts(row)); shared: not to be changed. */
export function indicatorHeader(cells: readonly CellText[]): IndicatorColumns | null {
  if (!cells.some((c) => c.headerWord) || !cells.some((c) => c.ask(headerRole).hint)) return null;
  return headerColumns(cells);
}

const headerColumns = recentRowMemo((cells: readonly CellText[]): IndicatorColumns | null => {
  const found: Partial<Record<keyof IndicatorColumns, number>> = {};
  cells.forEach((cell, i) => {
    for (const key of cell.ask(headerRole).keys) {
      if (found[key] === undefined) {
        found[key] = i;
        break;
      }
    }
  });
  // A scoring form gives each level its own 分值 column: the indicator's weight is the one after its name.
  const weightAfterName = cells.findIndex((c, i) => i > (found.name ?? Infinity) && c.ask(headerRole).weight);
  if (weightAfterName >= 0) found.weight = weightAfterName;
  const strong = ['level1', 'level2', 'name', 'target', 'actual'].filter((k) => found[k as keyof IndicatorColumns] !== undefined).length;
  if (strong < 3 || found.name === undefined || (found.weight === undefined && found.score === undefined)) return null;
  const used = Object.values(found);
  const other = cells.map((c, i) => (c.label !== '' && !used.includes(i) ? i : -1)).filter((i) => i >= 0);
  const named: boolean[] = [];
  for (const i of [...used, ...other]) named[i] = true;
  return {
    level1: found.level1 ?? null,
    level2: found.level2 ?? null,
    name: found.name,
    target: found.target ?? null,
    initialTarget: found.initialTarget ?? null,
    comparator: found.comparator ?? null,
    unit: found.unit ?? null,
    actual: found.actual ?? null,
    weight: found.weight ?? null,
    score: found.score ?? null,
    note: found.note ?? null,
    coefficient: found.coefficient ?? null,
    core: found.core ?? null,
    other,
    totalWeight: cells.map((c) => c.ask(headerRole).totalWeight).find((w) => w !== undefined) ?? null,
    named,
  };
});

/** Two header rows made one, column by column (a row shorter than the other has no cell there). */
function columnwise(upper: SourceCell[], lower: SourceCell[], cell: (u: SourceCell | undefined, l: SourceCell | undefined) => SourceCell): SourceCell[] {
  const width = Math.max(upper.length, lower.length);
  const out: SourceCell[] = [];
  for (let i = 0; i < width; i++) out.push(cell(upper[i], lower[i]));
  return out;
}

/**
 * A header written on two rows (指标性质 / 指标值 / 度量单位 under 年度指标值):
 * one header row, each column named by the lower row where it names one.
 */
export function mergeHeaderRows(upper: SourceCell[], lower: SourceCell[]): SourceCell[] {
  return columnwise(upper, lower, (u, l) => (l && l.text.trim() !== '' ? l : (u ?? l ?? { text: '', at: {} })));
}

/**
 * Two header rows read as one by joining each column's names: "年度" over "指标值" is
 * "年度指标值". mergeHeaderRows takes the lower name instead, where the upper row
 * names a group of columns; here the upper row is a whole header cut short.
 */
export function joinHeaderRows(upper: SourceCell[], lower: SourceCell[]): SourceCell[] {
  return columnwise(upper, lower, (u, l) => ({ text: `${u?.text.trim() ?? ''}${l?.text.trim() ?? ''}`, at: (u ?? l)?.at ?? {} }));
}

/** A row of nothing but the rest of the header's names ("指标值", "完成值"): no figure, and some cell a header word. */
export function headerContinues(cells: readonly CellText[]): boolean {
  let words = false;
  for (const c of cells) {
    if (c.content === '') continue;
    if (c.amount !== null || c.content.length > 12) return false;
    if (c.headerWord) words = true;
  }
  return words;
}

/** Whether a row names two or more indicator columns without being a whole header: the top of a two-row header. */
export function partialIndicatorHeader(cells: readonly CellText[]): boolean {
  if (!cells.some((c) => c.headerWord)) return false;
  let n = 0;
  let strong = false;
  for (const c of cells) {
    const key = c.ask(headerRole).keys[0];
    if (!key) continue;
    n++;
    // 分值 and 得分 head a funds table too; an indicator header names an indicator column.
    if (key !== 'weight' && key !== 'score' && key !== 'note') strong = true;
  }
  return n >= 2 && strong;
}

interface LevelCell {
  index: number;
  name: string;
  weight: string | null;
  level: 1 | 2;
}

/** 得分系数 as a rate: "100%" stays, a ratio such as "0.9" or "1" becomes "90%", "100%". */
function coefficientOf(text: string): string | null {
  if (/%|％/.test(text)) return parseRate(text);
  const n = parseAmount(text);
  if (n === null) return null;
  return Number(n) <= 1 ? parseRate(n.includes('.') ? n : `${n}.0`) : `${n}%`;
}

/** Whether a 二级 may stand under a 一级 of this kind, as far as their names tell. */
function fitsUnder(kind: Level1Kind | null, level2: string): boolean {
  const inner = level2Kind(level2);
  return kind === null || inner === null || mayStandUnder(kind, inner);
}

/** A row without level names: shared, never changed (levelByColumn copies before adding). */
const NO_LEVELS: readonly LevelCell[] = [];

function hasLevel1(levels: readonly LevelCell[] | null): boolean {
  if (levels) for (let k = 0; k < levels.length; k++) if ((levels[k] as LevelCell).level === 1) return true;
  return false;
}

/** The name of the last 一级 among a row's levels before the k-th; null when there is none. */
function level1Before(levels: readonly LevelCell[], k: number): string | null {
  for (let j = k - 1; j >= 0; j--) if ((levels[j] as LevelCell).level === 1) return (levels[j] as LevelCell).name;
  return null;
}

// An indexed loop: an iterator over the shared empty array (NO_LEVELS) is not optimised away as over the others.
function isLevelAt(levels: readonly LevelCell[], i: number): boolean {
  for (let k = 0; k < levels.length; k++) if ((levels[k] as LevelCell).index === i) return true;
  return false;
}

/** The amount under a header column in this row; null where a level name stands. */
function amountAt(cells: readonly CellText[], levels: readonly LevelCell[], col: number | null, shift: number): string | null {
  if (col === null || isLevelAt(levels, col + shift)) return null;
  return cells[col + shift]?.amount ?? null;
}

/** Whether cell i holds some of the indicator: filled, not a level name, not the row label 绩效指标. */
function isContent(cells: readonly CellText[], levels: readonly LevelCell[], i: number): boolean {
  const cell = cells[i] as CellText;
  return cell.content !== '' && !isLevelAt(levels, i) && cell.label !== '绩效指标';
}

/** The first cell from `from` on that holds some of the indicator, or -1. */
function nextContent(cells: readonly CellText[], levels: readonly LevelCell[], from: number): number {
  for (let i = from; i < cells.length; i++) if (isContent(cells, levels, i)) return i;
  return -1;
}

/** The text under a header column in this row; '' where a level name stands. */
function textAt(cells: readonly CellText[], levels: readonly LevelCell[], col: number | null, shift: number): string {
  if (col === null || isLevelAt(levels, col + shift)) return '';
  return cells[col + shift]?.content ?? '';
}

/** A template's numbered placeholder for an indicator: "指标1：", "指标 2", "三级指标3". */
const PLACEHOLDER_NAME = /^(?:三级)?指标[0-9０-９一二三四五六七八九十]{1,2}$/;

/** Whether the row's only content, from `first` on, is a placeholder name (its other cells empty or marked "/"). */
function isUnfilledPlaceholder(cells: readonly CellText[], levels: readonly LevelCell[], first: number): boolean {
  if (!PLACEHOLDER_NAME.test((cells[first] as CellText).label)) return false;
  return nextContent(cells, levels, first + 1) < 0;
}

/** The fields of a row left empty whose cell marks them not applicable ("/", "—"). */
function notApplicableFields(cells: readonly CellText[], levels: readonly LevelCell[], c: IndicatorColumns, shift: number, ind: Indicator): NotApplicableField[] {
  const out: NotApplicableField[] = [];
  const marked = (col: number | null) => col !== null && !isLevelAt(levels, col + shift) && cells[col + shift]?.notApplicable === true;
  if (ind.target === '' && (marked(c.target) || (c.target === null && marked(c.initialTarget)))) out.push('target');
  if (ind.actual === '' && marked(c.actual)) out.push('actual');
  if (ind.weight === null && marked(c.weight)) out.push('weight');
  if (ind.score === null && marked(c.score)) out.push('score');
  return out;
}

/** The cell under a header column at a shift, if any. */
function cellAt(cells: readonly CellText[], col: number | null, shift: number): CellText | null {
  return col === null ? null : (cells[col + shift] ?? null);
}

/** A reading with a name, a numeric weight and every filled cell in a column. */
const FITTING_ROW = 4;
/** The shifts tried after the one that puts a row's first filled cell under the name, in order. */
const SHIFTS = [0, -1, 1] as const;

export type IndicatorRow =
  | { kind: 'indicator'; indicator: Indicator; refs: Partial<Record<keyof Indicator, SourceRef>>; rowRef: SourceRef }
  | { kind: 'total'; total: StatedTotal; refs: Partial<Record<keyof StatedTotal, SourceRef>> }
  | { kind: 'other' };

/** A 指标性质 cell that is a comparator ("≥", "大于等于"), not a kind such as 定性 or 正向. */
const COMPARATOR = /^([≥≤><=＝＞＜≧≦﹦﹥﹤]{1,2}|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过)$/;

const TOTAL_LABEL = /^(总分|合计|总计|综合得分|自评得分|总得分|自评总分|得分合计)$/;
const GRADE = /^(优|良|中|差)(秀|好|等)?$/;

const OTHER: IndicatorRow = { kind: 'other' };
/** The 总分 row's label. */
const totals = question((cell: CellText): boolean => TOTAL_LABEL.test(cell.label));
/** A cell of the 总分 row after its label, as a label, and whether it is a grade (优, 良好) or a figure. */
const totalFigure = question((cell: CellText): { label: string; grade: boolean; amount: string | null } => {
  const label = labelOf(cell.text);
  return { label, grade: label !== '' && GRADE.test(label), amount: label === '' ? null : parseAmount(label) };
});
/** Digits, points and percent signs only: not an indicator's name. */
const figureOnly = question((cell: CellText): boolean => /^[\d.%]+$/.test(cell.content));

/** The source of the cell under a header column at a shift; undefined when the header has no such column or the row no such cell. */
function refAt(row: readonly SourceCell[], col: number | null, shift: number): SourceRef | undefined {
  return col === null ? undefined : row[col + shift]?.at;
}

/**
 * The sources of an indicator row's fields, each found when asked for: a
 * check cites few of a report's figures, and finding a cell's source makes
 * it (a cell's source is made once, so each field gives the same object each
 * time). A field whose column the header lacks, or the row does not reach,
 * has none. As JSON, the fields that have a source, in the order below.
 */
export class IndicatorRefs {
  readonly #row: readonly SourceCell[];
  readonly #columns: IndicatorColumns;
  readonly #shift: number;

  constructor(row: readonly SourceCell[], columns: IndicatorColumns, shift: number) {
    this.#row = row;
    this.#columns = columns;
    this.#shift = shift;
  }

  get name(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.name, this.#shift);
  }
  get target(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.target ?? this.#columns.initialTarget, this.#shift);
  }
  get actual(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.actual, this.#shift);
  }
  get weight(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.weight, this.#shift);
  }
  get score(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.score, this.#shift);
  }
  get deviationNote(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.note, this.#shift);
  }
  get scoreCoefficient(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.coefficient, this.#shift);
  }
  get core(): SourceRef | undefined {
    return refAt(this.#row, this.#columns.core, this.#shift);
  }

  toJSON(): Partial<Record<keyof Indicator, SourceRef>> {
    return {
      name: this.name,
      target: this.target,
      actual: this.actual,
      weight: this.weight,
      score: this.score,
      deviationNote: this.deviationNote,
      scoreCoefficient: this.scoreCoefficient,
      core: this.core,
    };
  }
}

export class IndicatorReader {
  private level1 = '';
  private level2 = '';
  /**
   * A 一级 the rows did not name, and the indicators read under it so far, until a row names one: before
   * the table's first 一级 (kind null), or one their 二级 implies. Such a 一级 cell was lost, or, merged
   * over several rows and centred, stands on a later row, whose name is then theirs.
   */
  private implied: { kind: Level1Kind | null; indicators: Indicator[] } | null = { kind: null, indicators: [] };
  /** The 一级 names read so far, by kind: an implied 一级 takes the table's own name when it has one. */
  private readonly level1Names = new Map<Level1Kind, string>();
  readonly levelWeights: StatedLevelWeight[] = [];
  constructor(private readonly columns: IndicatorColumns) {}

  /** Reads a row; `cells` are its cells' texts (cellTexts(row)), read once for every reader of the row. */
  read(row: SourceCell[], cells: readonly CellText[]): IndicatorRow {
    let firstFilled = -1;
    for (let i = 0; i < cells.length; i++) {
      if ((cells[i] as CellText).content !== '') {
        firstFilled = i;
        break;
      }
    }
    if (firstFilled < 0) return OTHER;
    if ((cells[firstFilled] as CellText).ask(totals)) return this.total(row, cells, firstFilled);
    let levels = this.levels(cells);
    const firstContent = nextContent(cells, levels, 0);
    if (firstContent < 0) return this.levelsOnly(row, firstFilled, levels);
    const c = this.columns;
    const shift = this.bestShift(cells, levels, firstContent);
    // Level names outside the usual words (投入, 过程, 预算执行 …) are known by their column once the row is aligned.
    levels = this.levelByColumn(cells, levels, c.level1, 1, shift);
    levels = this.levelByColumn(cells, levels, c.level2, 2, shift);
    const first = nextContent(cells, levels, 0);
    // A template's numbered placeholder left unfilled ("指标1：" and nothing else) holds no indicator, only the levels it names.
    if (first < 0 || isUnfilledPlaceholder(cells, levels, first)) return this.levelsOnly(row, firstFilled, levels);
    this.applyLevels(levels);
    const targetText = textAt(cells, levels, c.target, shift);
    let target = targetText;
    const initialTarget = textAt(cells, levels, c.initialTarget, shift);
    if (target === '' && initialTarget !== '') target = initialTarget;
    const comparator = textAt(cells, levels, c.comparator, shift);
    const unit = textAt(cells, levels, c.unit, shift);
    if (COMPARATOR.test(comparator) && !/^[≥≤><=＝＞＜≧≦﹦﹥﹤]/.test(target)) target = `${comparator}${target}`;
    let actual = textAt(cells, levels, c.actual, shift);
    if (unit !== '' && target !== '' && !target.endsWith(unit)) target = `${target}${unit}`;
    if (unit !== '' && actual !== '' && /^[\d.]+$/.test(actual)) actual = `${actual}${unit}`;
    const indicator = this.indicator(
      textAt(cells, levels, c.name, shift),
      target,
      actual,
      amountAt(cells, levels, c.weight, shift),
      amountAt(cells, levels, c.score, shift),
      textAt(cells, levels, c.note, shift),
    );
    if (initialTarget !== '' && target !== initialTarget && targetText !== '') indicator.initialTarget = initialTarget;
    // Most rows fill every field: only a row with an empty one looks for a "/" mark.
    if (indicator.target === '' || indicator.actual === '' || indicator.weight === null || indicator.score === null) {
      const notApplicable = notApplicableFields(cells, levels, c, shift, indicator);
      if (notApplicable.length > 0) indicator.notApplicable = notApplicable;
    }
    if (c.coefficient !== null) indicator.scoreCoefficient = coefficientOf(textAt(cells, levels, c.coefficient, shift));
    if (c.core !== null) {
      const mark = textAt(cells, levels, c.core, shift);
      if (mark !== '') indicator.core = /^(是|√|✓|Y|y|核心)/.test(mark);
    }
    return { kind: 'indicator', indicator, refs: this.refs(row, shift), rowRef: row[first]?.at ?? {} };
  }

  /** A row naming levels and no indicator: the levels apply to the rows after it; nothing at all when it names none. */
  private levelsOnly(row: SourceCell[], firstFilled: number, levels: readonly LevelCell[]): IndicatorRow {
    this.applyLevels(levels);
    if (levels.length === 0) return OTHER;
    return { kind: 'indicator', indicator: this.indicator(), refs: {}, rowRef: row[firstFilled]?.at ?? {} };
  }

  /**
   * A level name in the 一级 or 二级 column of an aligned row, whatever its words:
   * no longer one of the row's contents but among its levels, in column order
   * (a copy: the row's levels may be the shared NO_LEVELS).
   */
  private levelByColumn(cells: readonly CellText[], levels: readonly LevelCell[], col: number | null, level: 1 | 2, shift: number): readonly LevelCell[] {
    if (col === null || col >= this.columns.name) return levels;
    const i = col + shift;
    if (i < 0 || i >= cells.length || !isContent(cells, levels, i)) return levels;
    const { name, weight, named } = (cells[i] as CellText).level;
    if (!named) return levels;
    let at = 0;
    while (at < levels.length && (levels[at] as LevelCell).index < i) at++;
    const out = levels.slice();
    out.splice(at, 0, { index: i, name, weight, level });
    return out;
  }

  /** Every column the header names has a source in the row, filled or not. */
  private refs(row: SourceCell[], shift: number): Partial<Record<keyof Indicator, SourceRef>> {
    return new IndicatorRefs(row, this.columns, shift);
  }

  private indicator(name = '', target = '', actual = '', weight: string | null = null, score: string | null = null, deviationNote = ''): Indicator {
    const indicator = { level1: this.level1, level2: this.level2, name, target, actual, weight, score, deviationNote };
    this.implied?.indicators.push(indicator);
    return indicator;
  }

  /** The level names of a row, in column order; NO_LEVELS (shared) for most rows, which have none. */
  private levels(cells: readonly CellText[]): readonly LevelCell[] {
    const limit = this.columns.name + 1;
    let found: LevelCell[] | null = null;
    for (let i = 0; i < cells.length && i <= limit; i++) {
      const cell = cells[i] as CellText;
      if (cell.content === '') continue;
      const { name, weight, kind } = cell.level;
      if (kind === null) continue;
      let level: 0 | 1 | 2 | null = null;
      if (kind === 1) level = i === this.columns.level2 && (hasLevel1(found) || this.level1 !== '') ? 2 : 1;
      else if (kind === 'cost') level = 0;
      else if (kind === 2 || (kind === 'bare2' && i === this.columns.level2)) level = 2;
      if (level === null) continue;
      const levelCell: LevelCell = { index: i, name, weight, level: level as 1 | 2 };
      // A literal holds just its cells: most rows name one level or two, and a push would make room for 17.
      if (!found) found = [levelCell];
      else if (found.length === 1) found = [found[0] as LevelCell, levelCell];
      else found.push(levelCell);
    }
    if (!found) return NO_LEVELS;
    // 成本指标 is a 一级 (2021 taxonomy) when a cost 二级 (经济成本指标…) follows it, or when it does not stand under an
    // output 一级 (产出指标, 项目产出); under one it is the 二级 of the older taxonomy, beside 数量、质量、时效指标. Neither
    // its weight ("成本指标（10分）") nor its column tells: 二级 carry weights too, and a row copied from a web page loses
    // its merged cells, so a 二级 comes first in its row.
    for (let k = 0; k < found.length; k++) {
      const cell = found[k] as LevelCell;
      if ((cell.level as number) !== 0) continue;
      // The levels are in column order: the next one is the one after it, the 一级 it stands under the last before it.
      const next = found[k + 1];
      const owner = level1Before(found, k) ?? this.level1;
      cell.level = (next !== undefined && level2Kind(next.name) === 'cost') || level1Kind(owner) !== 'output' ? 1 : 2;
    }
    return found;
  }

  /**
   * A 一级 named in a row. The first, or the one implied before it, names the rows read without it
   * (those whose 二级 may stand under it) and keeps their 二级; any other starts afresh.
   */
  private nameLevel1(name: string): void {
    const kind = level1Kind(name);
    if (kind !== null) this.level1Names.set(kind, name);
    const implied = this.implied;
    this.implied = null;
    if (implied !== null && (implied.kind === null || implied.kind === kind)) {
      for (const indicator of implied.indicators) if (fitsUnder(kind, indicator.level2)) indicator.level1 = name;
    } else if (name !== this.level1) {
      this.level2 = '';
    }
    this.level1 = name;
  }

  /**
   * A 二级 of the national templates in a row naming no 一级, under a 一级 it cannot stand under
   * (社会效益指标 under 产出指标): its rows lost their 一级 cell, and its own 一级 is implied.
   */
  private implyLevel1(level2: string): void {
    const inner = level2Kind(level2);
    const outer = level1Kind(this.level1);
    if (inner === null || outer === null || mayStandUnder(outer, inner)) return;
    this.level1 = this.level1Names.get(inner) ?? LEVEL1_NAMES[inner];
    this.implied = { kind: inner, indicators: [] };
  }

  private applyLevels(levels: readonly LevelCell[]): void {
    let named1 = false;
    for (let k = 0; k < levels.length; k++) {
      const l = levels[k] as LevelCell;
      if (l.level === 1) {
        named1 = true;
        this.nameLevel1(l.name);
      } else {
        this.level2 = l.name;
        if (!named1) this.implyLevel1(l.name);
      }
      if (l.weight !== null && !this.levelWeights.some((w) => w.level === l.level && w.name === l.name)) {
        this.levelWeights.push({ level: l.level, name: l.name, weight: l.weight });
      }
    }
  }

  /** The offset between the header's columns and this row's cells that reads most plausibly. */
  private bestShift(cells: readonly CellText[], levels: readonly LevelCell[], first: number): number {
    // The row as the header places it, when every filled cell lands in a column and reads right: most rows.
    if (first === this.columns.name && this.plausibility(cells, levels, 0) >= FITTING_ROW) return 0;
    // The shift that puts the first filled cell under the name, then none, one left, one right; the first best wins.
    const fromName = first - this.columns.name;
    let best = fromName;
    let bestScore = this.plausibility(cells, levels, fromName);
    for (const s of SHIFTS) {
      if (s === fromName) continue;
      const score = this.plausibility(cells, levels, s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  private plausibility(cells: readonly CellText[], levels: readonly LevelCell[], s: number): number {
    const c = this.columns;
    let score = 0;
    const name = cellAt(cells, c.name, s);
    if (name?.content && !name.ask(figureOnly)) score += 2;
    const weight = cellAt(cells, c.weight, s);
    if (weight?.content) score += weight.amount !== null ? 2 : -3;
    const sc = cellAt(cells, c.score, s);
    if (sc?.content) score += sc.amount !== null ? 1 : -3;
    if (cellAt(cells, c.target, s)?.content) score += 1;
    if (cellAt(cells, c.actual, s)?.content) score += 1;
    // A cell before the header's first column (i - s < 0) is in no column; an index is never looked up below 0, which is slow.
    const named = c.named;
    for (let i = nextContent(cells, levels, 0); i >= 0; i = nextContent(cells, levels, i + 1)) if (i - s < 0 || named[i - s] !== true) score -= 2;
    if (s !== 0) score -= 0.5;
    return score;
  }

  private total(row: SourceCell[], cells: readonly CellText[], labelAt: number): IndicatorRow {
    const total: StatedTotal = { weight: null, score: null, grade: null };
    const refs: Partial<Record<keyof StatedTotal, SourceRef>> = {};
    const numbers: SourceCell[] = [];
    for (let i = labelAt + 1; i < row.length; i++) {
      const cell = row[i] as SourceCell;
      const figure = (cells[i] as CellText).ask(totalFigure);
      if (figure.label === '') continue;
      if (figure.grade) {
        total.grade = figure.label;
        refs.grade = cell.at;
      } else if (figure.amount !== null) numbers.push(cell);
    }
    // Two numbers: 分值 then 得分. One number: the score, unless it stands in the 分值 column.
    const [a, b] = numbers;
    if (a && b) {
      total.weight = parseAmount(a.text);
      total.score = parseAmount(b.text);
      refs.weight = a.at;
      refs.score = b.at;
    } else if (a) {
      const inWeightColumn = this.columns.weight !== null && row.indexOf(a) === this.columns.weight && this.columns.score !== this.columns.weight;
      if (inWeightColumn) {
        total.weight = parseAmount(a.text);
        refs.weight = a.at;
      } else {
        total.score = parseAmount(a.text);
        refs.score = a.at;
      }
    }
    return { kind: 'total', total, refs };
  }
}
