import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from './geometry.js';
import { fillGrid } from './grid-text.js';
import { findRuleGrids, mergeSegments, tracks } from './rule-grid.js';
import { run } from './test-support/builders.js';

const h = (y: number, x1: number, x2: number): Rule => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, y1, x2: x, y2 });

describe('findRuleGrids', () => {
  it('reads a 2 × 3 grid whose first row is one merged cell', () => {
    const rules = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), v(0, 0, 40), v(300, 0, 40), v(100, 20, 40), v(200, 20, 40)];
    const [grid, ...rest] = findRuleGrids(rules);
    expect(rest).toEqual([]);
    expect(grid!.xs).toEqual([0, 100, 200, 300]);
    expect(grid!.ys).toEqual([0, 20, 40]);
    expect(grid!.regions).toEqual([
      [0, 0, 0],
      [1, 2, 3],
    ]);
  });

  it('reads a cell merged down (rowspan) and joins borders drawn in pieces', () => {
    // Borders drawn cell by cell, with the small gaps and overlaps producers leave.
    const rules = [h(0, 0, 50.2), h(0, 50, 100), h(20, 50, 100), h(40, 0, 49.5), h(40, 50, 100), v(0, 0, 40), v(50, 0, 20.3), v(50, 20, 40), v(100, 0, 40)];
    const [grid] = findRuleGrids(rules);
    expect(grid!.regions).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it('keeps two tables apart and ignores lone lines and single frames', () => {
    const table = (top: number): Rule[] => [h(top, 0, 100), h(top + 20, 0, 100), h(top + 40, 0, 100), v(0, top, top + 40), v(100, top, top + 40), v(50, top, top + 40)];
    const underline = h(300, 10, 200);
    const frame = [h(400, 0, 100), h(450, 0, 100), v(0, 400, 450), v(100, 400, 450)];
    const grids = findRuleGrids([...table(0), ...table(100), underline, ...frame]);
    expect(grids.map((g) => g.box.top)).toEqual([0, 100]);
  });

  it('bounds a table with open sides by the ends of its rules', () => {
    const rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(100, 0, 40)];
    const [grid] = findRuleGrids(rules);
    expect(grid!.xs).toEqual([0, 100, 200]);
    expect(grid!.regions).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});

describe('mergeSegments and tracks', () => {
  it('joins collinear pieces that touch or nearly touch, and no others', () => {
    const merged = mergeSegments([{ pos: 10, from: 0, to: 50 }, { pos: 10.5, from: 51, to: 90 }, { pos: 10, from: 100, to: 120 }]);
    expect(merged.map((s) => [s.from, s.to])).toEqual([
      [0, 90],
      [100, 120],
    ]);
    // One line at the mean position of its pieces.
    for (const s of merged) expect(s.pos).toBeCloseTo(61 / 6);
  });

  it('merges positions closer than 3 points, keeping the outer edges exact', () => {
    expect(tracks([0, 0.4, 50, 51, 100])).toEqual([0, 50.5, 100]);
  });
});

/** A random table: column widths, row heights, and a partition of the grid into merged rectangles. */
const tableArb = fc
  .record({
    widths: fc.array(fc.integer({ min: 24, max: 120 }), { minLength: 1, maxLength: 6 }),
    heights: fc.array(fc.integer({ min: 14, max: 40 }), { minLength: 1, maxLength: 8 }),
    seed: fc.array(fc.nat(), { minLength: 48, maxLength: 48 }),
    jitter: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
  })
  .filter((t) => t.widths.length * t.heights.length >= 2);

interface Region {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Cuts the grid into rectangles, row by row: each free cell starts one, as wide and tall as the seed says and room allows. */
function partition(rows: number, cols: number, seed: readonly number[]): Region[] {
  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const regions: Region[] = [];
  let k = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c]! >= 0) continue;
      let w = 1;
      const wantW = 1 + (seed[k++ % seed.length]! % 3);
      while (w < wantW && c + w < cols && owner[r]![c + w]! < 0) w++;
      let hgt = 1;
      const wantH = 1 + (seed[k++ % seed.length]! % 3);
      while (hgt < wantH && r + hgt < rows && owner[r + hgt]!.slice(c, c + w).every((o) => o < 0)) hgt++;
      for (let i = 0; i < hgt; i++) for (let j = 0; j < w; j++) owner[r + i]![c + j] = regions.length;
      regions.push({ r0: r, c0: c, r1: r + hgt, c1: c + w });
    }
  }
  return regions;
}

describe('findRuleGrids and fillGrid on random merged tables', () => {
  it('recover every merged cell and put its text in its top-left grid cell', () => {
    fc.assert(
      fc.property(tableArb, ({ widths, heights, seed, jitter }) => {
        const xs = widths.reduce((acc, w) => [...acc, acc[acc.length - 1]! + w], [50]);
        const ys = heights.reduce((acc, hh) => [...acc, acc[acc.length - 1]! + hh], [100]);
        const regions = partition(heights.length, widths.length, seed);
        if (regions.length < 2) return;
        // Each merged cell draws its own four borders, as LibreOffice does.
        const rules = regions.flatMap((g) => {
          const [l, r, t, b] = [xs[g.c0]! + jitter, xs[g.c1]!, ys[g.r0]!, ys[g.r1]! - jitter];
          return [h(t, l, r), h(b, l, r), v(l, t, b), v(r, t, b)];
        });
        const grids = findRuleGrids(rules);
        expect(grids).toHaveLength(1);
        const grid = grids[0]!;
        // The grid has the boundaries some border is drawn along (a boundary every cell spans is no boundary).
        const usedX = [...new Set(regions.flatMap((g) => [g.c0, g.c1]))].sort((a, b) => a - b);
        const usedY = [...new Set(regions.flatMap((g) => [g.r0, g.r1]))].sort((a, b) => a - b);
        expect(grid.xs.map(Math.round)).toEqual(usedX.map((i) => xs[i]));
        expect(grid.ys.map(Math.round)).toEqual(usedY.map((i) => ys[i]));

        const labels = regions.map((_, i) => `格${i}`);
        const runs = regions.map((g, i) => run(labels[i]!, xs[g.c0]! + 3, ys[g.r0]! + 11, 8));
        const { rows } = fillGrid(grid, runs);
        const expected = usedY.slice(0, -1).map((rowIndex) =>
          usedX.slice(0, -1).map((colIndex) => {
            const i = regions.findIndex((g) => g.r0 <= rowIndex && rowIndex < g.r1 && g.c0 <= colIndex && colIndex < g.c1);
            const g = regions[i]!;
            return g.r0 === rowIndex && g.c0 === colIndex ? labels[i] : '';
          }),
        );
        expect(rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
