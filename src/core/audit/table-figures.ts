import { compare, decOrNull, RunningSum, ZERO, type Dec } from '../number/decimal.js';
import type { Indicator, StatedLevelWeight } from '../model/report.js';
import { parseTarget, type ParsedTarget } from '../scoring/target.js';
import { subPath } from '../util/model-path.js';
import type { TableView } from './context.js';
import { indicatorLabel, isPlaceholder } from './rules/labels.js';

/**
 * The figures of the evaluation tables that several rules look at, read and
 * added up once per report: a dozen rules check the same 分值 and 得分 columns,
 * and each reading them again was most of the audit's arithmetic.
 */

/** An indicator row of a table with its stated figures read once. */
export class IndicatorRow {
  /** The label a finding names the row by. */
  readonly label: string;
  readonly target: ParsedTarget;
  readonly actual: ParsedTarget;
  /** 分值 and 得分, null when left empty. */
  readonly weight: Dec | null;
  readonly score: Dec | null;
  /** Sign of 得分 − 分值 (−1, 0, 1) when both are stated, else null. */
  readonly scoreVsWeight: number | null;
  private pathText: string | null = null;

  constructor(
    readonly t: TableView,
    readonly ind: Indicator,
    /** Index among the table's indicators, placeholders included. */
    readonly i: number,
  ) {
    this.label = indicatorLabel(ind);
    this.target = parseTarget(ind.target);
    this.actual = parseTarget(ind.actual);
    this.weight = decOrNull(ind.weight);
    this.score = decOrNull(ind.score);
    this.scoreVsWeight = this.weight !== null && this.score !== null ? compare(this.score, this.weight) : null;
  }

  /** Model path of the row ("projects.3.indicators.12"), made only when a finding names it. */
  get path(): string {
    this.pathText ??= subPath(subPath(this.t.path, 'indicators'), this.i);
    return this.pathText;
  }
}

/** The real indicator rows of a table (template placeholders left out), in table order. */
export function indicatorRows(t: TableView): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const indicators = t.table.indicators;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i] as Indicator;
    if (!isPlaceholder(ind)) rows.push(new IndicatorRow(t, ind, i));
  }
  return rows;
}

/** A sum of stated figures and how many were stated. */
export interface StatedSum {
  sum: Dec;
  count: number;
}

/**
 * A table's 分值 and 得分 columns added up, in row order, empty cells left out;
 * and the 分值 under each level name, for the weights a form writes into its
 * level labels (产出指标（20分）).
 */
export class TableSums {
  readonly weights: StatedSum;
  readonly scores: StatedSum;
  private byLevel1: Map<string, StatedSum> | null = null;
  private byLevel2: Map<string, StatedSum> | null = null;

  constructor(
    private readonly rows: readonly IndicatorRow[],
  ) {
    const weights = new RunningSum();
    const scores = new RunningSum();
    for (const r of rows) {
      if (r.weight !== null) weights.add(r.weight);
      if (r.score !== null) scores.add(r.score);
    }
    this.weights = statedSum(weights);
    this.scores = statedSum(scores);
  }

  /** The stated weights under a level label: all of them for level 0, else those whose 一级 / 二级指标 is its name. */
  weightsUnder(lw: StatedLevelWeight): StatedSum {
    if (lw.level === 0) return this.weights;
    const byName = lw.level === 1 ? (this.byLevel1 ??= new Map()) : (this.byLevel2 ??= new Map());
    let s = byName.get(lw.name);
    if (!s) {
      s = this.weightsNamed(lw.level, lw.name);
      byName.set(lw.name, s);
    }
    return s;
  }

  /**
   * Whether the stated weights, in row order with empty cells left out, fall into consecutive runs adding up
   * exactly to `parts`, in their order, with none left over: what a table's level labels would say if each
   * stood on the first row of its span.
   */
  splitsInOrder(parts: readonly Dec[]): boolean {
    let k = 0;
    let run = ZERO;
    for (const r of this.rows) {
      if (r.weight === null) continue;
      const target = parts[k];
      if (target === undefined) return false;
      run = run.plus(r.weight);
      const c = compare(run, target);
      if (c > 0) return false;
      if (c === 0) {
        k++;
        run = ZERO;
      }
    }
    return k === parts.length && run.isZero();
  }

  private weightsNamed(level: 1 | 2, name: string): StatedSum {
    const weights = new RunningSum();
    for (const r of this.rows) if (r.weight !== null && (level === 1 ? r.ind.level1 : r.ind.level2) === name) weights.add(r.weight);
    return statedSum(weights);
  }
}

/** Stated figures added up (exactly, without a decimal per step: see `RunningSum`), and how many there were. */
function statedSum(total: RunningSum): StatedSum {
  return { sum: total.count === 0 ? ZERO : total.value(), count: total.count };
}
