import type { Indicator, StatedLevelWeight, StatedTotal } from '../../core/model/report.js';
import type { SourceCell, SourceRef } from '../source-document.js';
import { halfWidth, labelOf, parseAmount, parseRate } from './cell-values.js';
import { memo } from '../../core/util/memo.js';

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

/** Words only a header row holds; checked on the raw text first, since almost no row is a header. */
const HEADER_WORD = /级指标|指标值|指标名称|完成值|实际值|指标性质|度量单位|计量单位/;

/**
 * Does a text hold a word only an indicator header has? Every such word holds
 * 指标, 完成值, 实际值 or 量单位; looking for those plainly first spares the
 * alternation, slow over the long goal texts of a row, on most rows.
 */
export function hasHeaderWord(text: string): boolean {
  return (text.includes('指标') || text.includes('完成值') || text.includes('实际值') || text.includes('量单位')) && HEADER_WORD.test(text);
}

export function indicatorHeader(row: SourceCell[]): IndicatorColumns | null {
  if (!row.some((c) => hasHeaderWord(c.text)) || !row.some((c) => HEADER_HINT.test(labelOf(c.text)))) return null;
  const found: Partial<Record<keyof IndicatorColumns, number>> = {};
  row.forEach((cell, i) => {
    const t = labelOf(cell.text);
    if (t === '' || t.length > 20) return;
    for (const [re, key] of HEADER_WORDS) {
      if (re.test(t) && found[key] === undefined) {
        found[key] = i;
        break;
      }
    }
  });
  // A scoring form gives each level its own 分值 column: the indicator's weight is the one after its name.
  const weightAfterName = row.findIndex((c, i) => i > (found.name ?? Infinity) && /^(分值|权重|标准分|指标分值)/.test(labelOf(c.text)));
  if (weightAfterName >= 0) found.weight = weightAfterName;
  const strong = ['level1', 'level2', 'name', 'target', 'actual'].filter((k) => found[k as keyof IndicatorColumns] !== undefined).length;
  if (strong < 3 || found.name === undefined || (found.weight === undefined && found.score === undefined)) return null;
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
    other: row.map((c, i) => (labelOf(c.text) !== '' && !Object.values(found).includes(i) ? i : -1)).filter((i) => i >= 0),
    totalWeight: row.map((c) => /^(绩效)?指标[（(](\d+(?:\.\d+)?)分[)）]$/.exec(labelOf(c.text))?.[2]).find((w) => w !== undefined) ?? null,
  };
}

/**
 * A header written on two rows (指标性质 / 指标值 / 度量单位 under 年度指标值):
 * one header row, each column named by the lower row where it names one.
 */
export function mergeHeaderRows(upper: SourceCell[], lower: SourceCell[]): SourceCell[] {
  const width = Math.max(upper.length, lower.length);
  const out: SourceCell[] = [];
  for (let i = 0; i < width; i++) {
    const u = upper[i];
    const l = lower[i];
    out.push(l && l.text.trim() !== '' ? l : (u ?? l ?? { text: '', at: {} }));
  }
  return out;
}

/** Whether a row names two or more indicator columns without being a whole header: the top of a two-row header. */
export function partialIndicatorHeader(row: SourceCell[]): boolean {
  if (!row.some((c) => hasHeaderWord(c.text))) return false;
  let n = 0;
  let strong = false;
  for (const c of row) {
    const t = labelOf(c.text);
    if (t === '' || t.length > 20) continue;
    const key = HEADER_WORDS.find(([re]) => re.test(t))?.[1];
    if (!key) continue;
    n++;
    // 分值 and 得分 head a funds table too; an indicator header names an indicator column.
    if (key !== 'weight' && key !== 'score' && key !== 'note') strong = true;
  }
  return n >= 2 && strong;
}

