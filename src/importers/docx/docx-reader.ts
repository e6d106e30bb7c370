import type { SourceRef } from '../../core/model/source-ref.js';
import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../input-error.js';
import type { SourceBlock, SourceDocument } from '../source-document.js';
import { joinLines, normalizeCellText } from '../zip/line-join.js';
import { openOfficePackage, type OfficePackage } from '../zip/office-package.js';
import { parseDocument, type ParseTally } from './document-parser.js';
import { Numbering } from './numbering.js';
import type { RawBlock, RawCell, RawParagraph, RawTable } from './raw-document.js';
import { ParagraphStyles } from './styles.js';
import { layOutTable } from './table-grid.js';

/**
 * Reads a Word document (.docx) into the source-document form: paragraphs
 * (headings with the level their style or outline level gives, automatic
 * numbers such as "一、" included in the text) and tables laid out on their
 * grid with merged cells resolved. Pure: give it the file's bytes.
 *
 * Provenance: a paragraph is { file, paragraph } (its position among the
 * non-empty paragraphs outside tables); a table cell is { file, table, row,
 * column }, all 1-based, merged cells resolved.
 *
 * Throws InputError (Chinese message) for what cannot be read: empty, too
 * large, encrypted, old .doc, not a Word file, damaged, zip bomb, or a document
 * with no text (e.g. only scanned images).
 */
export function readDocx(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): SourceDocument {
  const pkg = openOfficePackage(bytes, file, 'docx', limits);
  const relationships = pkg.relationships(pkg.mainPart);
  const partOf = (type: string): string | undefined => relationships.find((r) => r.type === type && !r.external)?.target;
  const styles = readPart(pkg, partOf('styles'), (xml) => new ParagraphStyles(xml));
  const numbering = readPart(pkg, partOf('numbering'), (xml) => new Numbering(xml));
  const xml = pkg.text(pkg.mainPart) ?? '';
  const { blocks, tally } = pkg.parse(pkg.mainPart, () => parseDocument(xml));
  const builder = new DocumentBuilder(file, styles, numbering);
  builder.emit(blocks);
  if (builder.blocks.length === 0) refuseEmpty(file, tally);
  return { file, format: 'docx', blocks: builder.blocks, notes: [...builder.notes(), ...tallyNotes(tally)], readerFindings: [] };
}

function readPart<T>(pkg: OfficePackage, part: string | undefined, make: (xml: string | undefined) => T): T {
  const xml = part === undefined ? undefined : pkg.text(part);
  return part === undefined ? make(undefined) : pkg.parse(part, () => make(xml));
}

/** Turns the raw structure into blocks with provenance, in reading order. */
class DocumentBuilder {
  readonly blocks: SourceBlock[] = [];
  private paragraphs = 0;
  private tables = 0;
  private readonly nestedIn = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly styles: ParagraphStyles,
    private readonly numbering: Numbering,
  ) {}

  emit(raw: readonly RawBlock[]): void {
    for (const block of raw) {
      if (block.kind === 'paragraph') this.paragraph(block);
      else if (isFrame(block)) this.emit(block.rows[0]!.cells[0]!.content);
      else this.table(block);
    }
  }

  notes(): string[] {
    return [...this.nestedIn].map((t) => `第 ${t} 个表格的单元格中嵌套了表格，已将嵌套表格的文字按行并入所在单元格。`);
  }

  private paragraph(raw: RawParagraph): void {
    const text = this.paragraphText(raw);
    if (text === '') return;
    const at: SourceRef = { file: this.file, paragraph: ++this.paragraphs };
    const level = this.styles.headingLevel(raw.styleId, raw.outlineLevel);
    this.blocks.push(level > 0 ? { kind: 'heading', level, text, at } : { kind: 'paragraph', text, at });
  }

  /** The paragraph's text as shown: its automatic number, then its runs, line breaks joined. */
  private paragraphText(raw: RawParagraph): string {
    const text = normalizeCellText(raw.text);
    const list = this.styles.numbering(raw.styleId, raw.numbering);
    const number = list?.numId === undefined ? undefined : this.numbering.next(list.numId, list.level ?? 0);
    if (!number || number.label === '' || text === '') return text;
    return number.suffix === 'nothing' ? number.label + text : joinLines([number.label, text]);
  }

  private table(raw: RawTable): void {
    const table = ++this.tables;
    const grid = layOutTable(raw, (cell) => this.cellText(cell, table));
    const rows = grid.map((row, r) => row.map((text, c) => ({ text, at: { file: this.file, table, row: r + 1, column: c + 1 } })));
    this.blocks.push({ kind: 'table', rows, at: { file: this.file, table } });
  }

  private cellText(cell: RawCell, table: number): string {
    const lines: string[] = [];
    for (const block of cell.content) {
      if (block.kind === 'paragraph') lines.push(this.paragraphText(block));
      else {
        this.nestedIn.add(table);
        for (const row of layOutTable(block, (inner) => this.cellText(inner, table))) lines.push(row.filter((t) => t !== '').join(' '));
      }
    }
    return joinLines(lines);
  }
}

/** A table of one cell is a frame around content (some documents put the whole report in one), not data. */
function isFrame(table: RawTable): boolean {
  return table.rows.length === 1 && table.rows[0]!.cells.length === 1;
}

function tallyNotes(tally: ParseTally): string[] {
  const notes: string[] = [];
  if (tally.images > 0) notes.push(`文档中有 ${tally.images} 张图片，未读取图片中的内容。`);
  if (tally.charts > 0) notes.push(`文档中有 ${tally.charts} 个图表，未读取图表中的数据。`);
  return notes;
}

function refuseEmpty(file: string, tally: ParseTally): never {
  if (tally.images > 0) {
    throw new InputError(file, 'scanned', `文档中只有图片（${tally.images} 张），没有可读取的文字，可能是扫描件。请提供含文字的 Word 或 PDF 文件。`);
  }
  throw new InputError(file, 'not-a-report', '文档中没有任何文字。');
}
