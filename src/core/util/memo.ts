/**
 * Memoises a pure function of a string. Reports repeat the same labels and
 * figures ("年度资金总额", "=100%", "10") many times over, so reading each once
 * is much of the speed of a batch. Bounded: cleared when full. Results must
 * never be mutated by callers, since they are shared.
 */
export function memo<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= limit) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}
