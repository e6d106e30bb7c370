/**
 * Builders of tiny .docx and .xlsx files for tests, written with fflate the
 * way Office lays them out (content types, relationships, parts), so tests can
 * state exactly the XML they are about.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries);
}

function rels(list: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">${list
    .map((r) => `<Relationship Id="${r.id}" Type="${R}/${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;
}

/** A .docx whose body is `body` (w: elements, e.g. '<w:p><w:r><w:t>x</w:t></w:r></w:p>'). */
export function buildDocx(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
  const documentRels = [];
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': rels([{ id: 'rId1', type: 'officeDocument', target: 'word/document.xml' }]),
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  if (parts.styles) {
    files['word/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`;
    documentRels.push({ id: 'rId10', type: 'styles', target: 'styles.xml' });
  }
  if (parts.numbering) {
    files['word/numbering.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`;
    documentRels.push({ id: 'rId11', type: 'numbering', target: 'numbering.xml' });
  }
  files['word/_rels/document.xml.rels'] = rels(documentRels);
  return zip(files);
}

/** A paragraph of plain runs. */
export function p(text: string, props = ''): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A table from rows of cells; a cell is its text, or { text, span, vMerge } for merges. */
export type DocxCell = string | { text?: string; span?: number; vMerge?: 'restart' | 'continue' };
export function table(rows: DocxCell[][], rowProps: string[] = []): string {
  return `<w:tbl><w:tblPr/>${rows
    .map((row, i) => `<w:tr>${rowProps[i] ? `<w:trPr>${rowProps[i]}</w:trPr>` : ''}${row.map(cell).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

function cell(c: DocxCell): string {
  const spec = typeof c === 'string' ? { text: c } : c;
  const props = `${spec.span && spec.span > 1 ? `<w:gridSpan w:val="${spec.span}"/>` : ''}${spec.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : spec.vMerge === 'continue' ? '<w:vMerge/>' : ''}`;
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(spec.text ?? '')}</w:tc>`;
}

/** One cell of a worksheet: a string, a number with an optional format, or raw attributes and content. */
export interface XlsxCell {
  ref: string;
  /** Text kept in the shared strings. */
  text?: string;
  number?: number;
  /** Custom number format code for a number. */
  format?: string;
  /** Raw XML for the <c> content and attributes, for anything else (booleans, formulas, inline strings). */
  raw?: { attrs?: string; content: string };
  bordered?: boolean;
}

/**
 * A .xlsx with the given sheets. Strings go to the shared strings, number
 * formats and borders to styles.xml (one cell format per distinct pair).
 */
export function buildXlsx(
  sheets: { name: string; cells: XlsxCell[]; merges?: string[]; state?: string; dimension?: string }[],
  options: { date1904?: boolean } = {},
): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const formats: string[] = [];
  const xfs: { format: number; border: boolean }[] = [{ format: 0, border: false }];
  const styleOf = (c: XlsxCell): number => {
    let format = 0;
    if (c.format) {
      let i = formats.indexOf(c.format);
      if (i < 0) i = formats.push(c.format) - 1;
      format = 164 + i;
    }
    const border = c.bordered ?? false;
    let x = xfs.findIndex((f) => f.format === format && f.border === border);
    if (x < 0) x = xfs.push({ format, border }) - 1;
    return x;
  };
  const files: Record<string, string> = {};
  const workbookRels: { id: string; type: string; target: string }[] = [];
  sheets.forEach((sheet, i) => {
    const rows = new Map<number, string[]>();
    for (const c of sheet.cells) {
      const row = Number(/\d+$/.exec(c.ref)![0]);
      const s = styleOf(c);
      let xml: string;
      if (c.text !== undefined) {
        let k = stringIndex.get(c.text);
        if (k === undefined) {
          k = strings.push(c.text) - 1;
          stringIndex.set(c.text, k);
        }
        xml = `<c r="${c.ref}" s="${s}" t="s"><v>${k}</v></c>`;
      } else if (c.number !== undefined) xml = `<c r="${c.ref}" s="${s}"><v>${c.number}</v></c>`;
      else if (c.raw) xml = `<c r="${c.ref}" s="${s}" ${c.raw.attrs ?? ''}>${c.raw.content}</c>`;
      else xml = `<c r="${c.ref}" s="${s}"/>`;
      if (!rows.has(row)) rows.set(row, []);
      rows.get(row)!.push(xml);
    }
    const sheetData = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('');
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    const dimension = sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${S}" xmlns:r="${R}">${dimension}<sheetData>${sheetData}</sheetData>${merges}</worksheet>`;
    workbookRels.push({ id: `rId${i + 1}`, type: 'worksheet', target: `worksheets/sheet${i + 1}.xml` });
  });
  workbookRels.push({ id: 'rIdS', type: 'sharedStrings', target: 'sharedStrings.xml' }, { id: 'rIdT', type: 'styles', target: 'styles.xml' });
  files['[Content_Types].xml'] = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
  files['_rels/.rels'] = rels([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }]);
  files['xl/_rels/workbook.xml.rels'] = rels(workbookRels);
  files['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${S}" xmlns:r="${R}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${S}" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`)
    .join('')}</sst>`;
  files['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${S}"><numFmts count="${formats.length}">${formats
    .map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`)
    .join('')}</numFmts><borders count="2"><border><left/><right/><top/><bottom/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs
    .map((x) => `<xf numFmtId="${x.format}" borderId="${x.border ? 1 : 0}" xfId="0"/>`)
    .join('')}</cellXfs></styleSheet>`;
  return zip(files);
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
