import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/core/audit/audit.js';
import { departmentReportSchema } from '../src/core/model/schema.js';
import { hunan } from '../src/core/scoring/rule-sets/hunan.js';
import { InputError } from '../src/importers/input-error.js';
import { interpret } from '../src/importers/layout/interpret.js';
import { readText } from '../src/importers/text/text-reader.js';
import { REFERENCE_TEXT } from './support/check-text.js';

/**
 * Real reports arrive damaged in every way extraction can damage them. Whatever
 * is left of the reference report — lines dropped, cells dropped, lines
 * repeated — reads into a valid model and is audited without an exception;
 * the only failure allowed is the Chinese "not a report" input error.
 */
const LAYOUTS = readdirSync('fixtures/layouts').map((name) => readFileSync(`fixtures/layouts/${name}/${name}.txt`, 'utf8'));
const LINES = REFERENCE_TEXT.split('\n');

function readAndAudit(text: string): void {
  try {
    const { report, provenance } = interpret(readText(text, 'damaged.txt'));
    expect(departmentReportSchema.safeParse(report).success).toBe(true);
    for (const f of audit(report, hunan, provenance)) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
  }
}

describe('a damaged reference report', () => {
  it('with random lines dropped or repeated is read and audited without an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<'keep' | 'drop' | 'twice'>('keep', 'keep', 'keep', 'drop', 'twice'), { minLength: LINES.length, maxLength: LINES.length }), (plan) => {
        const lines = LINES.flatMap((l, i) => (plan[i] === 'drop' ? [] : plan[i] === 'twice' ? [l, l] : [l]));
        readAndAudit(lines.join('\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('with random cells dropped from table rows is read and audited without an exception', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        let x = seed;
        const next = () => {
          x = (x * 1103515245 + 12345) % 2 ** 31;
          return x / 2 ** 31;
        };
        const lines = LINES.map((l) => (l.includes('\t') ? l.split('\t').filter(() => next() > 0.15).join('\t') : l));
        readAndAudit(lines.join('\n'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('damaged reports of other provinces', () => {
  it('with random lines and cells dropped are read and audited without an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LAYOUTS), fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }), fc.array(fc.boolean(), { minLength: 4000, maxLength: 4000 }), (text, keepLine, keepCell) => {
        let k = 0;
        const lines = text
          .split('\n')
          .filter((_, i) => keepLine[i % 400] !== false || i % 7 !== 0)
          .map((l) => (l.includes('\t') ? l.split('\t').filter(() => keepCell[k++ % 4000] !== false || k % 5 !== 0).join('\t') : l));
        readAndAudit(lines.join('\n'));
      }),
      { numRuns: 150 },
    );
  });
});
