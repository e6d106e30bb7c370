/** One number per cell position, for maps: rows up to 2^20, columns up to 2^14. */
export function cellKey(row: number, col: number): number {
  return row * 32768 + col;
}
