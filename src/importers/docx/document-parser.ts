import { CLOSE, END, OPEN, XmlError, XmlScanner } from '../zip/xml-scanner.js';
import type { RawBlock, RawCell, RawNumbering, RawParagraph, RawRow, RawTable } from './raw-document.js';

/** Elements whose children are block content (paragraphs and tables) as if they stood in their place. */
const BLOCK_CONTAINERS = new Set(['body', 'sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'txbxContent', 'smartTag']);
/** Elements whose children are run content as if they stood in their place. */
const INLINE_CONTAINERS = new Set([
  'hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'fldSimple', 'bdo', 'dir',
  'oMath', 'oMathPara', 'e', 'num', 'den', 'sub', 'sup', 'deg', 'lim', 'fName',
]);
const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋' };

/** What the parser counted but does not give as blocks. */
export interface ParseTally {
  images: number;
  charts: number;
}

/**
 * Parses the main part of a Word document (word/document.xml) into paragraphs
 * and tables in reading order. What a reader does not see is left out: deleted
 * revisions, hidden text, field codes, the fallback copy of drawings. Text boxes
 * become paragraphs after the paragraph holding them.
 */
export function parseDocument(xml: string): { blocks: RawBlock[]; tally: ParseTally } {
  const parser = new DocumentParser(new XmlScanner(xml));
  return { blocks: parser.parse(), tally: parser.tally };
}

class DocumentParser {
  readonly tally: ParseTally = { images: 0, charts: 0 };

  constructor(private readonly s: XmlScanner) {}

  parse(): RawBlock[] {
    const out: RawBlock[] = [];
    for (let t = this.s.next(); t !== END; t = this.s.next()) {
      if (t === OPEN && this.s.name === 'body') {
        this.blocks(out);
        break;
      }
    }
    return out;
  }

  /** After the OPEN of a container: reads its block children through its CLOSE. */
  private blocks(out: RawBlock[]): void {
    if (this.s.selfClosing) return;
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return;
      if (t === OPEN) this.block(out);
    }
  }

  /** Handles one block-level OPEN token. */
  private block(out: RawBlock[]): void {
    const s = this.s;
    const name = s.name;
    if (name === 'p') this.paragraph(out);
    else if (name === 'tbl') out.push(this.table());
    else if (BLOCK_CONTAINERS.has(name)) this.blocks(out);
    else if (name === 'AlternateContent') this.alternate(() => this.blocks(out));
    else s.skip();
  }

  /** mc:AlternateContent: the first mc:Choice is read as if in place; the other choices and the fallback are copies. */
  private alternate(readChoice: () => void): void {
    if (this.s.selfClosing) return;
    let chosen = false;
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return;
      if (t !== OPEN) continue;
      if (this.s.name === 'Choice' && !chosen) {
        chosen = true;
        readChoice();
      } else this.s.skip();
    }
  }

  private paragraph(out: RawBlock[]): void {
    const paragraph: RawParagraph = { kind: 'paragraph', text: '', styleId: undefined, outlineLevel: undefined, numbering: undefined };
    const floating: RawBlock[] = [];
    out.push(paragraph);
    if (this.s.selfClosing) return;
    const pieces: string[] = [];
    for (;;) {
      const t = this.next();
      if (t === CLOSE) break;
      if (t !== OPEN) continue;
      if (this.s.name === 'pPr') this.paragraphProperties(paragraph);
      else this.inline(pieces, floating);
    }
    paragraph.text = pieces.join('');
    out.push(...floating);
  }

  private paragraphProperties(paragraph: RawParagraph): void {
    const s = this.s;
    if (s.selfClosing) return;
    for (let depth = 1; depth > 0; ) {
      const t = this.next();
      if (t === CLOSE) depth--;
      else if (t === OPEN) {
        const name = s.name;
        if (name === 'pStyle') paragraph.styleId = s.attr('val');
        else if (name === 'outlineLvl') paragraph.outlineLevel = toInt(s.attr('val'));
        else if (name === 'numId') (paragraph.numbering ??= emptyNumbering()).numId = s.attr('val');
        else if (name === 'ilvl') (paragraph.numbering ??= emptyNumbering()).level = toInt(s.attr('val'));
        if (name === 'numPr') {
          paragraph.numbering ??= emptyNumbering();
          if (!s.selfClosing) depth++;
        } else s.skip();
      }
    }
  }

  /** Handles one OPEN token of run-level content. */
  private inline(pieces: string[], floating: RawBlock[]): void {
    const s = this.s;
    const name = s.name;
    if (name === 'r') this.run(pieces, floating);
    else if (INLINE_CONTAINERS.has(name)) this.inlineChildren(pieces, floating);
    else if (name === 'AlternateContent') this.alternate(() => this.inlineChildren(pieces, floating));
    else if (name === 't') pieces.push(s.readText()); // math text (m:t) outside a run
    else s.skip();
  }

  private inlineChildren(pieces: string[], floating: RawBlock[]): void {
    if (this.s.selfClosing) return;
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return;
      if (t === OPEN) this.inline(pieces, floating);
    }
  }

  private run(pieces: string[], floating: RawBlock[]): void {
    const s = this.s;
    if (s.selfClosing) return;
    let hidden = false;
    let shift: Record<string, string> | undefined;
    const push = (text: string): void => {
      if (hidden) return;
      pieces.push(shift ? [...text].map((c) => shift![c] ?? c).join('') : text);
    };
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return;
      if (t !== OPEN) continue;
      switch (s.name) {
        case 'rPr': {
          const props = this.runProperties();
          hidden = props.hidden;
          shift = props.shift;
          break;
        }
        case 't':
          push(s.readText());
          break;
        case 'tab':
        case 'ptab':
          push(' ');
          s.skip();
          break;
        case 'br':
        case 'cr':
          push('\n');
          s.skip();
          break;
        case 'noBreakHyphen':
          push('-');
          s.skip();
          break;
        case 'sym': {
          const code = parseInt(s.attr('char') ?? '', 16);
          // Symbol-font characters live in the private-use area and mean nothing as text.
          if (code > 0 && code < 0xe000) push(String.fromCharCode(code));
          s.skip();
          break;
        }
        case 'drawing':
        case 'pict':
        case 'object':
          this.graphic(floating);
          break;
        case 'AlternateContent':
          this.alternate(() => this.graphicChoice(floating));
          break;
        default:
          s.skip(); // field codes, deleted text, note references, rendering marks
      }
    }
  }

  private runProperties(): { hidden: boolean; shift: Record<string, string> | undefined } {
    const s = this.s;
    const props = { hidden: false, shift: undefined as Record<string, string> | undefined };
    if (s.selfClosing) return props;
    for (let depth = 1; depth > 0; ) {
      const t = this.next();
      if (t === CLOSE) depth--;
      else if (t === OPEN) {
        if (s.name === 'vanish') props.hidden = !isOff(s.attr('val'));
        else if (s.name === 'vertAlign') {
          const v = s.attr('val');
          props.shift = v === 'superscript' ? SUPERSCRIPT : v === 'subscript' ? SUBSCRIPT : undefined;
        } else if (s.name === 'position' && props.shift === undefined) {
          // Raised or lowered text (LibreOffice writes superscripts this way): the digits a reader sees as ² or ₂.
          const v = parseInt(s.attr('val') ?? '0', 10);
          props.shift = v > 0 ? SUPERSCRIPT : v < 0 ? SUBSCRIPT : undefined;
        }
        s.skip();
      }
    }
    return props;
  }

  /** The chosen content of an mc:AlternateContent inside a run: drawings. */
  private graphicChoice(floating: RawBlock[]): void {
    if (this.s.selfClosing) return;
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return;
      if (t === OPEN) this.graphic(floating);
    }
  }

  /** Inside a drawing: counts pictures and charts, reads text boxes, skips the rest. */
  private graphic(floating: RawBlock[]): void {
    const s = this.s;
    if (s.selfClosing) return;
    for (let depth = 1; depth > 0; ) {
      const t = this.next();
      if (t === CLOSE) depth--;
      else if (t === OPEN) {
        const name = s.name;
        if (name === 'txbxContent') this.blocks(floating);
        else if (name === 'Fallback') s.skip();
        else {
          if (name === 'blip' || name === 'imagedata') this.tally.images++;
          else if (name === 'chart') this.tally.charts++;
          if (!s.selfClosing) depth++;
        }
      }
    }
  }

  private table(): RawTable {
    const table: RawTable = { kind: 'table', rows: [] };
    this.tableChildren(table);
    return table;
  }

  private tableChildren(table: RawTable): void {
    const s = this.s;
    if (s.selfClosing) return;
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return;
      if (t !== OPEN) continue;
      if (s.name === 'tr') table.rows.push(this.row());
      else if (BLOCK_CONTAINERS.has(s.name)) this.tableChildren(table);
      else s.skip();
    }
  }

  private row(): RawRow {
    const s = this.s;
    const row: RawRow = { before: 0, after: 0, cells: [] };
    if (s.selfClosing) return row;
    const cells = (): void => {
      for (;;) {
        const t = this.next();
        if (t === CLOSE) return;
        if (t !== OPEN) continue;
        if (s.name === 'tc') row.cells.push(this.cell());
        else if (s.name === 'trPr' || s.name === 'tblPrEx') this.rowProperties(row);
        else if (BLOCK_CONTAINERS.has(s.name) && !s.selfClosing) cells();
        else s.skip();
      }
    };
    cells();
    return row;
  }

  private rowProperties(row: RawRow): void {
    const s = this.s;
    if (s.selfClosing) return;
    for (let depth = 1; depth > 0; ) {
      const t = this.next();
      if (t === CLOSE) depth--;
      else if (t === OPEN) {
        if (s.name === 'gridBefore') row.before = toInt(s.attr('val')) ?? 0;
        else if (s.name === 'gridAfter') row.after = toInt(s.attr('val')) ?? 0;
        s.skip();
      }
    }
  }

  private cell(): RawCell {
    const s = this.s;
    const cell: RawCell = { span: 1, continuation: false, content: [] };
    if (s.selfClosing) return cell;
    for (;;) {
      const t = this.next();
      if (t === CLOSE) return cell;
      if (t !== OPEN) continue;
      if (s.name === 'tcPr') this.cellProperties(cell);
      else this.block(cell.content);
    }
  }

  private cellProperties(cell: RawCell): void {
    const s = this.s;
    if (s.selfClosing) return;
    for (let depth = 1; depth > 0; ) {
      const t = this.next();
      if (t === CLOSE) depth--;
      else if (t === OPEN) {
        const name = s.name;
        if (name === 'gridSpan') cell.span = Math.max(1, toInt(s.attr('val')) ?? 1);
        else if (name === 'vMerge') cell.continuation = (s.attr('val') ?? 'continue') === 'continue';
        else if (name === 'hMerge') cell.continuation ||= s.attr('val') === 'continue';
        s.skip();
      }
    }
  }

  private next(): number {
    const t = this.s.next();
    if (t === END) throw new XmlError('unexpected end of document');
    return t;
  }
}

function emptyNumbering(): RawNumbering {
  return { numId: undefined, level: undefined };
}

function toInt(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function isOff(v: string | undefined): boolean {
  return v === '0' || v === 'false' || v === 'off';
}
