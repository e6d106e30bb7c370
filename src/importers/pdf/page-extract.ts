import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { PageContent, TextRun } from './geometry.js';
import { apply, compose, extractGraphics, type Matrix, type OpCodes } from './operator-rules.js';
import { charSpans } from './char-width.js';
import { normalizePdfText } from './text-normalize.js';

/**
 * Reads one pdf.js page into runs and rules in top-down page space. The
 * operator list is read first so that the page's fonts are loaded and their
 * names (which tell bold faces) can be looked up.
 */
export async function extractPage(page: PDFPageProxy, ops: OpCodes): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as Matrix;
  const operatorList = await page.getOperatorList();
  const graphics = extractGraphics(operatorList, ops, toPage);
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  const boldByFont = new Map<string, boolean>();
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    let bold = boldByFont.get(item.fontName);
    if (bold === undefined) {
      bold = isBoldFont(fontName(page, item.fontName));
      boldByFont.set(item.fontName, bold);
    }
    const run = toRun({ ...item, str: normalizePdfText(item.str) }, toPage, bold);
    if (run) runs.push(...splitRun(run));
  }
  return {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    runs: dropDoubledRuns(runs),
    rules: graphics.rules,
    hasImages: graphics.hasImages,
  };
}

/** The PostScript name of a loaded font, e.g. "BAAAAA+SimHei"; empty when unknown. */
function fontName(page: PDFPageProxy, id: string): string {
  try {
    const font: unknown = page.commonObjs.get(id);
    if (font && typeof font === 'object' && 'name' in font && typeof font.name === 'string') return font.name;
  } catch {
    // Not resolved (e.g. a font that failed to load): no name, no boldness.
  }
  return '';
}

/** Bold, black and heavy faces, and 黑体 (Hei) faces Chinese documents use for headings. */
export function isBoldFont(name: string): boolean {
  return /bold|black|heavy|semibold|demi|[,-]bd\b|hei|黑体/i.test(name.replace(/^[A-Z]{6}\+/, ''));
}

function toRun(item: TextItem, toPage: Matrix, bold: boolean): TextRun | undefined {
  const t = item.transform as number[];
  if (t.length < 6 || t.some((v) => !Number.isFinite(v))) return undefined;
  const m = compose(toPage, [t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!]);
  const [x, y] = apply(m, 0, 0);
  const size = Math.hypot(m[2], m[3]);
  if (!(size > 0)) return undefined;
  const horizontal = Math.abs(m[1]) <= Math.abs(m[0]) * 0.1;
  if (horizontal) return { text: item.str, x: m[0] >= 0 ? x : x - item.width, y, width: item.width, size, bold };
  // Rotated text (e.g. a column heading turned 90°): keep its bounding box so
  // that it still lands in the right table cell.
  const [ex, ey] = [x + (m[0] / Math.hypot(m[0], m[1])) * item.width, y + (m[1] / Math.hypot(m[0], m[1])) * item.width];
  return { text: item.str, x: Math.min(x, ex), y: Math.max(y, ey), width: Math.abs(ex - x) || size, size: Math.min(size, Math.abs(ey - y) || size), bold };
}

/**
 * Trims a run's outer spaces (moving its edges, so an indent made of spaces
 * still shows as an indent) and splits it where it holds two or more spaces
 * in a row: producers that lay a table out with spaces draw a whole row as
 * one string.
 */
export function splitRun(run: TextRun): TextRun[] {
  const spans = charSpans(run.text, run.width);
  const out: TextRun[] = [];
  let piece: typeof spans = [];
  let spaces = 0;
  const flush = (): void => {
    while (piece.length > 0 && isSpace(piece[piece.length - 1]!.char)) piece.pop();
    if (piece.length > 0) {
      const first = piece[0]!;
      const last = piece[piece.length - 1]!;
      out.push({ ...run, text: piece.map((s) => s.char).join(''), x: run.x + first.x, width: last.x + last.width - first.x });
    }
    piece = [];
  };
  for (const span of spans) {
    if (isSpace(span.char)) {
      spaces++;
      if (spaces === 2) flush();
      if (piece.length > 0) piece.push(span);
    } else {
      spaces = 0;
      piece.push(span);
    }
  }
  flush();
  return out;
}

function isSpace(char: string): boolean {
  return /[\s\u00A0\u3000]/.test(char);
}

/**
 * Word and WPS make bold Chinese text by drawing it twice, a fraction of a
 * point apart. Keeps one copy of each such pair and marks it bold.
 */
export function dropDoubledRuns(runs: readonly TextRun[]): TextRun[] {
  const kept: TextRun[] = [];
  const byText = new Map<string, TextRun[]>();
  for (const run of runs) {
    const same = byText.get(run.text) ?? [];
    const twin = same.find((k) => Math.abs(k.x - run.x) < 0.2 * run.size && Math.abs(k.y - run.y) < 0.2 * run.size);
    if (twin) {
      twin.bold = true;
      continue;
    }
    const copy = { ...run };
    kept.push(copy);
    same.push(copy);
    byText.set(run.text, same);
  }
  return kept;
}
