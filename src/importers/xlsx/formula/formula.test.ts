import { describe, expect, it } from 'vitest';
import { UnsupportedFormula } from './formula-ast.js';
import { EMPTY, evaluate, type Scalar } from './formula-eval.js';
import { parseFormula } from './formula-parser.js';
import { printFormula } from './formula-print.js';

const sheet: Record<string, Scalar> = { A1: 1, A2: 2, A3: 'x', A4: '4', B1: 7380.15, B2: 6971.1, C1: true, D1: 0 };
function run(formula: string, rowOffset = 0, colOffset = 0): Scalar {
  return evaluate(parseFormula(formula), {
    value: (row, col) => sheet[String.fromCharCode(64 + col) + row] ?? EMPTY,
    rowOffset,
    colOffset,
  });
}

describe('formulas jixiao recomputes', () => {
  it.each([
    ['B2/B1', 6971.1 / 7380.15],
    ['ROUND(B2/B1*100,2)', 94.46],
    ['ROUND(-2.5,0)', -3],
    ['SUM(A1:A4)', 3],
    ['SUM(A1,A4,C1)', 6],
    ['A1+A4', 5],
    ['-A2^2', 4],
    ['2+3*4', 14],
    ['(2+3)*4', 20],
    ['50%*A2', 1],
    ['MIN(A1:B2)', 1],
    ['MAX(A1:B2,9000)', 9000],
    ['AVERAGE(A1:A2)', 1.5],
    ['ABS(-3)', 3],
    ['IF(B2>=B1,"达标","未达标")', '未达标'],
    ['IF(D1=0,10,ROUND(10*B2/B1,2))', 10],
    ['IF(E9="",1,2)', 1],
    ['A3&"-"&A1', 'x-1'],
    ['$A$1+A$2', 3],
    ['E9+1', 1],
  ])('%s = %s', (formula, value) => {
    const result = run(formula);
    if (typeof value === 'number') expect(result).toBeCloseTo(value, 10);
    else expect(result).toBe(value);
  });

  it('moves the relative references of a shared formula, not the absolute ones', () => {
    expect(run('A1+$B$1', 1, 0)).toBe(2 + 7380.15);
    expect(printFormula(parseFormula('SUM(A1:A2)+$B$1+B$2'), 2, 1)).toBe('SUM(B3:B4)+$B$1+C$2');
  });

  it.each(['Sheet2!A1', "'附件 2'!A1", 'VLOOKUP(A1,B1:C2,2)', 'A1/D1', 'A3+1', 'TODAY()', 'NamedRange*2', 'SUM(A:A)', '#REF!+1'])(
    'does not recompute %s',
    (formula) => {
      expect(() => run(formula)).toThrow(UnsupportedFormula);
    },
  );
});
