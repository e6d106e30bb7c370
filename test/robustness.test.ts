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
import { HUBEI_PROJECT_FORM, MINISTRY_DEPARTMENT_FORM } from './support/form-samples.js';

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

describe('damaged forms of other layouts and narratives of other numbering', () => {
  // Tasks above a total, a weight in a header, head lines above a form, parts instead of 一、, a table of contents, units in a line of their own.
  const narrative = '# 某县某局2022年度部门整体支出绩效自评报告\n\n目 录\n\n一、部门概况……1\n\n第一部分 部门概况\n\n一、主要职能\n\n全年预算数１００．００万元，全年执行数 95.00 万元，预算执行率 95.00%。\n\n第二部分 绩效情况\n\n金额单位：元\n\n';
  const samples = [MINISTRY_DEPARTMENT_FORM, HUBEI_PROJECT_FORM, `${narrative}${MINISTRY_DEPARTMENT_FORM}`, `${narrative}${HUBEI_PROJECT_FORM}`];

  it('with lines dropped, repeated, swapped, cut or reversed are read and audited without an exception', () => {
    const op = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'twice', 'cut', 'swap', 'blank', 'reverse'));
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(op, { maxLength: 8 }), (text, ops) => {
        const lines = text.split('\n');
        for (const [a, b, kind] of ops) {
          const i = a % lines.length;
          const j = b % lines.length;
          const line = lines[i] ?? '';
          if (kind === 'drop' && lines.length > 1) lines.splice(i, 1);
          else if (kind === 'twice') lines.splice(i, 0, line);
          else if (kind === 'cut') lines[i] = line.slice(0, b % 20);
          else if (kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', line];
          else if (kind === 'blank') lines.splice(i, 0, '');
          else lines[i] = line.split('\t').reverse().join('\t');
        }
        readAndAudit(lines.join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});
