import { Decimal } from 'decimal.js';

/**
 * Exact decimal arithmetic for money, rates and points. Every figure of the
 * model is a decimal string (see model/report.ts); `dec` turns it into a
 * Decimal once and remembers it, since the same strings ("0", "10", "100%")
 * recur hundreds of times in a report.
 */
export const Dec = Decimal.clone({ precision: 28, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

const cache = new Map<string, Dec>();
const CACHE_LIMIT = 50_000;

/** The exact value of a decimal string ("6971.10" → 6971.1). */
export function dec(text: string): Dec {
  let d = cache.get(text);
  if (d === undefined) {
    d = new Dec(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, d);
  }
  return d;
}

const ratioCache = new Map<string, Dec>();

/** The exact ratio of a rate string ("94.46%" → 0.9446), divided once per string like `dec`. */
export function ratio(rate: string): Dec {
  let r = ratioCache.get(rate);
  if (r === undefined) {
    r = dec(rate.endsWith('%') ? rate.slice(0, -1) : rate).div(HUNDRED);
    if (ratioCache.size >= CACHE_LIMIT) ratioCache.clear();
    ratioCache.set(rate, r);
  }
  return r;
}

/** How many decimals a figure was stated with ("94.00%" → 2, "70" → 0). */
export function statedDecimals(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0) return 0;
  const end = text.endsWith('%') ? text.length - 1 : text.length;
  return end - dot - 1;
}

/**
 * How many decimals a decimal has, trailing zeros not counted: what decimal.js's
 * decimalPlaces() gives (NaN for NaN and ±Infinity). Read from its documented
 * digits (see scaledInteger) with integer remainders: decimal.js counts the
 * trailing zeros of the last word by dividing it by ten in a loop, on doubles,
 * and the arithmetic of the audit asks this of every figure it touches.
 */
export function decimalPlaces(x: Dec): number {
  const d = x.d as number[] | null;
  if (!d) return NaN;
  const last = d.length - 1;
  // | 0: the words are integers below 1e7, so the remainders below are on int32.
  const n = (last - Math.floor(x.e / 7)) * 7 - trailingZeros((d[last] as number) | 0);
  return n < 0 ? 0 : n;
}

/** The trailing decimal zeros of a word below 1e7 (none for 0, as decimal.js counts). */
function trailingZeros(w: number): number {
  if (w === 0 || w % 10 !== 0) return 0;
  if (w % 100 !== 0) return 1;
  if (w % 1000 !== 0) return 2;
  if (w % 10000 !== 0) return 3;
  if (w % 100000 !== 0) return 4;
  if (w % 1000000 !== 0) return 5;
  return 6;
}

/** Rounds half-up (四舍五入) to `dp` decimals. Only for display and for comparing with a stated figure. */
export function roundHalfUp(value: Dec, dp: number): Dec {
  // Most figures already have no more decimals than asked for; decimal.js would copy them all the same.
  if (value.isFinite() && decimalPlaces(value) <= dp) return value;
  return value.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** The sum of decimals, nulls counting as nothing. */
export function sum(values: readonly (Dec | null)[]): Dec {
  const total = new RunningSum();
  for (const v of values) if (v !== null) total.add(v);
  return total.value();
}

/**
 * A sum of decimals added one at a time, exactly what decimal.js adds up:
 * the total is kept as a scaled integer, brought to a finer scale when a value
 * has more decimals, and by decimal.js from the first value out of the exact
 * range on (every partial sum before it is exact in both ways, so the result
 * is the same).
 */
export class RunningSum {
  /** How many values were added. */
  count = 0;
  private units = 0;
  private scale = 0;
  /** The sum by decimal.js, once the scaled integers are out of range. */
  private byDecimal: Dec | null = null;

  add(value: Dec): void {
    this.count++;
    if (this.byDecimal !== null) {
      this.byDecimal = this.byDecimal.plus(value);
      return;
    }
    const scale = Math.max(this.scale, decimalPlaces(value));
    const units = safeAdd(rescale(this.units, this.scale, scale), scaledInteger(value, scale));
    if (Number.isNaN(units)) {
      this.byDecimal = fromScaledInteger(this.units, this.scale).plus(value);
      return;
    }
    this.units = units;
    this.scale = scale;
  }

  value(): Dec {
    return this.byDecimal ?? fromScaledInteger(this.units, this.scale);
  }
}

/**
 * Exact arithmetic on scaled integers: a decimal x is worked with as the
 * integer x × 10^scale, in a double, as long as that is a safe integer
 * (|n| ≤ 2^53 − 1), where doubles add, subtract and multiply integers exactly.
 * A result outside that range is NaN, and NaN stays NaN through every step,
 * so a caller checks once at the end and falls back to decimal.js. Stated
 * figures have a few decimals and a dozen digits at most, so sums and
 * comparisons of them need no decimal.js object per step.
 */

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** x × 10^scale (scale ≤ 22) as a safe integer; NaN when that is not an integer, not safe, or x is not finite. */
export function scaledInteger(x: Dec, scale: number): number {
  // decimal.js's documented digits: d holds base-1e7 words, word i worth 1e7^(floor(e/7) − i).
  const d = x.d as number[] | null;
  if (!d) return NaN;
  const last = d.length - 1;
  let digits = d[0] as number;
  for (let i = 1; i <= last; i++) digits = digits * 1e7 + (d[i] as number);
  // Checked before dividing: a rounded double could pass the divisibility test.
  if (!Number.isSafeInteger(digits)) return NaN;
  const shift = 7 * (Math.floor(x.e / 7) - last) + scale;
  let n: number;
  if (shift >= 0) {
    const p = POW10[shift];
    n = p === undefined ? NaN : digits * p;
  } else {
    const p = POW10[-shift];
    n = p !== undefined && digits % p === 0 ? digits / p : NaN;
  }
  if (!Number.isSafeInteger(n)) return NaN;
  // + 0 turns −0 into 0.
  return x.s < 0 ? -n + 0 : n;
}

/**
 * value × 10^shift rounded half-up (away from zero on a tie, as roundHalfUp)
 * to dp decimals, as a scaled integer at scale dp: round(value × 10^(dp + shift)).
 * NaN when value × 10^(dp + shift) or value's own scaled integer is out of the
 * exact range. A rounded zero is 0, never −0. (2.675, 2) → 268; (0.94456, 2, 2) → 9446.
 */
export function roundedScaled(value: Dec, dp: number, shift = 0): number {
  const places = decimalPlaces(value);
  const scale = dp + shift;
  if (!(places > scale)) return scaledInteger(value, scale);
  const n = scaledInteger(value, places);
  if (Number.isNaN(n)) return NaN;
  const p = POW10[places - scale];
  // More than 22 places to drop from a safe integer (below 1e16): it rounds to 0.
  if (p === undefined) return 0;
  const m = Math.abs(n);
  // m − r is a multiple of p, so the quotient is exact; 2r < 2^54 is exact too.
  const r = m % p;
  const q = (m - r) / p + (2 * r >= p ? 1 : 0);
  return n < 0 ? -q + 0 : q;
}

/** The fewest decimals that state every value exactly (at least 0); NaN when one is not finite. */
export function commonScale(values: readonly (Dec | null)[]): number {
  let scale = 0;
  for (const v of values) if (v !== null) scale = Math.max(scale, decimalPlaces(v));
  return scale;
}

/** a + b, NaN when not a safe integer. */
export function safeAdd(a: number, b: number): number {
  const n = a + b;
  return Number.isSafeInteger(n) ? n : NaN;
}

/** a × b, NaN when not a safe integer. */
export function safeMultiply(a: number, b: number): number {
  const n = a * b;
  return Number.isSafeInteger(n) ? n : NaN;
}

/** n × 10^(to − from) for to ≥ from: a scaled integer brought to a finer scale; NaN when not safe. */
export function rescale(n: number, from: number, to: number): number {
  const p = POW10[to - from];
  return p === undefined ? NaN : safeMultiply(n, p);
}

/** A Decimal's documented sign, exponent and digits, to be written (the public type has them read-only). */
interface DigitsOf {
  s: number;
  e: number;
  d: number[];
}

/**
 * The decimal n × 10^−scale of a safe scaled integer. Its digits are written
 * straight into decimal.js's documented form (see scaledInteger): making it as
 * n × 10^−scale took a second Decimal and a multiplication with its rounding
 * pass, for the same digits (property-tested).
 */
export function fromScaledInteger(n: number, scale: number): Dec {
  // A zero of decimal.js's own making, so of its own shape; its value is set below.
  const x = new Dec(0);
  if (n === 0) return x;
  const digits = x as unknown as DigitsOf;
  digits.s = n < 0 ? -1 : 1;
  setDigits(digits, Math.abs(n), scale);
  return x;
}

/**
 * Sets x's digits to those of m × 10^−scale (m a positive safe integer):
 * d, its base-1e7 words, most significant first, no zero words at the end; e,
 * the exponent of its first digit. 697110 at scale 2 → [6971, 1000000], e 3.
 * Word i is worth 1e7^(floor(e / 7) − i), so the lowest word's place is a
 * multiple of 7 at or below −scale, and m's last digit stands `pad` places
 * above it. A safe integer (16 digits) with up to 6 places of padding fills
 * at most four words.
 */
function setDigits(x: DigitsOf, m: number, scale: number): void {
  const lowest = 7 * Math.floor(-scale / 7);
  const pad = -scale - lowest;
  const firstUnit = POW10[7 - pad] as number;
  // Every step is exact on safe integers.
  const w0 = m % firstUnit;
  let rest = (m - w0) / firstUnit;
  const w1 = rest % 1e7;
  rest = (rest - w1) / 1e7;
  const w2 = rest % 1e7;
  const w3 = (rest - w2) / 1e7;
  // Made at their final length: an array grown by push takes room for 17.
  const words = [w3, w2, w1, w0 * (POW10[pad] as number)];
  let first = 0;
  while (words[first] === 0) first++;
  let last = 3;
  while (words[last] === 0) last--;
  x.d = first === 0 && last === 3 ? words : words.slice(first, last + 1);
  x.e = lowest + 7 * (3 - first) + digitCount(words[first] as number) - 1;
}

/** How many decimal digits a positive integer below 1e7 has. */
function digitCount(w: number): number {
  let count = 1;
  while (count < 7 && w >= (POW10[count] as number)) count++;
  return count;
}

/**
 * num ÷ den (den not 0) as n ÷ d, two scaled integers at the figures' common
 * scale with d > 0; NaN in them when a figure is out of the exact range.
 */
export function scaledQuotient(num: Dec, den: Dec): { n: number; d: number } {
  const scale = Math.max(decimalPlaces(num), decimalPlaces(den));
  const n = scaledInteger(num, scale);
  const d = scaledInteger(den, scale);
  return d < 0 ? { n: -n, d: -d } : { n, d };
}

/** compare(a, b × c), on scaled integers when the figures allow, so without making the product. */
export function compareToProduct(a: Dec, b: Dec, c: Dec): number {
  const bScale = decimalPlaces(b);
  const cScale = decimalPlaces(c);
  const scale = Math.max(decimalPlaces(a), bScale + cScale);
  const lhs = scaledInteger(a, scale);
  const rhs = rescale(safeMultiply(scaledInteger(b, bScale), scaledInteger(c, cScale)), bScale + cScale, scale);
  if (Number.isNaN(lhs) || Number.isNaN(rhs)) return compare(a, b.times(c));
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

/**
 * compare(num ÷ den, value) for den not 0, on scaled integers without dividing
 * when the figures allow. This compares the exact quotient, where decimal.js
 * would compare it rounded to 28 digits; the two can only disagree when the
 * quotient and value differ beyond their 28th digit, which stated figures
 * (a dozen digits, a few decimals) never do. Property-tested against decimal.js.
 */
export function compareQuotient(num: Dec, den: Dec, value: Dec): number {
  const { n, d } = scaledQuotient(num, den);
  const valueScale = decimalPlaces(value);
  // num ÷ den against value ⇔ n × 10^valueScale against value × 10^valueScale × d, with d > 0.
  const lhs = rescale(n, 0, valueScale);
  const rhs = safeMultiply(scaledInteger(value, valueScale), d);
  if (Number.isNaN(lhs) || Number.isNaN(rhs)) return compare(num.div(den), value);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

/**
 * −1, 0 or 1 as a is below, equal to or above b: what decimal.js's `cmp` gives,
 * read from the documented digits (d), exponent (e) and sign (s) of both.
 * decimal.js's comparisons (cmp, eq, lt, lte, gt, gte) first copy their
 * argument into a new Decimal; the audit makes hundreds of comparisons a
 * report, and those copies were a good part of its arithmetic.
 * NaN and infinities are left to decimal.js.
 */
export function compare(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  const as = a.s;
  // NaN and ±Infinity have no digits.
  if (!(ad as number[] | null) || !(bd as number[] | null)) return a.cmp(b);
  // Either zero?
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  const flip = as < 0;
  if (a.e !== b.e) return a.e > b.e !== flip ? 1 : -1;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) {
    const x = ad[i] as number;
    const y = bd[i] as number;
    if (x !== y) return x > y !== flip ? 1 : -1;
  }
  return ad.length === bd.length ? 0 : ad.length > bd.length !== flip ? 1 : -1;
}

/** value < 0, read from its sign instead of by a comparison that copies a zero (−0 is not below zero). */
export function isBelowZero(value: Dec): boolean {
  return value.isNegative() && !value.isZero();
}

/** A stated figure's exact value, or null when it was left empty. */
export function decOrNull(text: string | null): Dec | null {
  return text === null ? null : dec(text);
}
