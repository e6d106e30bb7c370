import { CLOSE, END, OPEN, XmlScanner } from '../zip/xml-scanner.js';
import { BUILTIN_FORMATS } from './builtin-formats.js';

/** What the reader needs of a cell format (an <xf> of <cellXfs>): its number format and whether it draws borders. */
export interface CellStyle {
  format: string;
  bordered: boolean;
}

const PLAIN: CellStyle = { format: 'General', bordered: false };

/** Cell formats by index, from xl/styles.xml. */
export class CellStyles {
  private readonly styles: CellStyle[] = [];

  constructor(xml: string | undefined) {
    if (xml !== undefined) this.parse(new XmlScanner(xml));
  }

  get(index: number): CellStyle {
    return this.styles[index] ?? this.styles[0] ?? PLAIN;
  }

  private parse(s: XmlScanner): void {
    const formats = new Map<number, string>();
    const borders: boolean[] = [];
    const xfs: { numFmtId: number; borderId: number }[] = [];
    let section = '';
    let border: boolean | undefined;
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t === CLOSE) {
        if (s.name === section) section = '';
        if (s.name === 'border' && border !== undefined) {
          borders.push(border);
          border = undefined;
        }
        continue;
      }
      if (t !== OPEN) continue;
      const name = s.name;
      if (name === 'numFmt') formats.set(Number(s.attr('numFmtId')), s.attr('formatCode') ?? 'General');
      else if (name === 'cellXfs' || name === 'borders' || name === 'cellStyleXfs') section = s.selfClosing ? '' : name;
      else if (name === 'xf' && section === 'cellXfs') {
        xfs.push({ numFmtId: Number(s.attr('numFmtId') ?? 0), borderId: Number(s.attr('borderId') ?? 0) });
      } else if (name === 'border' && section === 'borders') {
        border = false;
        if (s.selfClosing) {
          borders.push(false);
          border = undefined;
        }
      } else if (border !== undefined && (name === 'left' || name === 'right' || name === 'top' || name === 'bottom' || name === 'start' || name === 'end')) {
        const style = s.attr('style');
        if (style !== undefined && style !== 'none') border = true;
      }
    }
    for (const xf of xfs) {
      this.styles.push({ format: formats.get(xf.numFmtId) ?? BUILTIN_FORMATS[xf.numFmtId] ?? 'General', bordered: borders[xf.borderId] ?? false });
    }
  }
}
