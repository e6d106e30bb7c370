import { commonScale, compare, Dec, decimalPlaces, ONE, rescale, roundHalfUp, safeAdd, safeMultiply, scaledInteger, statedDecimals, sum, ZERO, type Dec as DecT } from './decimal.js';

/**
 * Every rounding tolerance (尾差) jixiao allows, named, with why.
 * DOMAIN.md §2: a figure stated in a table is consistent if it equals the
 * exact value rounded the same way; a sum of rounded parts may differ from its
 * rounded total by up to 0.01 per part.
 */

/** 尾差 allowed per part when rounded parts are added up (DOMAIN.md §2). */
export const SUM_TOLERANCE_PER_PART = new Dec('0.01');

/** SUM_TOLERANCE_PER_PART as a scaled integer: its decimals, and its value at that scale (0.01 → 2, 1). */
const PER_PART_SCALE = decimalPlaces(SUM_TOLERANCE_PER_PART);
const PER_PART_UNITS = scaledInteger(SUM_TOLERANCE_PER_PART, PER_PART_SCALE);

/**
 * 尾差 per part for figures stated more finely than 0.01 万元: narrative
 * amounts written in 元 are kept in 万元 with the places they were written to
 * ("7,380,150.00 元" → 738.015000), so one unit of the last place of the
 * coarsest non-zero figure is the rounding each may carry; never more than
 * SUM_TOLERANCE_PER_PART, so figures in 万元 keep DOMAIN.md's 0.01.
 * [738.015000, 697.110000] → 0.000001 (a cent in 元); [7380.15, 6971.10] → 0.01.
 */
export function statedTolerancePerPart(figures: readonly (string | null)[]): DecT {
  let places = Infinity;
  for (const f of figures) if (f !== null && !/^[-0.]*$/.test(f)) places = Math.min(places, statedDecimals(f));
  return places === Infinity || places <= PER_PART_SCALE ? SUM_TOLERANCE_PER_PART : new Dec(`1e-${places}`);
}

/**
 * Whether two figures agree within `rounding`, the amount a figure may stand
 * for beyond its exact value (a figure of the text written in 亿元: half a unit
 * of its last place), and SUM_TOLERANCE_PER_PART for each of `parts` table
 * figures on the other side; false when there is no such rounding (null).
 */
export function withinRounding(a: DecT, b: DecT, rounding: DecT | null, parts = 0): boolean {
  if (rounding === null) return false;
  return a.minus(b).abs().lte(parts === 0 ? rounding : rounding.plus(SUM_TOLERANCE_PER_PART.times(parts)));
}

/** Half a unit of the last place of figures stated with two decimals: how far a shown 万元 amount may be from its exact value. */
export const HALF_CENT = new Dec('0.005');

/** Half a unit in the last place a figure was stated with ("94.00%" → 0.005 percentage points → 0.00005 as a ratio). */
export function halfUnit(stated: string): DecT {
  const dp = statedPlaces(stated);
  let h = HALF_UNITS[dp];
  if (h === undefined) {
    h = new Dec(`5e-${dp + 1}`);
    HALF_UNITS[dp] = h;
  }
  return h;
}

const HALF_UNITS: DecT[] = [];

/**
 * How far a figure written in the narrative may be from the exact one: half a
 * unit of its last written place, none for a written zero (nothing was spent,
 * whatever its places). A figure combined from several written ones may be off
 * by the sum of theirs (NARR-YOY-CHANGE, NARR-PARTS-SUM).
 * "15.6" → 0.05; "13.43" → 0.005; "83" → 0.5; "0" → 0.
 */
export function writtenRounding(numberText: string): DecT {
  return /^[0.]*$/.test(numberText) ? ZERO : halfUnit(numberText);
}

/** SUM_TOLERANCE_PER_PART × n and its negation, by n. */
const PART_TOLERANCES: [DecT, DecT][] = [];

/**
 * Does a stated total agree with the sum of its stated parts?
 * Allowed: `perPart` (SUM_TOLERANCE_PER_PART unless given) for every part (at least one).
 * 498.01 + 5636.08 + 206.04 against 6340.13 → true; against 6340.23 → false.
 */
export function sumMatches(total: DecT, partsSum: DecT, partCount: number, perPart: DecT = SUM_TOLERANCE_PER_PART): boolean {
  // Another 尾差 (statedTolerancePerPart, a 亿元 rounding) by decimal arithmetic; the usual one by the scaled-integer path.
  if (perPart !== SUM_TOLERANCE_PER_PART) return total.minus(partsSum).abs().lte(perPart.times(Math.max(partCount, 1)));
  return sumOfPartsMatches(total, [partsSum], partCount);
}

/**
 * sumMatches(total, sum(parts), partCount), without making the sum as a
 * decimal when the figures allow: the parts are added as scaled integers.
 * Empty parts (null) add nothing.
 */
