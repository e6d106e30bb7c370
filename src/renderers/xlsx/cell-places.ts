import type { Grid, GridCell } from '../layout/grid.js';

/**
 * Where each cell of a grid lands on a worksheet (1-based row and column),
 * and the A1 address of each named cell, so that a formula over names
 * ("{spent}/{budget}") becomes one over addresses ("F5/E5").
 */
export interface Places {
  cellOf(c: GridCell): { row: number; col: number };
  address(id: string): string | undefined;
}

export function placeGrid(grid: Grid, top: number): Places {
  const at = new Map<GridCell, { row: number; col: number }>();
  const ids = new Map<string, string>();
  grid.rows.forEach((row, r) => {
    for (const c of row) {
      const place = { row: top + r, col: c.col + 1 };
      at.set(c, place);
      if (c.id !== undefined) ids.set(c.id, `${columnLetters(place.col)}${place.row}`);
    }
  });
  return {
    cellOf: (c) => at.get(c) ?? { row: top, col: c.col + 1 },
    address: (id) => ids.get(id),
  };
}

/** "SUM({w0}:{w7})" → "SUM(G20:G27)". A name no cell has is an error in the layout, not in the report. */
export function resolveFormula(formula: string, places: Places): string {
  return formula.replace(/\{([^}]+)\}/g, (_, id: string) => {
    const a = places.address(id);
    if (a === undefined) throw new Error(`formula names an unknown cell: ${id}`);
    return a;
  });
}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
