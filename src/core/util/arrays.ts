/**
 * Largest, smallest and append for arrays of any length. `Math.max(...xs)`
 * and `out.push(...xs)` pass every element as an argument on the stack, and
 * V8 throws "Maximum call stack size exceeded" somewhere past 100 000 of
 * them: a table of a few hundred thousand rows, a sheet formula over a long
 * range or a folder of that many files would end in an internal error.
 */

/** The largest of `values` (-Infinity for none, as Math.max()). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) {
    // +0 is larger than -0 for Math.max, though not for >.
    if (v > max || Number.isNaN(v) || (v === 0 && max === 0 && Object.is(max, -0))) max = v;
    if (Number.isNaN(max)) return NaN;
  }
  return max;
}

/** The smallest of `values` (Infinity for none, as Math.min()). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) {
    if (v < min || Number.isNaN(v) || (v === 0 && min === 0 && Object.is(v, -0))) min = v;
    if (Number.isNaN(min)) return NaN;
  }
  return min;
}

/** Appends every item of `items` to `target`, one at a time. */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
