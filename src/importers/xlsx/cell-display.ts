import type { CellStyles } from './cell-styles.js';
import { isoToSerial } from './date-format.js';
import { EMPTY, type Scalar } from './formula/formula-eval.js';
import { formatNumber, formatText, isDateFormat } from './number-format.js';
import type { SheetCell } from './sheet-parser.js';

/**
 * What a cell shows in Excel: its stored value (or a value given for it)
 * through its number format. Example: a cell storing 0.94 with format 0.00%
 * shows "94.00%"; a shared string shows its text.
 */
export class CellDisplay {
  constructor(
    private readonly strings: readonly string[],
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
  ) {}

  sharedString = (index: number): string => this.strings[index] ?? '';

  format(cell: SheetCell): string {
    return this.styles.get(cell.style).format;
  }

  bordered(cell: SheetCell): boolean {
    return this.styles.get(cell.style).bordered;
  }

  /** Whether the cell shows its number as a percentage. */
  percent(cell: SheetCell): boolean {
    return this.format(cell).replace(/"[^"]*"/g, '').includes('%');
  }

  /** The text of the stored value. */
  stored(cell: SheetCell): string {
    const v = cell.value;
    if (v === undefined) return '';
    switch (cell.type) {
      case 's':
        return formatText(this.sharedString(Number(v)), this.format(cell));
      case 'str':
      case 'inlineStr':
        return formatText(v, this.format(cell));
      case 'b':
        return v === '1' || v.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return v;
      case 'd': {
        const serial = isoToSerial(v, this.date1904);
        if (serial === undefined) return v;
        const format = this.format(cell);
        return formatNumber(serial, isDateFormat(format) ? format : serial % 1 === 0 ? 'yyyy/m/d' : 'yyyy/m/d h:mm', this.date1904);
      }
      default: {
        const n = Number(v);
        return v.trim() === '' || !Number.isFinite(n) ? v : formatNumber(n, this.format(cell), this.date1904);
      }
    }
  }

  /** The text of a value computed for the cell. */
  value(cell: SheetCell, value: Scalar): string {
    if (value === EMPTY) return '';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number') return formatNumber(value, this.format(cell), this.date1904);
    return formatText(value, this.format(cell));
  }
}
