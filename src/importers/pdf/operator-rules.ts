import type { Rule } from './geometry.js';
import { maxOf, minOf } from '../../core/util/arrays.js';

/**
 * The ruling lines and images of a page, read from pdf.js's operator list.
 *
 * Table borders come in three shapes depending on the producer: stroked
 * lines (LibreOffice, Word), stroked rectangles, and thin filled rectangles
 * (Chromium/Skia, many Excel exports). All three become axis-aligned rules;
 * curves, diagonals, invisible (white) paint and large filled areas (cell
 * shading, page backgrounds) are ignored.
 */

/** The subset of pdf.js's `OPS` table this module reads (numbers differ between versions, so they are passed in). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageXObjectRepeat: number;
  paintInlineImageXObjectGroup: number;
  paintImageMaskXObject: number;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface PageGraphics {
  rules: Rule[];
  hasImages: boolean;
}

/** pdf.js path commands inside a constructPath buffer (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this (points) is a line, not an area. */
const MAX_LINE_THICKNESS = 2.5;
/** A segment whose ends differ by less than this across its direction counts as straight. */
const STRAIGHT_TOLERANCE = 0.5;
/** Segments shorter than this are dots or glyph parts, not rules. */
const MIN_RULE_LENGTH = 2;

export type Matrix = [number, number, number, number, number, number];

interface GraphicsState {
  ctm: Matrix;
  fillVisible: boolean;
  strokeVisible: boolean;
}

/**
 * Walks the operator list with the transformation matrix stack and returns
 * the page's rules in the coordinates `initial` maps to (pass the viewport
 * transform to get top-down page space).
 */
export function extractGraphics(list: OperatorList, ops: OpCodes, initial: Matrix): PageGraphics {
  const rules: Rule[] = [];
  let hasImages = false;
  let state: GraphicsState = { ctm: initial, fillVisible: true, strokeVisible: true };
  const stack: GraphicsState[] = [];
  const imageOps = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObject]);
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const closingOps = new Set([ops.closeStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);

  const n = list.fnArray.length;
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i];
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state };
      if (fn === ops.paintFormXObjectBegin) {
        const m = matrixArg(Array.isArray(args) ? args[0] : undefined);
        if (m) state.ctm = compose(state.ctm, m);
      }
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === ops.transform) {
      const m = matrixArg(args);
      if (m) state.ctm = compose(state.ctm, m);
    } else if (fn === ops.setFillRGBColor) {
      state.fillVisible = !isWhite(args);
    } else if (fn === ops.setStrokeRGBColor) {
      state.strokeVisible = !isWhite(args);
    } else if (imageOps.has(fn)) {
      hasImages = true;
    } else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, buffers] = args as [number, unknown];
      const buffer = Array.isArray(buffers) ? buffers[0] : undefined;
      if (!isNumberArray(buffer)) continue;
      const subpaths = toSubpaths(buffer, state.ctm);
      // The closing variants (s, b, b*) close the last subpath even if the buffer does not say so.
      if (closingOps.has(paint) && subpaths.length > 0) subpaths[subpaths.length - 1]!.closed = true;
      if (strokeOps.has(paint) && state.strokeVisible) {
        for (const sp of subpaths) for (const rule of strokedRules(sp)) rules.push(rule);
      }
      if (fillOps.has(paint) && !strokeOps.has(paint) && state.fillVisible) {
        for (const sp of subpaths) {
          const rule = filledRule(sp);
          if (rule) rules.push(rule);
        }
      }
    }
  }
  return { rules, hasImages };
}

type Point = [number, number];

/** A subpath as a polyline; curves are kept only as their end points (and then never straight rules). */
interface Subpath {
  points: Point[];
  curved: boolean;
  closed: boolean;
}