const LEVEL1 = /^(产出|效益|满意度|效果|影响|管理|履职|投入|过程)指标$/;
/** Cells that only fill space: "……", "—", "/". */
const FILLER = /^[.…·—\-－_/、\s]+$/;
const LEVEL2 = /^(数量|质量|时效|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本|生态环境|生态成本|环境成本)指标$/;
/** Without the word 指标, a 二级 name counts only in the 二级 column itself. */
const LEVEL2_BARE = /^(数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)$/;
const COST_LEVEL2 = /^(经济成本|社会成本|生态环境成本|生态环境|生态成本|环境成本)(指标)?$/;
const WEIGHT_IN_LABEL = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/;

interface LevelCell {
  index: number;
  name: string;
  weight: string | null;
  level: 1 | 2;
}

const levelName = memo((text: string): { name: string; weight: string | null } => {
  const t = halfWidth(text).replace(/[\s\u3000]+/g, '');
  const m = WEIGHT_IN_LABEL.exec(t);
  return { name: m ? t.slice(0, m.index) : t, weight: m ? (m[1] ?? null) : null };
});

/** What a cell's text is as a level name, decided once per text: 1, 2, a bare 二级 word, 成本指标 (either), or none. */
const levelOf = memo((text: string): { name: string; weight: string | null; kind: 1 | 2 | 'bare2' | 'cost' | null } => {
  const { name, weight } = levelName(text);
  if (name === '') return { name, weight, kind: null };
  if (LEVEL1.test(name)) return { name, weight, kind: 1 };
  if (name === '成本指标' || name === '成本') return { name, weight, kind: 'cost' };
  if (LEVEL2.test(name)) return { name, weight, kind: 2 };
  return { name, weight, kind: LEVEL2_BARE.test(name) ? 'bare2' : null };
});

/** 得分系数 as a rate: "100%" stays, a ratio such as "0.9" or "1" becomes "90%", "100%". */
function coefficientOf(text: string): string | null {
  if (/%|％/.test(text)) return parseRate(text);
  const n = parseAmount(text);
  if (n === null) return null;
  return Number(n) <= 1 ? parseRate(n.includes('.') ? n : `${n}.0`) : `${n}%`;
}

/** A reading with a name, a numeric weight and every filled cell in a column. */
const FITTING_ROW = 4;

export type IndicatorRow =
  | { kind: 'indicator'; indicator: Indicator; refs: Partial<Record<keyof Indicator, SourceRef>>; rowRef: SourceRef }
  | { kind: 'total'; total: StatedTotal; refs: Partial<Record<keyof StatedTotal, SourceRef>> }
  | { kind: 'other' };

/** A 指标性质 cell that is a comparator ("≥", "大于等于"), not a kind such as 定性 or 正向. */
const COMPARATOR = /^([≥≤><=＝＞＜≧≦﹦﹥﹤]{1,2}|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过)$/;

const TOTAL_LABEL = /^(总分|合计|总计|综合得分|自评得分|总得分|自评总分|得分合计)$/;
const GRADE = /^(优|良|中|差)(秀|好|等)?$/;

export class IndicatorReader {
  private level1 = '';
  private level2 = '';
  readonly levelWeights: StatedLevelWeight[] = [];

  constructor(private readonly columns: IndicatorColumns) {}

