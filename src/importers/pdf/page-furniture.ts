import type { TextLine } from './text-lines.js';

/**
 * Page headers, footers and page numbers: lines in the top or bottom margin
 * band of a page that are a page number ("- 3 -", "第 3 页", "3/10") or that
 * repeat on several pages (numbers aside), like a running title or a
 * printer's date-and-URL line.
 */
export interface FurniturePage {
  height: number;
  /** The page's text lines outside tables, top to bottom. */
  lines: readonly TextLine[];
}

/** Share of the page height at the top and at the bottom where headers and footers live. */
const BAND = 0.12;
/** Only this many lines nearest each edge are candidates. */
const EDGE_LINES = 3;

const PAGE_NUMBER = [
  /^[-—–－~·.\s]*\d{1,4}[-—–－~·.\s]*$/,
  /^第\s*\d+\s*页(\s*[，,/／]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页$/,
  /^\d+\s*[/／]\s*\d+$/,
  /^(page|p\.)\s*\d+(\s*(of|\/)\s*\d+)?$/i,
  /^\d+\s+of\s+\d+$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t !== '' && PAGE_NUMBER.some((re) => re.test(t));
}

/**
 * The lines to drop, page by page (same order as `pages`). Repetition alone
 * only condemns lines no larger than the body text and not bold: a form's
 * title printed at the top of every page (项目支出绩效自评表) is content.
 */
export function findFurniture(pages: readonly FurniturePage[]): Set<TextLine>[] {
  const bodySize = dominantSize(pages.flatMap((p) => p.lines));
  const candidates = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  for (const lines of candidates) {
    for (const key of new Set(lines.map(repeatKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  // A line repeated on at least half of the pages (and on two at least) is a running header or footer.
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  return candidates.map(
    (lines) =>
      new Set(
        lines
          .filter((c) => isPageNumber(c.line.text) || (!c.line.bold && c.line.size <= bodySize * 1.05 && (pagesWithKey.get(repeatKey(c)) ?? 0) >= repeatedOn))
          .map((c) => c.line),
      ),
  );
}

interface Candidate {
  line: TextLine;
  edge: 'top' | 'bottom';
}

function edgeLines(page: FurniturePage): Candidate[] {
  const { lines, height } = page;
  const top = lines.slice(0, EDGE_LINES).filter((l) => l.bottom <= height * BAND);
  const bottom = lines.slice(-EDGE_LINES).filter((l) => l.top >= height * (1 - BAND) && !top.includes(l));
  return [...top.map((line) => ({ line, edge: 'top' as const })), ...bottom.map((line) => ({ line, edge: 'bottom' as const }))];
}

/** Text with every number made alike, so "第 2 页" and "第 3 页" (or two dates) match. */
function repeatKey(c: Candidate): string {
  return `${c.edge}:${c.line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
}

/** The font size carrying the most characters. */
function dominantSize(lines: readonly TextLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size * 2) / 2, (chars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 0;
  let size = 0;
  for (const [s, n] of chars) if (n > best) [best, size] = [n, s];
  return size;
}