function toSubpaths(buffer: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | undefined;
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE_TO) {
      current = { points: [apply(ctm, buffer[k]!, buffer[k + 1]!)], curved: false, closed: false };
      out.push(current);
      k += 2;
    } else if (op === LINE_TO) {
      current ??= pushEmpty(out);
      current.points.push(apply(ctm, buffer[k]!, buffer[k + 1]!));
      k += 2;
    } else if (op === CURVE_TO) {
      current ??= pushEmpty(out);
      current.curved = true;
      current.points.push(apply(ctm, buffer[k + 4]!, buffer[k + 5]!));
      k += 6;
    } else if (op === QUAD_TO) {
      current ??= pushEmpty(out);
      current.curved = true;
      current.points.push(apply(ctm, buffer[k + 2]!, buffer[k + 3]!));
      k += 4;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      current = undefined;
    } else {
      break; // Unknown command: the rest of the buffer cannot be parsed safely.
    }
  }
  return out;
}

function pushEmpty(out: Subpath[]): Subpath {
  const sp: Subpath = { points: [], curved: false, closed: false };
  out.push(sp);
  return sp;
}

/** The straight axis-aligned edges of a stroked subpath. */
function strokedRules(sp: Subpath): Rule[] {
  if (sp.curved) return [];
  const pts = sp.closed && sp.points.length > 2 ? [...sp.points, sp.points[0]!] : sp.points;
  const rules: Rule[] = [];
  for (let i = 1; i < pts.length; i++) {
    const rule = straight(pts[i - 1]!, pts[i]!);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** A filled thin rectangle as the rule along its middle; anything else yields nothing. */
function filledRule(sp: Subpath): Rule | undefined {
  if (sp.curved || sp.points.length < 3) return undefined;
  const box = rectangle(sp.points);
  if (!box) return undefined;
  const w = box.right - box.left;
  const h = box.bottom - box.top;
  if (h <= MAX_LINE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) {
    const y = (box.top + box.bottom) / 2;
    return { x1: box.left, y1: y, x2: box.right, y2: y };
  }
  if (w <= MAX_LINE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) {
    const x = (box.left + box.right) / 2;
    return { x1: x, y1: box.top, x2: x, y2: box.bottom };
  }
  return undefined;
}

/** The bounds of a polygon that is an axis-aligned rectangle (4 or 5 points), else undefined. */
function rectangle(points: Point[]): { left: number; top: number; right: number; bottom: number } | undefined {
  const pts = points.length === 5 && near(points[0]!, points[4]!) ? points.slice(0, 4) : points;
  if (pts.length !== 4) return undefined;
  for (let i = 0; i < 4; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % 4]!;
    if (Math.abs(a[0] - b[0]) > STRAIGHT_TOLERANCE && Math.abs(a[1] - b[1]) > STRAIGHT_TOLERANCE) return undefined;
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { left: minOf(xs), top: minOf(ys), right: maxOf(xs), bottom: maxOf(ys) };
}

function near(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) <= STRAIGHT_TOLERANCE && Math.abs(a[1] - b[1]) <= STRAIGHT_TOLERANCE;
}

function straight(a: Point, b: Point): Rule | undefined {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= STRAIGHT_TOLERANCE && dx >= MIN_RULE_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y };
  }
  if (dx <= STRAIGHT_TOLERANCE && dy >= MIN_RULE_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    return { x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) };
  }
  return undefined;
}

/** `outer ∘ inner`: the matrix that applies `inner` first, then `outer` (PDF's `cm` semantics). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function matrixArg(value: unknown): Matrix | undefined {
  if (!isNumberArray(value) || value.length < 6) return undefined;
  return [value[0]!, value[1]!, value[2]!, value[3]!, value[4]!, value[5]!];
}

function isNumberArray(value: unknown): value is ArrayLike<number> {
  if (value instanceof Float32Array || value instanceof Float64Array) return true;
  return Array.isArray(value) && value.every((v) => typeof v === 'number');
}

/** pdf.js hands colours over as "#rrggbb"; white paint draws nothing visible on a white page. */
function isWhite(args: unknown): boolean {
  const value = Array.isArray(args) ? args[0] : undefined;
  return typeof value === 'string' && /^#f[c-f]f[c-f]f[c-f]$/i.test(value);
}
