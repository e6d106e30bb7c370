import { POW10, roundedScaled, roundHalfUp, safeAdd, safeMultiply, scaledQuotient, statedDecimals, type Dec } from './decimal.js';

/**
 * Display forms: the one place where exact values become text. Amounts and
 * percentages are shown with two decimals, rounded half-up, as every published
 * table shows them.
 */

/**
 * "6971.1" → "6971.10". Printed from the rounded scaled integer when the
 * figures allow (property-tested against decimal.js's toFixed), without a
 * rounded copy and decimal.js's printing.
 */
export function formatAmount(value: Dec, dp = 2): string {
  const n = roundedScaled(value, dp);
  return Number.isNaN(n) ? roundHalfUp(value, dp).toFixed(dp) : fixedText(n, dp);
}

/** A ratio as a percentage: 0.944576 → "94.46%". */
export function formatRate(ratioValue: Dec, dp = 2): string {
  const n = roundedScaled(ratioValue, dp, 2);
  return Number.isNaN(n) ? `${roundHalfUp(ratioValue.times(100), dp).toFixed(dp)}%` : `${fixedText(n, dp)}%`;
}

/** The decimal n × 10^−dp (n a safe integer, never −0) as toFixed(dp) prints it: (697110, 2) → "6971.10", (-5, 2) → "-0.05". */
function fixedText(n: number, dp: number): string {
  if (dp === 0) return `${n}`;
  const m = Math.abs(n);
  const p = POW10[dp] as number;
  const fraction = m % p;
  return `${n < 0 ? '-' : ''}${(m - fraction) / p}.${`${fraction}`.padStart(dp, '0')}`;
}

/**
 * num ÷ den as a percentage with two decimals, den not 0: what
 * `formatRate(num.div(den))` prints ("6971.10 ÷ 7380.15" → "94.46%"). Worked
 * on scaled integers when the figures allow, without decimal.js's 28-digit
 * long division (a good part of a finding's cost), else by that division.
 */
export function formatQuotientRate(num: Dec, den: Dec): string {
  return quotientPercent(num, den) ?? formatRate(num.div(den));
}

/** Rates whose hundredths of a percent are below this are printed from scaled integers. */
const SCALED_PERCENT_LIMIT = 1e8;

/**
 * num ÷ den × 100 rounded half-up to two decimals, as a percentage ("94.46%"), from
 * scaled integers: n ÷ d × 10000 rounded to a whole number of hundredths.
 * Null when a figure is out of the exact range, or the rate is 1e6 % or more:
 * up to there, the exact quotient and decimal.js's rounded to 28 digits lie on
 * the same side of every rounding boundary (a quotient of figures stated with
 * a few decimals is either on a boundary, exactly, or at least 1 ÷ (1000 × d)
 * from it), so both print the same.
 */
function quotientPercent(num: Dec, den: Dec): string | null {
  const { n, d } = scaledQuotient(num, den);
  const hundredths = roundedQuotient(n, d, 4);
  if (Number.isNaN(hundredths)) return null;
  const fraction = hundredths % 100;
  const text = `${(hundredths - fraction) / 100}.${fraction < 10 ? '0' : ''}${fraction}%`;
  // decimal.js prints a rate that rounds to zero without a sign.
  return n < 0 && hundredths !== 0 ? `-${text}` : text;
}

/**
 * |n| ÷ d × 10^k rounded half-up to a whole number (d > 0), NaN when a figure
 * is out of the exact range or the result is SCALED_PERCENT_LIMIT or more (see
 * quotientPercent for why the exact quotient then rounds as decimal.js's does).
 */
function roundedQuotient(n: number, d: number, k: number): number {
  // round(p ÷ d) half away from zero = floor((2p + d) ÷ (2 × d)).
  const twice = safeAdd(safeMultiply(Math.abs(n), 2 * (POW10[k] as number)), d);
  const q = floorDivide(twice, safeMultiply(d, 2));
  return q >= SCALED_PERCENT_LIMIT ? NaN : q;
}

/**
 * num ÷ den (den not 0) shown the way a stated figure is written: what
 * `formatLike(num.div(den), stated)` prints, from scaled integers without
 * decimal.js's long division when the figures allow.
 */
export function formatQuotientLike(num: Dec, den: Dec, stated: string): string {
  const dp = statedDecimals(stated);
  const isRate = stated.endsWith('%');
  const shown = isRate ? Math.max(dp, 2) : dp >= 2 ? dp : 2;
  const { n, d } = scaledQuotient(num, den);
  const q = roundedQuotient(n, d, shown + (isRate ? 2 : 0));
  if (Number.isNaN(q)) return formatLike(num.div(den), stated);
  // A quotient that rounds to zero is printed without a sign (+ 0 turns −0 into 0).
  const value = n < 0 ? -q + 0 : q;
  if (isRate) return `${fixedText(value, shown)}%`;
  return dp >= 2 ? fixedText(value, shown) : pointsText(value, shown);
}

/** floor(a ÷ b) of safe integers a ≥ 0, b > 0, exactly; NaN when either is NaN or b is 0. */
export function floorDivide(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || b === 0) return NaN;
  // The double quotient can be off by one next to a whole number; a + b is safe, so q × b is exact.
  let q = Math.floor(a / b);
  if (!Number.isSafeInteger(a + b)) return NaN;
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

/** Points or counts with at most `dp` decimals and no trailing zeros: 100 → "100", 4.7375 → "4.74". */
export function formatPoints(value: Dec, dp = 2): string {
  const n = roundedScaled(value, dp);
  return Number.isNaN(n) ? roundHalfUp(value, dp).toFixed() : pointsText(n, dp);
}

/** The decimal n × 10^−dp (n a safe integer, never −0) as toFixed() prints it, without trailing zeros: (470, 2) → "4.7". */
function pointsText(n: number, dp: number): string {
  let places = dp;
  while (places > 0 && n % 10 === 0) {
    n /= 10;
    places--;
  }
  return fixedText(n, places);
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
  if (dp >= 2) return formatAmount(value, dp);
  return formatPoints(value, 2);
}
