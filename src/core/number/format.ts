import { roundHalfUp, statedDecimals, type Dec } from './decimal.js';

/**
 * Display forms: the one place where exact values become text. Amounts and
 * percentages are shown with two decimals, rounded half-up, as every published
 * table shows them.
 */

/** "6971.1" → "6971.10". */
export function formatAmount(value: Dec, dp = 2): string {
  return roundHalfUp(value, dp).toFixed(dp);
}

/** A ratio as a percentage: 0.944576 → "94.46%". */
export function formatRate(ratioValue: Dec, dp = 2): string {
  return `${roundHalfUp(ratioValue.times(100), dp).toFixed(dp)}%`;
}

/** Points or counts with at most `dp` decimals and no trailing zeros: 100 → "100", 4.7375 → "4.74". */
export function formatPoints(value: Dec, dp = 2): string {
  return roundHalfUp(value, dp).toFixed();
}

/**
 * A computed figure shown the way the stated figure it is compared with was
 * written: stated "9.40" → "9.45"; stated "90" → "100"; stated "18" against
 * 4.7375 → "4.74" (never fewer decimals than needed to show a difference of
 * 0.01).
 */
export function formatLike(value: Dec, stated: string): string {
  const dp = statedDecimals(stated);
  const isRate = stated.endsWith('%');
  if (isRate) return formatRate(value, Math.max(dp, 2));
  if (dp >= 2) return roundHalfUp(value, dp).toFixed(dp);
  return formatPoints(value, 2);
}
