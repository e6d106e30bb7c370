import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextRun } from './geometry.js';
import { run } from './test-support/builders.js';
import { groupLines, joinRuns, splitAtGaps } from './text-lines.js';

describe('groupLines', () => {
  it('keeps a raised superscript on its line and orders runs left to right', () => {
    const lines = groupLines([run('2', 121, 96, 7), run('实际规模 (m', 60, 100), run(')', 126, 100), run('下一行', 60, 118)]);
    expect(lines.map((l) => l.text)).toEqual(['实际规模 (m2)', '下一行']);
    expect(lines[0]!.baseline).toBe(100);
    expect(lines[0]!.size).toBe(12);
  });

  it('ignores runs of white space', () => {
    expect(groupLines([run(' ', 10, 10), run('字', 20, 10)]).map((l) => l.text)).toEqual(['字']);
  });

  it('recovers lines from runs in any order, whatever their jitter', () => {
    const lineArb = fc.record({
      size: fc.integer({ min: 8, max: 24 }),
      pitch: fc.double({ min: 1.1, max: 3, noNaN: true }),
      pieces: fc.array(fc.record({ text: fc.constantFrom('预算', '6340.13', '万元', '执行率', '94.46%'), gap: fc.integer({ min: 0, max: 40 }), dy: fc.double({ min: -0.15, max: 0.15, noNaN: true }) }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), fc.array(fc.nat()), (specs, order) => {
        let y = 50;
        const expected: TextRun[][] = [];
        specs.forEach((spec, i) => {
          if (i > 0) y += spec.pitch * Math.max(spec.size, specs[i - 1]!.size);
          let x = 40;
          expected.push(
            spec.pieces.map((p) => {
              const r = run(p.text, x + p.gap, y + p.dy * spec.size, spec.size);
              x = r.x + r.width;
              return r;
            }),
          );
        });
        const shuffled = expected.flat().map((r, i) => ({ r, k: order[i] ?? i })).sort((a, b) => a.k - b.k).map((e) => e.r);
        const lines = groupLines(shuffled);
        expect(lines.map((l) => l.runs)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('joinRuns and splitAtGaps', () => {
  it('puts a space where the gap shows one, and none inside justified CJK text', () => {
    expect(joinRuns([run('合计', 0, 0), run('7380.15', 40, 0)])).toBe('合计 7380.15');
    expect(joinRuns([run('全年', 0, 0), run('预算', 26, 0)])).toBe('全年预算');
    expect(joinRuns([run('第', 0, 0), run('1', 14, 0), run('批', 20, 0)])).toBe('第1批');
  });

  it('splits a line at gaps wider than an em', () => {
    const [l] = groupLines([run('基本支出', 0, 0), run('6340.13', 80, 0), run('93.55%', 150, 0), run('注', 186, 0)]);
    expect(splitAtGaps(l!).map((c) => c.map((r) => r.text))).toEqual([['基本支出'], ['6340.13'], ['93.55%', '注']]);
  });
});
