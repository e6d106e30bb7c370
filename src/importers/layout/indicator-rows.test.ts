import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../core/model/report.js';
import type { SourceCell, SourceRef } from '../source-document.js';
import { IndicatorRefs, type IndicatorColumns } from './indicator-rows.js';

/** The sources of a row as they were made before IndicatorRefs: field by field, leaving out what has none. */
const FIELDS: readonly (readonly [keyof Indicator, (c: IndicatorColumns) => number | null])[] = [
  ['name', (c) => c.name],
  ['target', (c) => c.target ?? c.initialTarget],
  ['actual', (c) => c.actual],
  ['weight', (c) => c.weight],
  ['score', (c) => c.score],
  ['deviationNote', (c) => c.note],
  ['scoreCoefficient', (c) => c.coefficient],
  ['core', (c) => c.core],
];

function plainRefs(row: SourceCell[], columns: IndicatorColumns, shift: number): Partial<Record<keyof Indicator, SourceRef>> {
  const refs: Partial<Record<keyof Indicator, SourceRef>> = {};
  for (const [field, column] of FIELDS) {
    const col = column(columns);
    if (col === null) continue;
    const ref = row[col + shift]?.at;
    if (ref) refs[field] = ref;
  }
  return refs;
}

describe('IndicatorRefs', () => {
  const col = fc.option(fc.integer({ min: 0, max: 9 }), { nil: null });
  const columns = fc.record({
    level1: col,
    level2: col,
    name: fc.integer({ min: 0, max: 9 }),
    target: col,
    initialTarget: col,
    comparator: col,
    unit: col,
    actual: col,
    weight: col,
    score: col,
    note: col,
    coefficient: col,
    core: col,
  });

  it('gives each field the source the plain record of the row gives, and the same JSON', () => {
    fc.assert(
      fc.property(columns, fc.integer({ min: 0, max: 11 }), fc.integer({ min: -2, max: 2 }), (cols, width, shift) => {
        const header: IndicatorColumns = { ...cols, other: [], totalWeight: null, named: [] };
        const row: SourceCell[] = Array.from({ length: width }, (_, i) => ({ text: String(i), at: { file: 'r.txt', line: 1, column: i + 1 } }));
        const refs = new IndicatorRefs(row, header, shift) as unknown as Record<string, SourceRef | undefined>;
        const plain = plainRefs(row, header, shift) as Record<string, SourceRef | undefined>;
        for (const field of [...FIELDS.map(([f]) => f), 'level1', 'level2', 'initialTarget', 'row', 'shift', 'columns']) expect(refs[field]).toBe(plain[field]);
        expect(JSON.stringify(refs)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a field's source only when asked for", () => {
    let made = 0;
    const cell = {
      text: '10',
      get at(): SourceRef {
        made++;
        return { file: 'r.txt', line: 1 };
      },
    };
    const header: IndicatorColumns = { level1: null, level2: null, name: 0, target: null, initialTarget: null, comparator: null, unit: null, actual: null, weight: null, score: null, note: null, coefficient: null, core: null, other: [], totalWeight: null, named: [] };
    const refs = new IndicatorRefs([cell], header, 0);
    expect(made).toBe(0);
    expect(refs.name).toEqual({ file: 'r.txt', line: 1 });
    expect(made).toBe(1);
  });
});
