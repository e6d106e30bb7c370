/**
 * How alike two names are, for matching a project named in the narrative
 * ("强制隔离戒毒人员生活补贴") with its 项目支出绩效自评表 ("强制隔离戒毒生活补贴").
 * 1 for the same name after normalising, 0.9 when one contains the other,
 * otherwise the Dice coefficient of character bigrams.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  if (x.includes(y) || y.includes(x)) return 0.9;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  const pool = new Map<string, number>();
  for (const g of by) pool.set(g, (pool.get(g) ?? 0) + 1);
  for (const g of bx) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (bx.length + by.length);
}

/** Spaces, brackets of either width and a trailing 项目 do not make a name different. */
export function normalizeName(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    n = normalize(s);
    if (normalized.size > 20_000) normalized.clear();
    normalized.set(s, n);
  }
  return n;
}

const normalized = new Map<string, string>();

function normalize(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[“”"'‘’《》]/g, '')
    .replace(/项目$/, '');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  if (out.length === 0) out.push(s);
  return out;
}

/**
 * Pairs each name of `left` with the most similar name of `right` (each used
 * once), greedily by similarity; pairs below `threshold` are left out.
 */
export function matchNames(left: readonly string[], right: readonly string[], threshold = 0.5): Map<number, number> {
  const result = new Map<number, number>();
  const usedRight = new Set<number>();
  // Names equal once normalised pair first, without measuring anything.
  const exact = new Map<string, number>();
  right.forEach((b, j) => {
    const n = normalizeName(b);
    if (!exact.has(n)) exact.set(n, j);
  });
  left.forEach((a, i) => {
    const j = exact.get(normalizeName(a));
    if (j !== undefined && !usedRight.has(j)) {
      result.set(i, j);
      usedRight.add(j);
    }
  });
  const pairs: { i: number; j: number; s: number }[] = [];
  left.forEach((a, i) => {
    if (result.has(i)) return;
    right.forEach((b, j) => {
      if (usedRight.has(j)) return;
      const s = nameSimilarity(a, b);
      if (s >= threshold) pairs.push({ i, j, s });
    });
  });
  pairs.sort((p, q) => q.s - p.s);
  for (const p of pairs) {
    if (result.has(p.i) || usedRight.has(p.j)) continue;
    result.set(p.i, p.j);
    usedRight.add(p.j);
  }
  return result;
}
