import type { FundsRow, Indicator } from '../../model/report.js';

/** Column headers of a funds row, as the forms print them. */
export const FUNDS_COLUMNS: Record<keyof FundsRow, string> = {
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  spent: '全年执行数',
  weight: '分值',
  executionRate: '执行率',
  score: '得分',
};

export const AMOUNT_COLUMNS = ['initialBudget', 'adjustedBudget', 'spent'] as const;

/** The label a reviewer finds an indicator row by: its 三级指标, else its 二级. */
export function indicatorLabel(ind: Indicator): string {
  return ind.name || ind.level2 || ind.level1 || '（未命名指标）';
}

/** An indicator row with nothing in it but level names: a template placeholder, not an indicator. */
export function isPlaceholder(ind: Indicator): boolean {
  return ind.name === '' && ind.target === '' && ind.actual === '' && ind.weight === null && ind.score === null;
}

/**
 * Whether a cell says anything: s.trim() !== '', without trimming a copy for
 * the common cell that starts with a character that is never white space
 * (printable ASCII other than the space, or a CJK ideograph).
 */
export function hasText(s: string): boolean {
  const c = s.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  return s.trim() !== '';
}
