import type { SourceRef } from '../../core/model/source-ref.js';
import type { ReaderFinding } from '../source-document.js';
import { cellName } from './cell-address.js';
import { cellKey } from './cell-key.js';
import { UnsupportedFormula, type FormulaNode } from './formula/formula-ast.js';
import { EMPTY, evaluate, type Scalar } from './formula/formula-eval.js';
import { parseFormula } from './formula/formula-parser.js';
import { printFormula } from './formula/formula-print.js';
import type { SheetCell } from './sheet-parser.js';

/** Differences smaller than this, in the units the cell shows (percentage points for a percent), are rounding. */
const TOLERANCE = 0.005;

export interface FormulaResult {
  /** The value recomputed from the formula's inputs, or undefined when the formula is outside the subset. */
  value: Scalar | undefined;
  /** The formula as it reads in this cell (shared formulas moved). */
  text: string;
}

/**
 * Recomputes the formulas of one worksheet from the values stored in their
 * input cells (a formula without a stored result is recomputed from its own
 * inputs first), for the subset parseFormula knows.
 */
export class SheetFormulas {
  private readonly cells = new Map<number, SheetCell>();
  private readonly masters = new Map<string, { node: FormulaNode | undefined; row: number; col: number }>();
  private readonly parsed = new Map<string, FormulaNode | undefined>();
  private readonly results = new Map<number, FormulaResult>();
  private readonly evaluating = new Set<number>();

  constructor(
    cells: readonly SheetCell[],
    private readonly sharedString: (index: number) => string,
  ) {
    for (const cell of cells) {
      this.cells.set(cellKey(cell.row, cell.col), cell);
      const f = cell.formula;
      if (f?.kind === 'shared' && f.sharedIndex !== undefined && f.text !== '' && !this.masters.has(f.sharedIndex)) {
        this.masters.set(f.sharedIndex, { node: this.parse(f.text), row: cell.row, col: cell.col });
      }
    }
  }

  /** The recomputed value of a formula cell (memoized). */
  result(cell: SheetCell): FormulaResult {
    const key = cellKey(cell.row, cell.col);
    let result = this.results.get(key);
    if (result) return result;
    const { node, rowOffset, colOffset } = this.formulaOf(cell);
    let value: Scalar | undefined;
    if (node && !this.evaluating.has(key)) {
      this.evaluating.add(key);
      try {
        value = evaluate(node, { value: (r, c) => this.valueAt(r, c), rowOffset, colOffset });
        if (typeof value === 'number' && !Number.isFinite(value)) value = undefined;
      } catch (error) {
        if (!(error instanceof UnsupportedFormula)) throw error;
        value = undefined;
      } finally {
        this.evaluating.delete(key);
      }
    }
    result = { value, text: node ? printFormula(node, rowOffset, colOffset) : (cell.formula?.text ?? '') };
    this.results.set(key, result);
    return result;
  }

  private formulaOf(cell: SheetCell): { node: FormulaNode | undefined; rowOffset: number; colOffset: number } {
    const f = cell.formula;
    if (!f || f.kind === 'array' || f.kind === 'dataTable') return { node: undefined, rowOffset: 0, colOffset: 0 };
    if (f.kind === 'shared' && f.sharedIndex !== undefined) {
      const master = this.masters.get(f.sharedIndex);
      if (!master) return { node: undefined, rowOffset: 0, colOffset: 0 };
      return { node: master.node, rowOffset: cell.row - master.row, colOffset: cell.col - master.col };
    }
    return { node: this.parse(f.text), rowOffset: 0, colOffset: 0 };
  }

  private parse(text: string): FormulaNode | undefined {
    if (!this.parsed.has(text)) {
      let node: FormulaNode | undefined;
      try {
        node = parseFormula(text);
      } catch (error) {
        if (!(error instanceof UnsupportedFormula)) throw error;
      }
      this.parsed.set(text, node);
    }
    return this.parsed.get(text);
  }

  /** A cell's value as a formula sees it: the stored value, or for a formula without one, its recomputed value. */
  private valueAt(row: number, col: number): Scalar {
    const cell = this.cells.get(cellKey(row, col));
    if (!cell) return EMPTY;
    if (cell.value === undefined) {
      if (!cell.formula) return EMPTY;
      const v = this.result(cell).value;
      if (v === undefined) throw new UnsupportedFormula('input not computable');
      return v;
    }
    return storedValue(cell, this.sharedString);
  }
}

/** The value stored in a cell, typed. */
export function storedValue(cell: SheetCell, sharedString: (index: number) => string): Scalar {
  const v = cell.value ?? '';
  switch (cell.type) {
    case 's':
      return sharedString(Number(v));
    case 'str':
    case 'inlineStr':
      return v;
    case 'b':
      return v === '1' || v.toLowerCase() === 'true';
    case 'e':
      throw new UnsupportedFormula(v);
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) throw new UnsupportedFormula('bad number');
      return n;
    }
  }
}

/**
 * The XLSX-FORMULA-STALE finding for a formula cell whose stored result differs
 * from its recomputed value by more than rounding, in the units it is shown in
 * (percentage points for a percent) and in what is shown; undefined otherwise.
 */
export function staleFinding(
  cell: SheetCell,
  stored: Scalar,
  result: FormulaResult,
  show: (value: Scalar) => string,
  percent: boolean,
  at: SourceRef,
): ReaderFinding | undefined {
  const recomputed = result.value;
  if (recomputed === undefined) return undefined;
  const expected = show(recomputed);
  const actual = show(stored);
  if (expected === actual) return undefined;
  if (typeof recomputed === 'number' && typeof stored === 'number') {
    if (Math.abs(recomputed - stored) * (percent ? 100 : 1) <= TOLERANCE) return undefined;
  } else if (typeof recomputed === 'number' || typeof stored === 'number') return undefined;
  return {
    rule: 'XLSX-FORMULA-STALE',
    severity: 'warning',
    message: `工作表“${at.sheet ?? ''}”单元格 ${cellName(cell.row, cell.col)} 的公式 =${result.text} 保存的结果是 ${actual}，按它引用的单元格重新计算应为 ${expected}。文件中的计算结果可能已过时（例如关闭了自动重算，或由其他程序写入后未重新计算）。`,
    at,
    expected,
    actual,
  };
}
