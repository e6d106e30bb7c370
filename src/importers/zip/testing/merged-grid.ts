import fc from 'fast-check';

/** A grid with merged rectangles, for property tests of the readers: text[r][c] is the text of cell (r, c) when not covered. */
export interface MergedGrid {
  rows: number;
  cols: number;
  merges: { top: number; left: number; height: number; width: number }[];
  text: string[][];
}

/** Random grids of 2–6 rows and 2–6 columns with non-overlapping merged rectangles, none spanning a whole row. */
export function mergedGrid(): fc.Arbitrary<MergedGrid> {
  return fc
    .record({
      rows: fc.integer({ min: 2, max: 6 }),
      cols: fc.integer({ min: 2, max: 6 }),
      seeds: fc.array(fc.record({ top: fc.nat(5), left: fc.nat(5), height: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 1, max: 3 }) }), { maxLength: 6 }),
      text: fc.array(fc.array(fc.stringMatching(/^[一二三四五六七八九十预算执行率a-z0-9.%]{1,5}$/), { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 }),
    })
    .map(({ rows, cols, seeds, text }) => {
      const taken = new Set<string>();
      const merges: MergedGrid['merges'] = [];
      for (const s of seeds) {
        const m = { top: s.top % rows, left: s.left % cols, height: s.height, width: s.width };
        m.height = Math.min(m.height, rows - m.top);
        m.width = Math.min(m.width, cols - m.left, cols - 1);
        if (m.height * m.width < 2) continue;
        const cells: string[] = [];
        for (let r = m.top; r < m.top + m.height; r++) for (let c = m.left; c < m.left + m.width; c++) cells.push(`${r},${c}`);
        if (cells.some((k) => taken.has(k))) continue;
        cells.forEach((k) => taken.add(k));
        merges.push(m);
      }
      return { rows, cols, merges, text };
    });
}

export function expectedGrid(rows: number, cols: number, merges: MergedGrid['merges'], text: string[][]): string[][] {
  const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => text[r]![c]!));
  for (const m of merges) {
    for (let r = m.top; r < m.top + m.height; r++) for (let c = m.left; c < m.left + m.width; c++) if (r !== m.top || c !== m.left) grid[r]![c] = '';
  }
  return grid;
}

