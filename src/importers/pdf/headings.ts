import type { TextLine } from './text-lines.js';
import { minOf } from '../../core/util/arrays.js';

/**
 * Headings told by their type: a paragraph of at most three short lines set
 * bolder or larger than the body text. The level comes from the numbering
 * ("一、" 2, "（一）" 3) or, for an unnumbered line in the document's
 * largest type, 1 (the title); other headings get 0 (unknown).
 */
export interface BodyStyle {
  /** Font size of most body text. */
  size: number;
  /** Most body text is bold (then boldness marks nothing). */
  bold: boolean;
  /** Largest font size in the document. */
  maxSize: number;
}

const MAX_HEADING_LINES = 3;
const MAX_HEADING_CHARS = 60;

export function headingLevel(lines: readonly TextLine[], text: string, body: BodyStyle): number | undefined {
  if (lines.length === 0 || lines.length > MAX_HEADING_LINES || text.length > MAX_HEADING_CHARS) return undefined;
  if (/[。；]$/.test(text)) return undefined;
  const size = minOf(lines.map((l) => l.size));
  const larger = size >= body.size * 1.05;
  const bolder = !body.bold && lines.every((l) => l.bold);
  if (!larger && !bolder) return undefined;
  if (/^[一二三四五六七八九十百]+、/.test(text)) return 2;
  if (/^[（(][一二三四五六七八九十百]+[）)]/.test(text)) return 3;
  if (size >= body.maxSize - 0.5 && size >= body.size * 1.2) return 1;
  return 0;
}

/** The body style: the font size and weight carrying the most characters. */
export function measureBody(lines: readonly TextLine[]): BodyStyle {
  const bySize = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  let maxSize = 0;
  for (const line of lines) {
    const n = line.text.length;
    const size = Math.round(line.size * 2) / 2;
    bySize.set(size, (bySize.get(size) ?? 0) + n);
    chars += n;
    if (line.bold) boldChars += n;
    maxSize = Math.max(maxSize, line.size);
  }
  let size = 12;
  let best = -1;
  for (const [s, n] of bySize) {
    if (n > best) {
      best = n;
      size = s;
    }
  }
  return { size, bold: chars > 0 && boldChars > chars / 2, maxSize };
}
