import type { PageTable, TextEnd } from './grid-text.js';
import { continuesRow } from './split-rows.js';
import { joinBrokenLines } from './text-join.js';

/**
 * A table broken by a page end continues on the next page with the same
 * columns, often under a repeated header. This joins the parts: columns are
 * matched by their boundaries (a part that lacks a column boundary, because
 * no row on that page uses it, gets "" in the extra column), and header rows
 * repeated at the top of the new part are dropped.
 */
export interface TableRow {
  cells: string[];
  page: number;
}

export interface JoinedTable {
  xs: number[];
  rows: TableRow[];
  /** The bottom border of the last part, and where the text of its last row's cells ends (see split-rows.ts). */
  bottom: number;
  lastRowTop?: number;
  lastRowEnds?: (TextEnd | undefined)[];
}

/** Column boundaries closer than this (points) are the same. */
const SAME_EDGE = 4;
/** At most this many rows are compared when looking for a repeated header. */
const MAX_HEADER_ROWS = 3;

export function startTable(part: PageTable): JoinedTable {
  return { xs: [...part.xs], rows: part.rows.map((cells) => ({ cells: [...cells], page: part.page })), bottom: part.box.bottom, lastRowTop: part.lastRowTop, lastRowEnds: part.lastRowEnds };
}

/** Whether `part` lines up with `table` column for column (one may split a column the other does not). */
export function continues(table: JoinedTable, part: PageTable): boolean {
  const a = table.xs;
  const b = part.xs;
  if (Math.abs(a[0]! - b[0]!) > SAME_EDGE || Math.abs(a[a.length - 1]! - b[b.length - 1]!) > SAME_EDGE) return false;
  const within = (inner: readonly number[], outer: readonly number[]): boolean => inner.every((x) => outer.some((y) => Math.abs(x - y) <= SAME_EDGE));
  return within(a, b) || within(b, a);
}

/**
 * Appends `part` to `table` (which must line up, see `continues`). With
 * `bodyBottom` (the lowest content of pages of this size), a row the page
 * end cut in two is made whole again.
 */
export function appendTable(table: JoinedTable, part: PageTable, bodyBottom?: number): JoinedTable {
  const xs = unionEdges(table.xs, part.xs);
  const rows = table.rows.map((row) => ({ page: row.page, cells: spread(row.cells, table.xs, xs) }));
  const added = part.rows.map((cells) => ({ page: part.page, cells: spread(cells, part.xs, xs) }));
  const rest = added.slice(repeatedHeader(rows, added));
  const last = rows[rows.length - 1];
  const ends = table.lastRowEnds && spreadEnds(table.lastRowEnds, table.xs, xs);
  const cut = last && ends && table.lastRowTop !== undefined ? { cells: last.cells, ends, top: table.lastRowTop, bottom: table.bottom } : undefined;
  if (bodyBottom !== undefined && cut && last && rest.length > 0 && continuesRow(cut, rest[0]!.cells, bodyBottom)) {
    const first = rest.shift()!;
    rows[rows.length - 1] = { page: last.page, cells: last.cells.map((text, c) => joinBrokenLines(text, first.cells[c] ?? '')) };
  } else if (last && rest.length > 0) {
    carryMergedCellText(last, rest);
  }
  return { xs, rows: [...rows, ...rest], bottom: part.box.bottom, lastRowTop: part.lastRowTop, lastRowEnds: part.lastRowEnds };
}

/**
 * The text of a merged cell that runs over the page end continues at the top
 * of the next page, inside the first row there: "产出指标（50" / "分）…", or a
 * first row holding nothing but "指标" under "服务对象满意度". Such a piece goes
 * back to the cell it belongs to; the row keeps its other cells.
 */
function carryMergedCellText(last: TableRow, rest: TableRow[]): void {
  const first = rest[0]!;
  const filled = first.cells.map((t, c) => (t.trim() !== '' ? c : -1)).filter((c) => c >= 0);
  first.cells.forEach((text, c) => {
    const before = last.cells[c] ?? '';
    if (before === '' || text === '') return;
    const opens = (before.match(/[（(]/g) ?? []).length - (before.match(/[）)]/g) ?? []).length;
    const closing = /^[^（()）]{0,4}[）)]/.exec(text);
    if (opens > 0 && closing) {
      last.cells[c] = before + closing[0];
      first.cells[c] = text.slice(closing[0].length).trim();
    } else if (filled.length === 1 && text.length <= 4 && !/[\d%％]/.test(text)) {
      last.cells[c] = joinBrokenLines(before, text);
      first.cells[c] = '';
    }
  });
  if (first.cells.every((t) => t.trim() === '')) rest.shift();
}

/** Number of leading rows of `added` that repeat the first rows of `rows`. */
function repeatedHeader(rows: readonly TableRow[], added: readonly TableRow[]): number {
  const key = (row: TableRow): string => row.cells.map((c) => c.replace(/\s+/g, '')).join('\t');
  for (let k = Math.min(MAX_HEADER_ROWS, rows.length, added.length - 1); k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = key(rows[i]!) === key(added[i]!);
    if (same) return k;
  }
  return 0;
}

function unionEdges(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) {
    if (out.length === 0 || x - out[out.length - 1]! > SAME_EDGE) out.push(x);
  }
  return out;
}

function spreadEnds(ends: readonly (TextEnd | undefined)[], from: readonly number[], to: readonly number[]): (TextEnd | undefined)[] {
  const out = new Array<TextEnd | undefined>(to.length - 1).fill(undefined);
  ends.forEach((end, c) => {
    if (end) out[nearest(to, from[c]!)] = end;
  });
  return out;
}

function nearest(edges: readonly number[], x: number): number {
  let best = 0;
  for (let i = 0; i < edges.length - 1; i++) if (Math.abs(edges[i]! - x) < Math.abs(edges[best]! - x)) best = i;
  return best;
}

/** A row laid out on `from` boundaries, spread onto the finer `to` boundaries (new columns get ""). */
function spread(cells: readonly string[], from: readonly number[], to: readonly number[]): string[] {
  const out = new Array<string>(to.length - 1).fill('');
  cells.forEach((text, c) => {
    const best = nearest(to, from[c]!);
    if (out[best] === '') out[best] = text;
    else if (text !== '') out[best] = `${out[best]} ${text}`;
  });
  return out;
}
