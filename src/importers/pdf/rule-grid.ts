import type { Box, Rule } from './geometry.js';
import { maxOf, minOf } from '../../core/util/arrays.js';

/**
 * Table grids from ruling lines. Every distinct x of a vertical rule and y
 * of a horizontal rule of one connected set of rules is a grid line; a grid
 * cell whose border is missing (not drawn over at least half its length)
 * is merged with its neighbour, which is how merged cells look on paper.
 *
 * Example: a frame 0–300 × 0–40 with a horizontal rule at y 20 and vertical
 * rules at x 100 and 200 drawn only between y 20 and 40 gives xs [0, 100,
 * 200, 300], ys [0, 20, 40], and one region spanning the whole first row.
 */
export interface RuleGrid {
  /** Column boundaries, left to right (one more than there are columns). */
  xs: number[];
  /** Row boundaries, top to bottom. */
  ys: number[];
  /** Region (merged cell) id of every grid cell, rows × columns; ids count from 0 in reading order. */
  regions: number[][];
  box: Box;
}

/** Rules closer than this (points) across their direction are the same grid line. */
const SAME_LINE = 2;
/** Collinear pieces with a gap up to this (points) are one rule (borders drawn cell by cell leave such gaps). */
const JOIN_GAP = 2.5;
/** A horizontal and a vertical rule within this distance (points) touch. */
const TOUCH = 2.5;
/** Grid lines closer than this (points) are one (double borders, thick borders drawn as two edges). */
const MIN_TRACK = 3;
/** A border drawn over less than this share of a cell side counts as absent. */
const MIN_COVERAGE = 0.5;

interface Segment {
  pos: number;
  from: number;
  to: number;
}

export function findRuleGrids(rules: readonly Rule[]): RuleGrid[] {
  const h = mergeSegments(rules.filter((r) => r.y1 === r.y2).map((r) => ({ pos: r.y1, from: r.x1, to: r.x2 })));
  const v = mergeSegments(rules.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2).map((r) => ({ pos: r.x1, from: r.y1, to: r.y2 })));
  const grids: RuleGrid[] = [];
  for (const component of connectedSets(h, v)) {
    const grid = gridOf(component.h, component.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
}

/** Collinear overlapping or nearly touching pieces become one segment. */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.pos - b.pos);
  const out: Segment[] = [];
  let i = 0;
  while (i < sorted.length) {
    // A chain of positions each within SAME_LINE of the previous one is one line.
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.pos - sorted[j - 1]!.pos <= SAME_LINE) j++;
    const group = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const pos = group.reduce((s, g) => s + g.pos, 0) / group.length;
    let current: Segment | undefined;
    for (const g of group) {
      if (current && g.from <= current.to + JOIN_GAP) {
        current.to = Math.max(current.to, g.to);
      } else {
        current = { pos, from: g.from, to: g.to };
        out.push(current);
      }
    }
    i = j;
  }
  return out;
}

interface Component {
  h: Segment[];
  v: Segment[];
}

/** Sets of horizontal and vertical segments connected by crossings or touches. */
function connectedSets(h: Segment[], v: Segment[]): Component[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      if (b.pos >= a.from - TOUCH && b.pos <= a.to + TOUCH && a.pos >= b.from - TOUCH && a.pos <= b.to + TOUCH) {
        parent[find(i)] = find(h.length + j);
      }
    });
  });
  const sets = new Map<number, Component>();
  const get = (i: number): Component => {
    const root = find(i);
    let c = sets.get(root);
    if (!c) {
      c = { h: [], v: [] };
      sets.set(root, c);
    }
    return c;
  };
  h.forEach((s, i) => get(i).h.push(s));
  v.forEach((s, j) => get(h.length + j).v.push(s));
  return [...sets.values()];
}

function gridOf(h: Segment[], v: Segment[]): RuleGrid | undefined {
  if (h.length === 0 || v.length === 0) return undefined;
  const left = Math.min(minOf(h.map((s) => s.from)), minOf(v.map((s) => s.pos)));
  const right = Math.max(maxOf(h.map((s) => s.to)), maxOf(v.map((s) => s.pos)));
  const top = Math.min(minOf(v.map((s) => s.from)), minOf(h.map((s) => s.pos)));
  const bottom = Math.max(maxOf(v.map((s) => s.to)), maxOf(h.map((s) => s.pos)));
  // Open sides (a table without outer verticals, say) still bound the grid.
  const xs = tracks([left, ...v.map((s) => s.pos), right]);
  const ys = tracks([top, ...h.map((s) => s.pos), bottom]);
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows * cols < 2) return undefined;

  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(v, xs[c + 1]!, ys[r]!, ys[r + 1]!) < MIN_COVERAGE) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && coverage(h, ys[r + 1]!, xs[c]!, xs[c + 1]!) < MIN_COVERAGE) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const ids = new Map<number, number>();
  const regions: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      let id = ids.get(root);
      if (id === undefined) {
        id = ids.size;
        ids.set(root, id);
      }
      row.push(id);
    }
    regions.push(row);
  }
  if (ids.size < 2) return undefined;
  return { xs, ys, regions, box: { left: xs[0]!, top: ys[0]!, right: xs[cols]!, bottom: ys[rows]! } };
}

/** Sorted distinct positions, positions closer than MIN_TRACK merged into their mean. */
export function tracks(positions: readonly number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const p of sorted) {
    if (group.length > 0 && p - group[0]! >= MIN_TRACK) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(p);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  // Keep the outermost edges exact: they bound the table's text.
  if (out.length > 0) {
    out[0] = sorted[0]!;
    out[out.length - 1] = sorted[sorted.length - 1]!;
  }
  return out;
}

/** Share of [from, to] covered by segments lying on `pos`. */
function coverage(segments: readonly Segment[], pos: number, from: number, to: number): number {
  const length = to - from;
  if (length <= 0) return 1;
  const pieces = segments
    .filter((s) => Math.abs(s.pos - pos) <= MIN_TRACK)
    .map((s) => [Math.max(s.from, from), Math.min(s.to, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of pieces) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered / length;
}
