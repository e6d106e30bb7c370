/** A cell position, 1-based as a person counts. */
export interface CellPosition {
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → 'A', 28 → 'AB'. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 'F', 7 → 'F7'. */
export function cellName(row: number, col: number): string {
  return columnName(col) + row;
}

/** 'AB12' → { row: 12, col: 28 }; '$F$7' → { row: 7, col: 6 }; undefined when not an address. */
export function parseCellName(name: string): CellPosition | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(name);
  if (!m) return undefined;
  let col = 0;
  for (const c of m[1]!.toUpperCase()) col = col * 26 + c.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** 'A1:C3' → { top: 1, left: 1, bottom: 3, right: 3 }; a single cell is a range of one. */
export function parseRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':');
  const a = parseCellName(from ?? '');
  const b = parseCellName(to ?? '');
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
