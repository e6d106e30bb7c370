import { describe, expect, it } from 'vitest';
import { compose, extractGraphics, type Matrix, type OpCodes } from './operator-rules.js';

/** Operator numbers for the test; the reader takes pdf.js's real table as a parameter. */
const OPS: OpCodes = {
  save: 1,
  restore: 2,
  transform: 3,
  constructPath: 4,
  paintFormXObjectBegin: 5,
  paintFormXObjectEnd: 6,
  stroke: 7,
  closeStroke: 8,
  fill: 9,
  eoFill: 10,
  fillStroke: 11,
  eoFillStroke: 12,
  closeFillStroke: 13,
  closeEOFillStroke: 14,
  setFillRGBColor: 15,
  setStrokeRGBColor: 16,
  paintImageXObject: 17,
  paintInlineImageXObject: 18,
  paintImageXObjectRepeat: 19,
  paintInlineImageXObjectGroup: 20,
  paintImageMaskXObject: 21,
};
const [M, L, C, CLOSE] = [0, 1, 2, 4];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** PDF space of an A4 page (y up) to top-down page space. */
const A4: Matrix = [1, 0, 0, -1, 0, 842];

const path = (paint: number, ...cmds: number[]): [number, [Float32Array]] => [paint, [new Float32Array(cmds)]];
const list = (...ops: [number, unknown][]) => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) });

describe('extractGraphics', () => {
  it('reads stroked lines and the edges of stroked rectangles, flipped to top-down space', () => {
    const ops = list([OPS.constructPath, path(OPS.stroke, M, 10, 800, L, 200, 800)], [OPS.constructPath, path(OPS.closeStroke, M, 10, 700, L, 60, 700, L, 60, 650, L, 10, 650)]);
    expect(extractGraphics(ops, OPS, A4).rules).toEqual([
      { x1: 10, y1: 42, x2: 200, y2: 42 },
      { x1: 10, y1: 142, x2: 60, y2: 142 },
      { x1: 60, y1: 142, x2: 60, y2: 192 },
      { x1: 10, y1: 192, x2: 60, y2: 192 },
      { x1: 10, y1: 142, x2: 10, y2: 192 },
    ]);
  });

  it('reads thin filled rectangles as lines and ignores filled areas, curves, diagonals and white paint', () => {
    const ops = list(
      [OPS.constructPath, path(OPS.fill, M, 10, 10, L, 110, 10, L, 110, 10.8, L, 10, 10.8, CLOSE)],
      [OPS.constructPath, path(OPS.fill, M, 10, 10, L, 110, 10, L, 110, 60, L, 10, 60, CLOSE)],
      [OPS.constructPath, path(OPS.stroke, M, 0, 0, C, 10, 10, 20, 10, 30, 0)],
      [OPS.constructPath, path(OPS.stroke, M, 0, 0, L, 50, 50)],
      [OPS.setStrokeRGBColor, ['#ffffff']],
      [OPS.constructPath, path(OPS.stroke, M, 0, 300, L, 100, 300)],
    );
    const rules = extractGraphics(ops, OPS, IDENTITY).rules.map((r) => ({ ...r, y1: +r.y1.toFixed(3), y2: +r.y2.toFixed(3) }));
    expect(rules).toEqual([{ x1: 10, y1: 10.4, x2: 110, y2: 10.4 }]);
  });

  it('follows the transformation stack and form XObjects', () => {
    const ops = list(
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 100, 0]],
      [OPS.constructPath, path(OPS.stroke, M, 0, 10, L, 50, 10)],
      [OPS.restore, null],
      [OPS.paintFormXObjectBegin, [new Float32Array([1, 0, 0, 1, 0, 500]), null]],
      [OPS.constructPath, path(OPS.stroke, M, 0, 0, L, 0, 40)],
      [OPS.paintFormXObjectEnd, null],
      [OPS.constructPath, path(OPS.stroke, M, 0, 0, L, 10, 0)],
    );
    expect(extractGraphics(ops, OPS, IDENTITY).rules).toEqual([
      { x1: 100, y1: 20, x2: 200, y2: 20 },
      { x1: 0, y1: 500, x2: 0, y2: 540 },
      { x1: 0, y1: 0, x2: 10, y2: 0 },
    ]);
  });

  it('notices images', () => {
    expect(extractGraphics(list([OPS.paintImageXObject, ['img_1', 100, 100]]), OPS, IDENTITY).hasImages).toBe(true);
    expect(extractGraphics(list(), OPS, IDENTITY).hasImages).toBe(false);
  });

  it('survives malformed arguments', () => {
    const ops = list([OPS.transform, ['x']], [OPS.constructPath, [OPS.stroke, [null], null]], [OPS.constructPath, path(OPS.stroke, 9, 1, 2)], [OPS.restore, null]);
    expect(extractGraphics(ops, OPS, IDENTITY).rules).toEqual([]);
  });
});

describe('compose', () => {
  it('applies the inner matrix first', () => {
    expect(compose([1, 0, 0, -1, 0, 842], [1, 0, 0, 1, 10, 20])).toEqual([1, 0, 0, -1, 10, 822]);
  });
});
