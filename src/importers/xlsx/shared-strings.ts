import { END, OPEN, XmlScanner } from '../zip/xml-scanner.js';
import { readRichText } from './rich-text.js';

/** The shared string table (xl/sharedStrings.xml): cell text by index. */
export function parseSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN && s.name === 'si') out.push(readRichText(s));
  }
  return out;
}
