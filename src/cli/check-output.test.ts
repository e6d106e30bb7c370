import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckOutput, nestedJson } from './check-output.js';
import { summaryTable } from './format-text.js';

// A report as checkOne prints it: its JSON, already indented to sit in the list.
const reportArb = fc.record({
  file: fc.string({ minLength: 1, maxLength: 12 }),
  unit: fc.string({ maxLength: 8 }),
  year: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }),
  findings: fc.array(fc.record({ rule: fc.constantFrom('FUNDS-EXEC-RATE', 'IND-WEIGHT-TOTAL'), message: fc.string({ maxLength: 20 }) }), { maxLength: 3 }),
});
const failureArb = fc.record({ file: fc.string({ minLength: 1, maxLength: 12 }), message: fc.string({ maxLength: 30 }) });
const inputArb = fc.array(fc.oneof(reportArb.map((r) => ({ ok: true as const, r })), failureArb.map((f) => ({ ok: false as const, f }))), { maxLength: 6 });

type Inputs = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function streamed(format: 'json' | 'text', inputs: Inputs): string {
  let out = '';
  const o = new CheckOutput(format, inputs.length > 1, (s) => {
    out += s;
  });
  for (const x of inputs) {
    if (x.ok) {
      const json = { file: x.r.file, unit: x.r.unit, year: x.r.year, findings: x.r.findings };
      const printed = format === 'json' ? nestedJson(json) : `${x.r.unit}：${x.r.findings.length} 项`;
      o.report({ ok: true, file: x.r.file, unit: x.r.unit, year: x.r.year, printed, counts: { error: x.r.findings.length, warning: 0, info: 0 }, tables: x.r.findings.length });
    } else o.unreadable({ file: x.f.file, message: x.f.message });
  }
  o.end();
  return out;
}

describe('CheckOutput', () => {
  it('streams exactly the JSON that stringifying the whole result at the end would print', () => {
    fc.assert(
      fc.property(inputArb, (inputs) => {
        const reports = inputs.flatMap((x) => (x.ok ? [{ file: x.r.file, unit: x.r.unit, year: x.r.year, findings: x.r.findings }] : []));
        const failures = inputs.flatMap((x) => (x.ok ? [] : [x.f]));
        const whole: Record<string, unknown> = { reports };
        if (failures.length > 0) whole.unreadable = failures;
        const text = streamed('json', inputs);
        expect(text).toBe(`${JSON.stringify(whole, null, 2)}\n`);
        expect(JSON.parse(text)).toEqual(whole);
      }),
    );
  });

  it('streams the Chinese reports separated by blank lines, then the summary table of a batch', () => {
    fc.assert(
      fc.property(inputArb, (inputs) => {
        const parts = inputs.flatMap((x) => (x.ok ? [`${x.r.unit}：${x.r.findings.length} 项`] : []));
        if (inputs.length > 1) {
          const rows = inputs.flatMap((x) => (x.ok ? [{ file: x.r.file, unit: x.r.unit, year: x.r.year, counts: { error: x.r.findings.length, warning: 0, info: 0 }, tables: x.r.findings.length }] : []));
          parts.push(summaryTable(rows, inputs.flatMap((x) => (x.ok ? [] : [x.f]))));
        }
        expect(streamed('text', inputs)).toBe(parts.length > 0 ? `${parts.join('\n\n')}\n` : '');
      }),
    );
  });
});
