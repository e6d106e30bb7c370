import type { TextRun } from './geometry.js';
import { collapseSpaces, joinOnLine } from './text-join.js';
import { maxOf, minOf, pushAll } from '../../core/util/arrays.js';

/** Runs sharing a baseline, left to right. */
export interface TextLine {
  runs: TextRun[];
  left: number;
  right: number;
  /** Baseline of the line's main text (superscripts sit above it). */
  baseline: number;
  top: number;
  bottom: number;
  /** Font size of the line's main text. */
  size: number;
  /** Every run is bold. */
  bold: boolean;
  text: string;
}

/** Runs on baselines closer than this share a line, as a fraction of the larger font size. */
const BASELINE_TOLERANCE = 0.4;
/** The same for a run in smaller type than its neighbour: a superscript is raised about a third of an em, or more. */
const SCRIPT_TOLERANCE = 0.55;

/**
 * Groups runs into lines by baseline. Runs whose baselines differ by less
 * than 0.4 em belong together, 0.55 em when one is in smaller type (so a
 * raised "2" of "m²" stays on its line);
 * lines come out top to bottom and runs left to right.
 *
 * Example: runs "编制数" (x 60, y 100) and "261" (x 200, y 100.4) make one
 * line "编制数 261".
 */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let anchor = 0;
  let anchorSize = 0;
  for (const run of sorted) {
    const big = Math.max(anchorSize, run.size);
    const tolerance = Math.min(anchorSize, run.size) < 0.85 * big ? SCRIPT_TOLERANCE : BASELINE_TOLERANCE;
    if (current.length > 0 && Math.abs(run.y - anchor) <= tolerance * big) {
      current.push(run);
      // Follow the biggest text: superscripts must not drag the line's baseline up.
      if (run.size > anchorSize) {
        anchor = run.y;
        anchorSize = run.size;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    anchor = run.y;
    anchorSize = run.size;
  }
  if (current.length > 0) groups.push(current);
  return attachScripts(groups).map(makeLine);
}

/** A "line" of at most this many characters may be a superscript or subscript of a neighbouring line. */
const MAX_SCRIPT_CHARS = 3;

/**
 * Puts superscripts and subscripts drawn in full-size type (as Word files
 * converted by LibreOffice do: "m" and a raised "2" of the same size) back
 * on their line: a tiny group whose baseline is within 0.7 em of a
 * neighbouring line and that touches one of its runs.
 */
function attachScripts(groups: TextRun[][]): TextRun[][] {
  const out = groups.map((g) => [...g]);
  for (let i = 0; i < out.length; i++) {
    const group = out[i]!;
    if (group.length === 0 || group.reduce((n, r) => n + r.text.trim().length, 0) > MAX_SCRIPT_CHARS) continue;
    for (const j of [i + 1, i - 1]) {
      const host = out[j];
      if (!host || host.length === 0 || !touches(group, host)) continue;
      pushAll(host, group);
      out[i] = [];
      break;
    }
  }
  return out.filter((g) => g.length > 0);
}

function touches(script: readonly TextRun[], host: readonly TextRun[]): boolean {
  return script.every((s) =>
    host.some((h) => {
      const size = Math.max(h.size, s.size);
      if (Math.abs(h.y - s.y) > 0.7 * size) return false;
      const gap = Math.max(s.x - (h.x + h.width), h.x - (s.x + s.width));
      return gap < 0.3 * size;
    }),
  );
}

/** Builds a line from runs already known to share a baseline. */
export function makeLine(runs: readonly TextRun[]): TextLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const main = mainRun(sorted);
  return {
    runs: sorted,
    left: minOf(sorted.map((r) => r.x)),
    right: maxOf(sorted.map((r) => r.x + r.width)),
    baseline: main.y,
    top: minOf(sorted.map((r) => r.y - r.size * 0.88)),
    bottom: maxOf(sorted.map((r) => r.y + r.size * 0.12)),
    size: main.size,
    bold: sorted.every((r) => r.bold || r.text.trim() === ''),
    text: joinRuns(sorted),
  };
}

/** The run carrying most characters (ties: the larger font). */
function mainRun(runs: readonly TextRun[]): TextRun {
  let best = runs[0]!;
  for (const r of runs) {
    const n = r.text.trim().length;
    const m = best.text.trim().length;
    if (n > m || (n === m && r.size > best.size)) best = r;
  }
  return best;
}

/** The text of runs on one line, left to right, with spaces where the gaps show them. */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    text = joinOnLine(text, run.text, gap, run.size);
    end = Math.max(end, run.x + run.width);
  }
  return collapseSpaces(text);
}

/**
 * Splits a line where the gap between two runs is wider than `minGap` em:
 * the pieces that may be table columns.
 */
export function splitAtGaps(line: TextLine, minGap = 1.0): TextRun[][] {
  const chunks: TextRun[][] = [];
  let current: TextRun[] = [];
  let end = -Infinity;
  for (const run of line.runs) {
    if (current.length > 0 && run.x - end > minGap * Math.max(run.size, line.size)) {
      chunks.push(current);
      current = [];
    }
    current.push(run);
    end = Math.max(end, run.x + run.width);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
