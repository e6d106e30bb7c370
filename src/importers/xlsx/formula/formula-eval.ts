import { excelRound } from '../decimal-digits.js';
import { formatGeneral } from '../number-format.js';
import { UnsupportedFormula, type FormulaNode, type RefNode } from './formula-ast.js';
import { maxOf, minOf } from '../../../core/util/arrays.js';

/** An empty cell: 0 in arithmetic, "" in text, skipped by SUM/MIN/MAX over ranges. */
export const EMPTY = Symbol('empty');
export type Scalar = number | string | boolean | typeof EMPTY;

/** Where a formula finds its inputs, and by how much a shared formula is moved from where it was written. */
export interface EvalContext {
  /** The value of a cell of the same sheet; throw UnsupportedFormula for an error value. */
  value(row: number, col: number): Scalar;
  rowOffset: number;
  colOffset: number;
}

const MAX_RANGE_CELLS = 100_000;

/**
 * Evaluates a parsed formula as Excel would, for the supported subset.
 * Errors Excel would show (#DIV/0!, #VALUE!) throw UnsupportedFormula: such a
 * formula is not recomputed.
 *
 * Example: SUM(A1:A3) with A1..A3 = 1, "x", 2 gives 3.
 */
export function evaluate(node: FormulaNode, ctx: EvalContext): Scalar {
  const v = evaluateAny(node, ctx);
  if (Array.isArray(v)) throw new UnsupportedFormula('range as a value');
  return v;
}

function evaluateAny(node: FormulaNode, ctx: EvalContext): Scalar | Scalar[] {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'ref': {
      const { row, col } = moved(node, ctx);
      return ctx.value(row, col);
    }
    case 'range':
      return rangeValues(node.from, node.to, ctx);
    case 'unary': {
      const n = toNumber(evaluate(node.arg, ctx));
      return node.op === '-' ? -n : n;
    }
    case 'percent':
      return toNumber(evaluate(node.arg, ctx)) / 100;
    case 'binary':
      return binary(node.op, evaluate(node.left, ctx), evaluate(node.right, ctx));
    case 'call':
      return call(node.name, node.args, ctx);
  }
}

function moved(ref: RefNode, ctx: EvalContext): { row: number; col: number } {
  return { row: ref.rowAbsolute ? ref.row : ref.row + ctx.rowOffset, col: ref.colAbsolute ? ref.col : ref.col + ctx.colOffset };
}

function rangeValues(from: RefNode, to: RefNode, ctx: EvalContext): Scalar[] {
  const a = moved(from, ctx);
  const b = moved(to, ctx);
  const [top, bottom] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
  const [left, right] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
  if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) throw new UnsupportedFormula('range too large');
  const out: Scalar[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(ctx.value(r, c));
  return out;
}

function binary(op: string, left: Scalar, right: Scalar): Scalar {
  switch (op) {
    case '+':
      return toNumber(left) + toNumber(right);
    case '-':
      return toNumber(left) - toNumber(right);
    case '*':
      return toNumber(left) * toNumber(right);
    case '/': {
      const d = toNumber(right);
      if (d === 0) throw new UnsupportedFormula('#DIV/0!');
      return toNumber(left) / d;
    }
    case '^':
      return toNumber(left) ** toNumber(right);
    case '&':
      return toText(left) + toText(right);
    default:
      return compare(op, left, right);
  }
}

/** Excel orders numbers before text before booleans; text compares without case; an empty cell is 0 or "". */
function compare(op: string, left: Scalar, right: Scalar): boolean {
  const l = left === EMPTY ? (typeof right === 'string' ? '' : typeof right === 'boolean' ? false : 0) : left;
  const r = right === EMPTY ? (typeof l === 'string' ? '' : typeof l === 'boolean' ? false : 0) : right;
  const rank = (v: Scalar): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let order: number;
  if (rank(l) !== rank(r)) order = rank(l) - rank(r);
  else if (typeof l === 'string') order = l.toLowerCase().localeCompare((r as string).toLowerCase());
  else order = Number(l) - Number(r);
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

function call(name: string, args: FormulaNode[], ctx: EvalContext): Scalar {
  switch (name) {
    case 'IF': {
      if (args.length < 2 || args.length > 3) throw new UnsupportedFormula('IF arguments');
      const condition = evaluate(args[0]!, ctx);
      if (toBoolean(condition)) return evaluate(args[1]!, ctx);
      return args[2] ? evaluate(args[2], ctx) : false;
    }
    case 'ROUND': {
      if (args.length !== 2) throw new UnsupportedFormula('ROUND arguments');
      return excelRound(toNumber(evaluate(args[0]!, ctx)), Math.trunc(toNumber(evaluate(args[1]!, ctx))));
    }
    case 'ABS':
      if (args.length !== 1) throw new UnsupportedFormula('ABS arguments');
      return Math.abs(toNumber(evaluate(args[0]!, ctx)));
    default: {
      const numbers = aggregateNumbers(args, ctx);
      if (name === 'SUM') return numbers.reduce((a, b) => a + b, 0);
      if (numbers.length === 0) {
        if (name === 'AVERAGE') throw new UnsupportedFormula('#DIV/0!');
        return 0;
      }
      if (name === 'MIN') return minOf(numbers);
      if (name === 'MAX') return maxOf(numbers);
      if (name === 'AVERAGE') return numbers.reduce((a, b) => a + b, 0) / numbers.length;
      throw new UnsupportedFormula(name);
    }
  }
}

/** Numbers of SUM-like arguments: in ranges only numbers count; given directly, text and booleans are converted. */
function aggregateNumbers(args: FormulaNode[], ctx: EvalContext): number[] {
  const out: number[] = [];
  for (const arg of args) {
    const v = evaluateAny(arg, ctx);
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'number') out.push(item);
    } else if (v !== EMPTY) out.push(toNumber(v));
  }
  return out;
}

export function toNumber(v: Scalar): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === EMPTY) return 0;
  const text = v.trim();
  const percent = text.endsWith('%');
  const n = Number((percent ? text.slice(0, -1) : text).replace(/,/g, ''));
  if (text === '' || !Number.isFinite(n)) throw new UnsupportedFormula('#VALUE!');
  return percent ? n / 100 : n;
}

function toText(v: Scalar): string {
  if (v === EMPTY) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return typeof v === 'number' ? formatGeneral(v) : v;
}

function toBoolean(v: Scalar): boolean {
  if (typeof v === 'boolean') return v;
  if (v === EMPTY) return false;
  if (typeof v === 'number') return v !== 0;
  const upper = v.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  throw new UnsupportedFormula('#VALUE!');
}
