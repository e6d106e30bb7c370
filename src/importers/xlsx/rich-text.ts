import { CLOSE, OPEN, XmlError, type XmlScanner } from '../zip/xml-scanner.js';
import { shiftDigits, unescapeOoxml } from './spreadsheet-text.js';

/**
 * After the OPEN of a string item (<si> in the shared strings, <is> in a cell):
 * its text, runs joined, phonetic guides (<rPh>) left out, superscript digits
 * shown as such. Moves past the element's CLOSE.
 */
export function readRichText(s: XmlScanner): string {
  if (s.selfClosing) return '';
  let out = '';
  let vertAlign: string | undefined;
  for (let depth = 1; depth > 0; ) {
    const t = s.next();
    if (t === CLOSE) {
      depth--;
      if (s.name === 'r') vertAlign = undefined;
    } else if (t === OPEN) {
      const name = s.name;
      if (name === 't') out += shiftDigits(unescapeOoxml(s.readText()), vertAlign);
      else if (name === 'rPh' || name === 'phoneticPr') s.skip();
      else if (name === 'vertAlign') {
        vertAlign = s.attr('val');
        s.skip();
      } else if (!s.selfClosing) depth++;
    } else if (t === 0) throw new XmlError('unexpected end of document');
  }
  return out;
}
