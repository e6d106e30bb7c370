import { charAdvance } from './char-width.js';
import { isCjk } from './text-join.js';
import type { TextLine } from './text-lines.js';

/**
 * Where one paragraph ends and the next begins, from what the eye uses:
 * a first-line indent, a line that stops short of the right margin, a change
 * of font size or weight, extra space between lines, or a numbered start
 * ("一、", "（二）", "(3)") after a finished sentence.
 */

/** The text column of a page (or of the document when a page has too few lines to tell). */
export interface TextColumn {
  left: number;
  right: number;
  /** The usual distance between baselines of one paragraph, in em. */
  pitch: number;
}

const NUMBERED = /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、,])/;
const SENTENCE_END = /[。！？；：:;!?]$/;

/**
 * Whether `next` starts a new paragraph after `prev`. With `samePage` false
 * (`next` opens the following page) the spacing between them says nothing.
 */
export function startsParagraph(prev: TextLine, next: TextLine, prevColumn: TextColumn, nextColumn: TextColumn, samePage: boolean, bodySize: number): boolean {
  const size = Math.max(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 0.12 * size) return true;
  if (prev.bold !== next.bold) return true;
  if (samePage) {
    const pitch = (next.baseline - prev.baseline) / size;
    // Paragraph spacing, even a small one (0.3 em), stands out against the regular line pitch.
    if (pitch > prevColumn.pitch * 1.05 + 0.15) return true;
  }
  if (isCentered(prev, prevColumn) && isCentered(next, nextColumn)) return false;
  // A title wrapping onto a second, centred line.
  const display = (l: TextLine): boolean => l.bold || l.size >= bodySize * 1.05;
  if (display(prev) && display(next) && !NUMBERED.test(next.text) && nearMiddle(prev, prevColumn) && nearMiddle(next, nextColumn)) return false;
  if (next.left > nextColumn.left + 0.6 * next.size) return true;
  if (prevColumn.right - prev.right > firstUnitWidth(next) + 0.5 * prev.size) return true;
  if (SENTENCE_END.test(prev.text) && NUMBERED.test(next.text)) return true;
  return false;
}

/** Characters that may not start a line (so the one before them moves down too), and that may not end one. */
const NO_LINE_START = /[，。、；：？！）》」』”’%‰]/;
const NO_LINE_END = /[（《「『“‘]/;

/**
 * The width of what `line` starts with that could not have been broken: a
 * Latin word or number, or one CJK character with the punctuation bound to
 * it. A previous line that left more room than this free ended on purpose;
 * one that left less was full (ragged right text, "资本性支出" | "42.89 万元").
 */
function firstUnitWidth(line: TextLine): number {
  const chars = Array.from(line.text);
  let n = 0;
  if (isCjk(chars[0])) {
    n = 1;
    while (n < chars.length && NO_LINE_END.test(chars[n - 1]!)) n++;
    while (n < chars.length && NO_LINE_START.test(chars[n]!)) n++;
  } else {
    while (n < chars.length && !/\s/.test(chars[n]!) && !isCjk(chars[n])) n++;
  }
  return chars.slice(0, Math.max(1, n)).reduce((w, c) => w + charAdvance(c), 0) * line.size;
}

/** A line set in the middle of the column, clear of both margins (a title). */
export function isCentered(line: TextLine, column: TextColumn): boolean {
  const middle = (line.left + line.right) / 2;
  const columnMiddle = (column.left + column.right) / 2;
  return Math.abs(middle - columnMiddle) < line.size && line.left > column.left + 2 * line.size;
}

function nearMiddle(line: TextLine, column: TextColumn): boolean {
  return Math.abs((line.left + line.right) / 2 - (column.left + column.right) / 2) < 1.5 * line.size;
}

/**
 * The text column of a set of lines: the leftmost left edge shared by two
 * lines (so a single outdented line does not move it), the right edge most
 * lines end at (commas hanging into the margin do not move it; for ragged
 * text, the upper quartile of the line ends), and the median baseline
 * distance of consecutive lines of one size.
 */
export function measureColumn(lines: readonly TextLine[], fallback?: TextColumn): TextColumn | undefined {
  if (lines.length < 3 && fallback) return fallback;
  if (lines.length === 0) return fallback;
  const left = sharedEdge(lines.map((l) => l.left).sort((a, b) => a - b));
  const right = commonRightEdge(lines.map((l) => l.right).sort((a, b) => a - b));
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (Math.abs(a.size - b.size) > 0.05 * a.size) continue;
    const p = (b.baseline - a.baseline) / a.size;
    if (p >= 0.9 && p <= 3) pitches.push(p);
  }
  pitches.sort((a, b) => a - b);
  const pitch = pitches.length > 0 ? pitches[Math.floor((pitches.length - 1) / 2)]! : (fallback?.pitch ?? 1.5);
  return { left, right, pitch };
}

/** The first value (in the given order) that the next one repeats within 2 points; the first value when none does. */
function sharedEdge(sorted: readonly number[]): number {
  for (let i = 1; i < sorted.length; i++) if (Math.abs(sorted[i]! - sorted[i - 1]!) <= 2) return sorted[i - 1]!;
  return sorted[0]!;
}

function commonRightEdge(sorted: readonly number[]): number {
  let best = { count: 0, edge: sorted[sorted.length - 1]! };
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i]! - sorted[i - 1]! <= 2) continue;
    const count = i - start;
    if (count >= best.count) best = { count, edge: sorted[i - 1]! };
    start = i;
  }
  return best.count >= 3 ? best.edge : sorted[Math.floor((sorted.length - 1) * 0.75)]!;
}
