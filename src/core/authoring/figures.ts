import { dec, decOrNull, sum, type Dec } from '../number/decimal.js';
import { formatAmount } from '../number/format.js';

/**
 * Small helpers shared by the derivations: a total of stated parts, printed
 * the way every published table prints amounts (two decimals, half-up).
 */

/** The stated parts of a total; null where a part was left empty. */
export function statedParts(parts: readonly (string | null)[]): Dec[] {
  return parts.filter((p): p is string => p !== null).map(dec);
}

/**
 * A total from its parts, the way the audit checks it: derived when at least
 * `min` parts are stated, or from any stated part when the total itself is
 * missing; otherwise the stated total is kept.
 * ("498.01", "5636.08", "206.04") → "6340.13"; (null, "70", null) with total "70" → "70".
 */
export function totalOf(stated: string | null, parts: readonly (string | null)[], min = 2): string | null {
  const values = statedParts(parts);
  if (values.length >= min || (stated === null && values.length > 0)) return formatAmount(sum(values));
  return stated;
}

/** a − b printed as an amount, or `fallback` when either is missing: ("6340.13", "5931.08") → "409.05". */
export function differenceOf(a: string | null, b: string | null, fallback: string | null): string | null {
  const x = decOrNull(a);
  const y = decOrNull(b);
  return x === null || y === null ? fallback : formatAmount(x.minus(y));
}
