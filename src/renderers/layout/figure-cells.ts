import { dec, ratio, statedDecimals } from '../../core/number/decimal.js';
import { formatAmount, formatRate } from '../../core/number/format.js';
import type { GridCell } from './grid.js';

/**
 * Figure cells from the model's canonical strings, printed as the published
 * tables print them: amounts in 万元 with two decimals ("476.4" → "476.40";
 * one stated with three keeps them: "89.974"),
 * rates with two ("94%" → "94.00%"), points and counts as stated ("9.45",
 * "90"). An empty figure is an empty cell.
 */
type Span = Partial<Pick<GridCell, 'colSpan' | 'rowSpan'>>;
type Live = Partial<Pick<GridCell, 'id' | 'formula'>>;

export function amountCell(col: number, value: string | null, live: Live = {}, span: Span = {}): GridCell {
  const cell: GridCell = { col, text: '', style: 'figure', ...span, ...live };
  if (value !== null) {
    const d = dec(value);
    // Two decimals as published; more when the figure was stated with more, so nothing stated is lost.
    const dp = Math.max(2, statedDecimals(value));
    cell.text = formatAmount(d, dp);
    cell.number = dp === 2 ? { value: d.toNumber(), format: 'amount' } : { value: d.toNumber(), format: 'amount', decimals: dp };
  }
  return cell;
}

export function rateCell(col: number, value: string | null, live: Live = {}, span: Span = {}): GridCell {
  const cell: GridCell = { col, text: '', style: 'figure', ...span, ...live };
  if (value !== null) {
    const r = ratio(value);
    cell.text = formatRate(r);
    cell.number = { value: r.toNumber(), format: 'rate' };
  }
  return cell;
}

export function pointsCell(col: number, value: string | null, live: Live = {}, span: Span = {}): GridCell {
  const cell: GridCell = { col, text: value ?? '', style: 'figure', ...span, ...live };
  if (value !== null) cell.number = { value: dec(value).toNumber(), format: 'points' };
  return cell;
}

/** 执行率得分, printed with two decimals as the forms print it ("10.00", "9.45"). */
export function executionScoreCell(col: number, value: string | null, live: Live = {}, span: Span = {}): GridCell {
  const cell: GridCell = { col, text: '', style: 'figure', ...span, ...live };
  if (value !== null) {
    const d = dec(value);
    cell.text = d.toFixed(2);
    cell.number = { value: d.toNumber(), format: 'amount' };
  }
  return cell;
}

/** Keeps the formula only when formulas are wanted (a mended report); as-is reports show stated values alone. */
export function live(on: boolean, id: string | undefined, formula?: string): Live {
  const out: Live = {};
  if (id !== undefined) out.id = id;
  if (on && formula !== undefined) out.formula = formula;
  return out;
}