  read(row: SourceCell[]): IndicatorRow {
    const texts = row.map((c) => {
      const t = c.text.trim();
      return FILLER.test(t) ? '' : t;
    });
    const firstFilled = texts.findIndex((t) => t !== '');
    if (firstFilled < 0) return { kind: 'other' };
    if (TOTAL_LABEL.test(labelOf(texts[firstFilled] ?? ''))) return this.total(row, firstFilled);
    const levels = this.levels(texts);
    const levelIdx = new Set(levels.map((l) => l.index));
    let contents: number[] = [];
    texts.forEach((t, i) => {
      if (t !== '' && !levelIdx.has(i) && !/^绩效指标$/.test(labelOf(t))) contents.push(i);
    });
    if (contents.length === 0) {
      this.applyLevels(levels);
      if (levels.length === 0) return { kind: 'other' };
      return { kind: 'indicator', indicator: this.indicator({}), refs: {}, rowRef: row[firstFilled]?.at ?? {} };
    }
    const shift = this.bestShift(texts, contents);
    // Level names outside the usual words (投入, 过程, 预算执行 …) are known by their column once the row is aligned.
    for (const [col, level] of [[this.columns.level1, 1], [this.columns.level2, 2]] as const) {
      if (col === null) continue;
      const i = col + shift;
      if (i >= this.columns.name + shift || !contents.includes(i)) continue;
      const { name, weight } = levelName(texts[i] ?? '');
      // A name has at least two characters of Chinese; a piece of a merged cell cut at a page end ("分）") has not.
      if (!/[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(name)) continue;
      levels.push({ index: i, name, weight, level });
      levelIdx.add(i);
      contents = contents.filter((x) => x !== i);
    }
    levels.sort((a, b) => a.index - b.index);
    this.applyLevels(levels);
    if (contents.length === 0) return { kind: 'indicator', indicator: this.indicator({}), refs: {}, rowRef: row[firstFilled]?.at ?? {} };
    const at = (col: number | null): number | null => (col === null ? null : col + shift);
    const get = (col: number | null) => {
      const i = at(col);
      return i === null || levelIdx.has(i) ? '' : (texts[i] ?? '');
    };
    const refOf = (col: number | null): SourceRef | undefined => {
      const i = at(col);
      return i === null ? undefined : row[i]?.at;
    };
    const c = this.columns;
    let target = get(c.target);
    const initialTarget = get(c.initialTarget);
    if (target === '' && initialTarget !== '') target = initialTarget;
    const comparator = get(c.comparator);
    const unit = get(c.unit);
    if (COMPARATOR.test(comparator) && !/^[≥≤><=＝＞＜≧≦﹦﹥﹤]/.test(target)) target = `${comparator}${target}`;
    let actual = get(c.actual);
    if (unit !== '' && target !== '' && !target.endsWith(unit)) target = `${target}${unit}`;
    if (unit !== '' && actual !== '' && /^[\d.]+$/.test(actual)) actual = `${actual}${unit}`;
    const weight = parseAmount(get(c.weight));
    const score = parseAmount(get(c.score));
    const indicator = this.indicator({ name: get(c.name), target, actual, weight, score, deviationNote: get(c.note) });
    if (initialTarget !== '' && target !== initialTarget && get(c.target) !== '') indicator.initialTarget = initialTarget;
    if (c.coefficient !== null) indicator.scoreCoefficient = coefficientOf(get(c.coefficient));
    if (c.core !== null) {
      const mark = get(c.core);
      if (mark !== '') indicator.core = /^(是|√|✓|Y|y|核心)/.test(mark);
    }
    const refs: Partial<Record<keyof Indicator, SourceRef>> = {};
    const put = (key: keyof Indicator, col: number | null) => {
      const r = refOf(col);
      if (r) refs[key] = r;
    };
    put('name', c.name);
    put('target', c.target ?? c.initialTarget);
    put('actual', c.actual);
    put('weight', c.weight);
    put('score', c.score);
    put('deviationNote', c.note);
    put('scoreCoefficient', c.coefficient);
    put('core', c.core);
    return { kind: 'indicator', indicator, refs, rowRef: row[contents[0] ?? firstFilled]?.at ?? {} };
  }

  private indicator(p: Partial<Indicator>): Indicator {
    return {
      level1: this.level1,
      level2: this.level2,
      name: p.name ?? '',
      target: p.target ?? '',
      actual: p.actual ?? '',
      weight: p.weight ?? null,
      score: p.score ?? null,
      deviationNote: p.deviationNote ?? '',
    };
  }

  private levels(texts: string[]): LevelCell[] {
    const limit = this.columns.name + 1;
    const cells: LevelCell[] = [];
    for (let i = 0; i < texts.length && i <= limit; i++) {
      const text = texts[i] ?? '';
      if (text === '') continue;
      const { name, weight, kind } = levelOf(text);
      if (kind === null) continue;
      const atLevel2 = i === this.columns.level2 && (cells.some((c) => c.level === 1) || this.level1 !== '');
      if (kind === 1) cells.push({ index: i, name, weight, level: atLevel2 ? 2 : 1 });
      else if (kind === 'cost') cells.push({ index: i, name, weight, level: 0 as 1 });
      else if (kind === 2 || (kind === 'bare2' && i === this.columns.level2)) cells.push({ index: i, name, weight, level: 2 });
    }
    // 成本指标 is a 一级 (2021 taxonomy) when a cost 二级 follows it, it carries a weight, or it stands in the 一级 column; else a 二级 under 产出.
    for (const cell of cells) {
      if ((cell.level as number) !== 0) continue;
      const next = cells.find((x) => x.index > cell.index);
      const isLevel1 = (next !== undefined && COST_LEVEL2.test(next.name)) || cell.weight !== null || (this.columns.level1 !== null && cell.index <= this.columns.level1) || !this.level1.startsWith('产出');
      cell.level = isLevel1 ? 1 : 2;
    }
    return cells;
  }

  private applyLevels(levels: LevelCell[]): void {
    for (const l of levels) {
      if (l.level === 1) {
        if (l.name !== this.level1) this.level2 = '';
        this.level1 = l.name;
      } else {
        this.level2 = l.name;
      }
      if (l.weight !== null && !this.levelWeights.some((w) => w.level === l.level && w.name === l.name)) {
        this.levelWeights.push({ level: l.level, name: l.name, weight: l.weight });
      }
    }
  }

  /** The offset between the header's columns and this row's cells that reads most plausibly. */
  private bestShift(texts: string[], contents: number[]): number {
    const first = contents[0] ?? this.columns.name;
    // The row as the header places it, when every filled cell lands in a column and reads right: most rows.
    if (first === this.columns.name && this.plausibility(texts, contents, 0) >= FITTING_ROW) return 0;
    const candidates = [...new Set([first - this.columns.name, 0, -1, 1])];
    let best = 0;
    let bestScore = -Infinity;
    for (const s of candidates) {
      const score = this.plausibility(texts, contents, s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  private readonly used = new Map<number, Set<number>>();

  /** The columns the header names, moved by a shift; the same for every row. */
  private usedColumns(s: number): Set<number> {
    let used = this.used.get(s);
    if (!used) {
      const c = this.columns;
      used = new Set([c.level1, c.level2, c.name, c.target, c.initialTarget, c.comparator, c.unit, c.actual, c.weight, c.score, c.note, c.coefficient, c.core, ...c.other].filter((x): x is number => x !== null).map((x) => x + s));
      this.used.set(s, used);
    }
    return used;
  }

  private plausibility(texts: string[], contents: number[], s: number): number {
    const c = this.columns;
    const cell = (col: number | null) => (col === null ? null : (texts[col + s] ?? null));
    let score = 0;
    const name = cell(c.name);
    if (name && !/^[\d.%]+$/.test(name)) score += 2;
    const weight = cell(c.weight);
    if (weight) score += parseAmount(weight) !== null ? 2 : -3;
    const sc = cell(c.score);
    if (sc) score += parseAmount(sc) !== null ? 1 : -3;
    const target = cell(c.target);
    if (target) score += 1;
    const actual = cell(c.actual);
    if (actual) score += 1;
    const used = this.usedColumns(s);
    for (const i of contents) if (!used.has(i)) score -= 2;
    if (s !== 0) score -= 0.5;
    return score;
  }

  private total(row: SourceCell[], labelAt: number): IndicatorRow {
    const total: StatedTotal = { weight: null, score: null, grade: null };
    const refs: Partial<Record<keyof StatedTotal, SourceRef>> = {};
    const numbers: SourceCell[] = [];
    for (let i = labelAt + 1; i < row.length; i++) {
      const cell = row[i] as SourceCell;
      const t = labelOf(cell.text);
      if (t === '') continue;
      if (GRADE.test(t)) {
        total.grade = t;
        refs.grade = cell.at;
      } else if (parseAmount(t) !== null) numbers.push(cell);
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
