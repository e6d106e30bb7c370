import type { CheckOutcome } from './check-one.js';
import { summaryTable, type SummaryRow } from './format-text.js';

type Checked = Extract<CheckOutcome, { ok: true }>;

/** How JSON.stringify(…, null, 2) opens and closes `{"reports":[…]}`: the output is written between them, report by report. */
const REPORTS_OPEN = '{\n  "reports": [\n';
const REPORTS_CLOSE = '\n  ]';

/** A report's JSON as `JSON.stringify({reports:[…]}, null, 2)` prints it inside the list (indented by four). */
export function nestedJson(value: Record<string, unknown>): string {
  const whole = JSON.stringify({ reports: [value] }, null, 2);
  return whole.slice(REPORTS_OPEN.length, whole.length - REPORTS_CLOSE.length - '\n}'.length);
}
type Failure = { file: string; message: string };

/**
 * Writes the result of `check` to stdout as each report is checked: a long
 * batch shows its first reports at once and holds only the summary rows.
 * The bytes are those of the whole output written at the end —
 * `{"reports":[…],"unreadable":[…]}` as JSON.stringify indents it, or the
 * Chinese reports separated by a blank line, then the summary table.
 */
export class CheckOutput {
  private readonly rows: SummaryRow[] = [];
  private readonly failures: Failure[] = [];
  private written = 0;

  constructor(
    private readonly format: 'text' | 'json',
    private readonly withSummary: boolean,
    private readonly write: (s: string) => void = (s) => process.stdout.write(s),
  ) {}

  report(c: Checked): void {
    this.rows.push({ file: c.file, unit: c.unit, year: c.year, counts: c.counts, tables: c.tables });
    if (this.format === 'json') this.write(this.written === 0 ? `${REPORTS_OPEN}${c.printed}` : `,\n${c.printed}`);
    else this.write(this.written === 0 ? c.printed : `\n\n${c.printed}`);
    this.written++;
  }

  unreadable(f: Failure): void {
    this.failures.push({ file: f.file, message: f.message });
  }

  /** Closes the output; returns what was checked and what could not be read. */
  end(): { checked: SummaryRow[]; failures: Failure[] } {
    if (this.format === 'json') {
      const reports = this.written === 0 ? '{\n  "reports": []' : REPORTS_CLOSE;
      const unreadable = this.failures.length > 0 ? `,\n  "unreadable": ${JSON.stringify(this.failures, null, 2).replace(/\n/g, '\n  ')}` : '';
      this.write(`${reports}${unreadable}\n}\n`);
    } else {
      if (this.withSummary) this.write(`${this.written === 0 ? '' : '\n\n'}${summaryTable(this.rows, this.failures)}`);
      if (this.written > 0 || this.withSummary) this.write('\n');
    }
    return { checked: this.rows, failures: this.failures };
  }
}
