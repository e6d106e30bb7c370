import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/audit/finding.js';
import { checkReport } from '../../src/cli/check-report.js';
import { loadReport } from '../../src/node/load-report.js';

/**
 * The reference report made into HTML, DOCX, XLSX and PDF by LibreOffice from
 * hand-written HTML (fixtures/reference, scripts/fixtures) gives the findings
 * of its text form: same rules, same figures, same rows and columns; only the
 * source locations differ (lines for text, pages and cells for the others).
 */
const TEXT = 'examples/hengyang-2023.txt';

function essence(f: Finding): string {
  return [f.rule, f.severity, f.location.table ?? f.location.section ?? '', f.location.row ?? '', f.location.column ?? '', f.expected ?? '', f.actual ?? ''].join('|');
}

async function findings(file: string): Promise<Finding[]> {
  return checkReport(await loadReport(file), 'auto').findings;
}

describe('the same report in every format', async () => {
  const text = (await findings(TEXT)).map(essence).sort();

  it.each([['fixtures/reference/hengyang-2023.html'], ['fixtures/reference/hengyang-2023.docx'], ['fixtures/reference/hengyang-2023.pdf']])('%s gives the findings of the text form', async (file) => {
    const got = await findings(file);
    expect(got.map(essence).sort()).toEqual(text);
    for (const f of got) expect(f.location.source, essence(f)).toBeDefined();
  });

  it('the workbook of the attachments gives the findings about the tables', async () => {
    // Rules that compare tables with the narrative have nothing to compare in a workbook of attachments.
    const tableFindings = (await findings(TEXT)).filter((f) => !/^TXT-|^NARR-|NARRATIVE/.test(f.rule) && f.location.table !== undefined);
    const got = (await findings('fixtures/reference/hengyang-2023-attachments.xlsx')).map(essence);
    for (const f of tableFindings) expect(got).toContain(essence(f));
    const cells = (await findings('fixtures/reference/hengyang-2023-attachments.xlsx')).filter((f) => f.location.table !== undefined);
    for (const f of cells) expect(f.location.source?.cell, essence(f)).toMatch(/^[A-Z]+\d+$/);
  });

  it('locates findings by page in the PDF and by table cell in the DOCX', async () => {
    const pdf = (await findings('fixtures/reference/hengyang-2023.pdf')).find((f) => f.rule === 'FUNDS-EXEC-RATE');
    expect(pdf?.location.source?.page).toBeGreaterThan(1);
    const docx = (await findings('fixtures/reference/hengyang-2023.docx')).find((f) => f.rule === 'FUNDS-EXEC-RATE');
    expect(docx?.location.source).toMatchObject({ table: expect.any(Number), row: expect.any(Number), column: expect.any(Number) });
  });
});
