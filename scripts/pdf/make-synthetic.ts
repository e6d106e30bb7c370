/**
 * Writes fixtures/pdf/synthetic.pdf by hand, PDF syntax and all, to hold the
 * producer quirks the HTML-printed fixtures cannot: Chinese text in a
 * non-embedded font through the predefined CMaps UniGB-UCS2-H and GBK-EUC-H
 * (older tools and many government systems write these; the reader needs
 * pdf.js's cMap files to read them), a heading drawn twice to look bold,
 * table borders as thin filled rectangles, part of a table inside a form
 * XObject, a crop box not at the origin, and a page turned by /Rotate 90
 * whose content is drawn turned the other way.
 *
 * Run: npx tsx scripts/pdf/make-synthetic.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Text as UTF-16BE hex, for the UniGB-UCS2-H encoding. */
const ucs2 = (text: string): string => `<${Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
/** Text as GBK hex, for the GBK-EUC-H encoding (bytes computed once with Python's gbk codec). */
const GBK_BUDGET = '<c8abc4ead4a4cbe3cafd>'; // 全年预算数
const GBK_WAN = '<cdf2d4aa>'; // 万元

/** A table with borders as thin filled rectangles: columns at `xs`, rows at `ys` (PDF space, y up), cells filled row by row. */
function filledTable(xs: number[], ys: number[], cells: string[][], font: string, size: number): string {
  const out: string[] = ['0 0 0 rg'];
  for (const y of ys) out.push(`${xs[0]} ${y - 0.4} ${xs[xs.length - 1]! - xs[0]!} 0.8 re f`);
  for (const x of xs) out.push(`${x - 0.4} ${ys[ys.length - 1]} 0.8 ${ys[0]! - ys[ys.length - 1]!} re f`);
  cells.forEach((row, r) =>
    row.forEach((text, c) => {
      out.push(`BT /${font} ${size} Tf ${xs[c]! + 4} ${ys[r + 1]! + 5} Td ${ucs2(text)} Tj ET`);
    }),
  );
  return out.join('\n');
}

const page1 = [
  // The heading twice, a third of a point apart: how Word makes bold from a face without a bold weight.
  `BT /F1 16 Tf 72 760 Td ${ucs2('一、单位基本情况')} Tj ET`,
  `BT /F1 16 Tf 72.3 760 Td ${ucs2('一、单位基本情况')} Tj ET`,
  `BT /F1 12 Tf 96 730 Td ${ucs2('全年预算数为 7380.15 万元，全年执行数 6971.10 万元，')} Tj ET`,
  `BT /F1 12 Tf 72 712 Td ${ucs2('预算执行率 94.46%。')} Tj ET`,
  // The header row on the page; the two body rows inside a form XObject moved down by its matrix.
  filledTable([72, 200, 320, 440], [680, 660], [['项目', '全年预算数', '全年执行数']], 'F1', 10.5),
  '/Fm1 Do',
  'BT /F2 10 Tf 290 60 Td (- 1 -) Tj ET',
].join('\n');
const form = filledTable([72, 200, 320, 440], [700, 680, 660], [['基本支出', '6340.13', '5931.08'], ['项目支出', '1040.02', '1040.02']], 'F1', 10.5);

// Page 2 is shown turned 90° clockwise (/Rotate 90); its content is drawn turned 90° the other way so it reads upright.
const page2 = ['q 0 1 -1 0 595 0 cm', filledTable([60, 300, 500, 700], [500, 480, 460], [['序号', '项目名称', '执行率'], ['1', '辅警经费', '99.88%']], 'F1', 10.5), 'Q'].join('\n');

const page3 = [`BT /F3 12 Tf 72 760 Td ${GBK_BUDGET} Tj ( 7380.15 ) Tj ${GBK_WAN} Tj ET`].join('\n');

const objects: string[] = [];
const add = (body: string): number => objects.push(body);
const stream = (content: string, dict = ''): string => `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
add('PLACEHOLDER'); // 2: pages
const cidFont = (encoding: string): number => {
  const descendant = add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>');
  return add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-${encoding} /Encoding /${encoding} /DescendantFonts [${descendant} 0 R] >>`);
};
add('PLACEHOLDER'); // 3
add('PLACEHOLDER'); // 4
add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'); // 5
const f1 = cidFont('UniGB-UCS2-H');
const f3 = cidFont('GBK-EUC-H');
const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
const fonts = `/Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R >>`;
const fm1 = add(stream(form, `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -40] /Resources << ${fonts} >>`));
const resources = `<< ${fonts} /XObject << /Fm1 ${fm1} 0 R >> >>`;
const pageObj = (content: string, extra: string): number => {
  const c = add(stream(content));
  return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${extra} /Resources ${resources} /Contents ${c} 0 R >>`);
};
const p1 = pageObj(page1, '/CropBox [10 20 585 832]');
const p2 = pageObj(page2, '/Rotate 90');
const p3 = pageObj(page3, '');
objects[1] = `<< /Type /Pages /Kids [${p1} 0 R ${p2} 0 R ${p3} 0 R] /Count 3 >>`;
objects[2] = '<< >>';
objects[3] = '<< >>';

writePdf('synthetic.pdf', objects, catalog);

/** Serialises numbered objects (1-based, in order) with a cross-reference table. */
function writePdf(name: string, bodies: readonly string[], root: number): void {
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${bodies.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(resolve(import.meta.dirname, '../../fixtures/pdf', name), Buffer.from(pdf, 'latin1'));
  console.log(`fixtures/pdf/${name}`);
}

// mixed-scan.pdf: a page of text, then a page that is only an image (a scanned page inside a text PDF).
{
  const o: string[] = [];
  const put = (body: string): number => o.push(body);
  put('<< /Type /Catalog /Pages 2 0 R >>');
  put('PLACEHOLDER');
  const descriptor = put('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const descendant = put(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
  const font = put(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant} 0 R] >>`);
  const image = put(stream('00ff00ff00ff00ff00ff00ff00ff00ff>', '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode'));
  const text = put(stream(`BT /F1 12 Tf 72 760 Td ${ucs2('第一页有文字层。')} Tj ET`));
  const scan = put(stream('q 595 0 0 842 0 0 cm /Im1 Do Q'));
  const res = `<< /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >>`;
  const a = put(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${res} /Contents ${text} 0 R >>`);
  const b = put(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${res} /Contents ${scan} 0 R >>`);
  o[1] = `<< /Type /Pages /Kids [${a} 0 R ${b} 0 R] /Count 2 >>`;
  writePdf('mixed-scan.pdf', o, 1);
}

// unmapped.pdf: a font whose ToUnicode map points into the private use area, as some
// producers write for subset fonts: the glyphs show, but no text can be read from them.
{
  const o: string[] = [];
  const put = (body: string): number => o.push(body);
  put('<< /Type /Catalog /Pages 2 0 R >>');
  put('PLACEHOLDER');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfrange <20> <7E> <E020> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = put(stream(cmap));
  const font = put(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${toUnicode} 0 R >>`);
  const text = put(stream('BT /F1 12 Tf 72 760 Td (7380.15 6971.10 94.46%) Tj ET'));
  const page = put(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${text} 0 R >>`);
  o[1] = `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`;
  writePdf('unmapped.pdf', o, 1);
}
