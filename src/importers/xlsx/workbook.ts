import { END, OPEN, XmlScanner } from '../zip/xml-scanner.js';

export interface SheetEntry {
  name: string;
  relationshipId: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
}

/** The sheets of a workbook in tab order, and its date system (xl/workbook.xml). */
export function parseWorkbook(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const s = new XmlScanner(xml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 'sheet') sheets.push({ name: s.attr('name') ?? `Sheet${sheets.length + 1}`, relationshipId: s.attr('id') ?? '', state: s.attr('state') ?? 'visible' });
    else if (s.name === 'workbookPr') date1904 = ['1', 'true'].includes(s.attr('date1904') ?? '');
  }
  return { sheets, date1904 };
}