export function sumOfPartsMatches(total: DecT, parts: readonly (DecT | null)[], partCount: number): boolean {
  const n = Math.max(partCount, 1);
  const scale = Math.max(PER_PART_SCALE, decimalPlaces(total), commonScale(parts));
  let diff = scaledInteger(total, scale);
  for (const p of parts) if (p !== null) diff = safeAdd(diff, -scaledInteger(p, scale));
  const allowed = rescale(safeMultiply(PER_PART_UNITS, n), PER_PART_SCALE, scale);
  if (Number.isNaN(diff) || Number.isNaN(allowed)) return sumMatchesByDecimal(total, sum(parts), n);
  return Math.abs(diff) <= allowed;
}

function sumMatchesByDecimal(total: DecT, partsSum: DecT, n: number): boolean {
  let allowed = PART_TOLERANCES[n];
  if (allowed === undefined) {
    const t = SUM_TOLERANCE_PER_PART.times(n);
    allowed = [t, t.neg()];
    PART_TOLERANCES[n] = allowed;
  }
  // −allowed ≤ total − parts ≤ allowed, without making the absolute value.
  const diff = total.minus(partsSum);
  return compare(diff, allowed[0]) <= 0 && compare(diff, allowed[1]) >= 0;
}

/**
 * Does a stated figure equal an exact value rounded the way it was stated?
 * stated "9.40" against 9.4457 → false; "9.45" → true; "94%" against 94.46% → true
 * (a whole-number statement of a rate is a legitimate rounding).
 */
export function statedMatches(stated: string, statedValue: DecT, exact: DecT): boolean {
  return compare(roundHalfUp(exact, statedPlaces(stated)), statedValue) === 0;
}

/** The decimals of a stated figure's value: those written, two more for a percentage ("94.46%" → 4). */
export function statedPlaces(stated: string): number {
  return statedDecimals(stated) + (stated.endsWith('%') ? 2 : 0);
}

/**
 * Does a stated ratio s (e.g. an execution rate) agree with num ÷ den, the
 * inputs themselves being stated figures rounded to `inputHalfUnit`?
 * Accepts s when it lies within the rounding of the stated precision plus what
 * the rounding of the inputs can move the quotient:
 *   |s − num/den| ≤ h_s + h_in·(1 + s)/den, checked multiplied out by den so
 * no division is needed on the hot path.
 * 94.00% against 6971.10 ÷ 7380.15 → false; 94.46% → true.
 */
export function ratioMatches(stated: string, statedRatio: DecT, num: DecT, den: DecT, inputHalfUnit: DecT = HALF_CENT): boolean {
  if (den.isZero()) return false;
  return ratioMatchesScaled(statedRatio, num, den, statedPlaces(stated) + 1, inputHalfUnit) ?? ratioMatchesByDecimal(stated, statedRatio, num, den, inputHalfUnit);
}

/** HALF_CENT's decimals and its value at them, the input half unit nearly every check uses. */
const HALF_CENT_SCALE = decimalPlaces(HALF_CENT);
const HALF_CENT_UNITS = scaledInteger(HALF_CENT, HALF_CENT_SCALE);

/**
 * ratioMatches on scaled integers: each product is exact at the sum of its
 * factors' scales, and every term is brought to the finest of them. Null when
 * a figure is out of the exact range.
 */
function ratioMatchesScaled(s: DecT, num: DecT, den: DecT, hs: number, inputHalf: DecT): boolean | null {
  const a = decimalPlaces(s);
  const b = decimalPlaces(den);
  const c = decimalPlaces(num);
  // The stated half unit is 5 at hs decimals (see halfUnit).
  const isHalfCent = inputHalf === HALF_CENT;
  const hi = isHalfCent ? HALF_CENT_SCALE : decimalPlaces(inputHalf);
  const inputUnits = isHalfCent ? HALF_CENT_UNITS : scaledInteger(inputHalf, hi);
  const S = scaledInteger(s, a);
  const D = scaledInteger(den, b);
  const scale = Math.max(a + b, c, hs + b, hi + a);
  // |s·den − num| ≤ h_s·|den| + h_in·(1 + |s|)
  const lhs = Math.abs(safeAdd(rescale(safeMultiply(S, D), a + b, scale), -rescale(scaledInteger(num, c), c, scale)));
  const statedTerm = rescale(safeMultiply(5, Math.abs(D)), hs + b, scale);
  const inputTerm = rescale(safeMultiply(inputUnits, safeAdd(rescale(1, 0, a), Math.abs(S))), hi + a, scale);
  const rhs = safeAdd(statedTerm, inputTerm);
  if (Number.isNaN(lhs) || Number.isNaN(rhs)) return null;
  return lhs <= rhs;
}

function ratioMatchesByDecimal(stated: string, statedRatio: DecT, num: DecT, den: DecT, inputHalfUnit: DecT): boolean {
  const lhs = abs(statedRatio.times(den).minus(num));
  const rhs = halfUnit(stated).times(abs(den)).plus(inputHalfUnit.times(ONE.plus(abs(statedRatio))));
  return compare(lhs, rhs) <= 0;
}

/** |value|, the value itself when it is not negative. */
function abs(value: DecT): DecT {
  return value.isNegative() ? value.abs() : value;
}
