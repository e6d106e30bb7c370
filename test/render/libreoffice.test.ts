import { describe, expect, it } from 'vitest';
import { deriveReport } from '../../src/core/authoring/derive-report.js';
import { hunan } from '../../src/core/scoring/rule-sets/hunan.js';
import { renderDocx } from '../../src/renderers/docx/docx-renderer.js';
import { attachmentBlocks, reportDocument } from '../../src/renderers/layout/report-document.js';
import { fullGrid } from '../../src/renderers/markdown/markdown-renderer.js';
import { renderXlsx } from '../../src/renderers/xlsx/xlsx-renderer.js';
import { readText } from '../../src/importers/text/text-reader.js';
import { importText, REFERENCE_TEXT } from '../support/check-text.js';
import { libreOfficeConvert } from './support.js';

/**
 * LibreOffice opens what jixiao writes: converting headless succeeds and the
 * result holds every figure; a workbook saved without its formulas' results
 * is computed by LibreOffice to exactly the figures jixiao shows.
 */
const mended = deriveReport(importText(REFERENCE_TEXT).report, hunan);
const layout = { rules: hunan, formulas: true };
const attachments = attachmentBlocks(mended, layout);
const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Every figure cell's text of the attachments, and every amount the narrative states. */
function shownFigures(): string[] {
  const cells = attachments.flatMap((a) => a.grid.rows.flat().filter((c) => c.number !== undefined).map((c) => c.text));
  const narrative = mended.narrative.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((u) => u.paragraphs)]).join('');
  const amounts = [...narrative.matchAll(/\d+\.\d{2}(?= ?万元)|\d+\.\d{2}%/g)].map((m) => m[0]);
  return [...new Set([...cells, ...amounts])];
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('LibreOffice', () => {
  it('converts the DOCX to text holding every figure', async () => {
    const { files } = await libreOfficeConvert(await renderDocx(reportDocument(mended, layout)), 'docx', 'txt:Text (encoded):UTF8');
    const text = [...files.values()].join('');
    expect(text).toContain('部门整体支出绩效自评表');
    const missing = shownFigures().filter((f) => !text.includes(f));
    expect(missing).toEqual([]);
    // Read back as a text report, its tables (one cell to a line) cannot be: the reader says so and what to give instead.
    const saved = readText(text, 'saved.txt');
    expect(saved.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(saved.notes.join('')).toMatch(/像是表格每格占一行.*请直接审核 DOCX 或 PDF 原件/);
  });

  it('converts the XLSX to CSV holding every figure', async () => {
    const { files } = await libreOfficeConvert(await renderXlsx(attachments), 'xlsx', CSV);
    expect(files.size).toBe(attachments.length);
    const text = [...files.values()].join('\n');
    const missing = attachments.flatMap((a) => a.grid.rows.flat().filter((c) => c.number !== undefined).map((c) => c.text)).filter((f) => !text.includes(f));
    expect(missing).toEqual([]);
  });

  it('computes the workbook’s formulas, saved without results, to the figures jixiao shows', async () => {
    const { files } = await libreOfficeConvert(await renderXlsx(attachments, { cachedResults: false }), 'xlsx', CSV);
    const sheets = [...files.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh'));
    let formulas = 0;
    attachments.forEach((a, i) => {
      const csv = parseCsv(sheets.find(([name]) => name.includes(a.sheet))?.[1] ?? sheets[i]?.[1] ?? '');
      const grid = fullGrid(a.grid);
      a.grid.rows.forEach((row, r) => {
        for (const c of row) {
          if (c.formula === undefined) continue;
          formulas++;
          expect(csv[r + 2]?.[c.col] ?? '', `${a.sheet} 第 ${r + 3} 行第 ${c.col + 1} 列 =${c.formula}`).toBe(grid[r]?.[c.col]);
        }
      });
    });
    expect(formulas).toBeGreaterThan(50);
  });
});
