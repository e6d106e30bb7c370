import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/audit/finding.js';
import { checkReport } from '../../src/cli/check-report.js';
import { interpret } from '../../src/importers/layout/interpret.js';
import { readSource } from '../../src/node/load-report.js';

/**
 * One figure changed in a DOCX table cell, an XLSX cell or a PDF is reported
 * with its location in that format: table, row and column; sheet and cell; page.
 * The figure: the 强制隔离戒毒生活补贴 cost saving rate, 15.63% → 16.63%.
 */
async function check(file: string, bytes: Uint8Array): Promise<Finding[]> {
  const source = await readSource(file, bytes);
  const imported = interpret(source);
  return checkReport({ ...imported, file, source }, 'auto').findings;
}

function rezip(path: string, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(readFileSync(path));
  const xml = strFromU8(files[part] as Uint8Array);
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  files[part] = strToU8(changed);
  return zipSync(files);
}

function costSaving(findings: Finding[]): Finding | undefined {
  return findings.find((f) => f.rule === 'IND-COST-SAVING' && f.location.table === '项目支出绩效自评表（强制隔离戒毒生活补贴）');
}

describe('a figure changed in each format', () => {
  it('is found in the unchanged files by no rule (the baseline)', async () => {
    for (const file of ['fixtures/reference/hengyang-2023.docx', 'fixtures/reference/hengyang-2023-attachments.xlsx', 'fixtures/reference/hengyang-2023.pdf']) {
      expect(costSaving(await check(file, readFileSync(file)))).toBeUndefined();
    }
  });

  it('DOCX: a table cell, located by table, row and column', async () => {
    const bytes = rezip('fixtures/reference/hengyang-2023.docx', 'word/document.xml', (x) => x.replace('>15.63%<', '>16.63%<'));
    const f = costSaving(await check('changed.docx', bytes));
    expect(f).toMatchObject({ expected: '15.63%', actual: '16.63%', location: { row: '成本节约率', column: '实际完成值' } });
    expect(f?.location.source).toMatchObject({ file: 'changed.docx', table: expect.any(Number), row: expect.any(Number), column: expect.any(Number) });
  });

  it('XLSX: a cell, located by sheet and cell address', async () => {
    // The workbook holds the rate as the number 0.1563 shown with the format 0.00%.
    const bytes = rezip('fixtures/reference/hengyang-2023-attachments.xlsx', 'xl/worksheets/sheet3.xml', (x) => x.replace('<v>0.1563</v>', '<v>0.1663</v>'));
    const f = costSaving(await check('changed.xlsx', bytes));
    expect(f).toMatchObject({ expected: '15.63%', actual: '16.63%' });
    expect(f?.location.source).toMatchObject({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
  });

  it('PDF: made by LibreOffice from the changed HTML, located by page', async () => {
    const file = 'fixtures/reference/hengyang-2023-mutated.pdf';
    const f = costSaving(await check(file, readFileSync(file)));
    expect(f).toMatchObject({ expected: '15.63%', actual: '16.63%' });
    expect(f?.location.source?.page).toBeGreaterThan(1);
  });
});
