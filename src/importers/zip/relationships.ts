import { OPEN, XmlScanner } from './xml-scanner.js';

/** One relationship of an OPC package part, its target resolved to a part name. */
export interface Relationship {
  id: string;
  /** Last segment of the type URI, e.g. 'officeDocument', 'styles', 'worksheet'. */
  type: string;
  /** Part name inside the package, e.g. 'word/styles.xml'; the raw target when external. */
  target: string;
  external: boolean;
}

/**
 * Parses a `.rels` part. `sourcePart` is the part the relationships belong to
 * ('' for the package itself), which relative targets are resolved against:
 * relationships of 'xl/workbook.xml' with target 'worksheets/sheet1.xml' give
 * 'xl/worksheets/sheet1.xml'.
 */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const base = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  const scanner = new XmlScanner(xml);
  const out: Relationship[] = [];
  for (let t = scanner.next(); t !== 0; t = scanner.next()) {
    if (t !== OPEN || scanner.name !== 'Relationship') continue;
    const target = scanner.attr('Target') ?? '';
    const external = scanner.attr('TargetMode') === 'External';
    const type = scanner.attr('Type') ?? '';
    out.push({
      id: scanner.attr('Id') ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePart(base, target),
      external,
    });
  }
  return out;
}

/** The `.rels` part holding the relationships of a part: 'word/document.xml' → 'word/_rels/document.xml.rels'. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolvePart(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : base + target;
  const segments: string[] = [];
  for (const segment of decodeURIComponentSafe(path).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
