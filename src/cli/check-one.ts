import type { ReadLimits } from '../importers/input-error.js';
import { tableCount } from '../core/model/coverage.js';
import { loadReport } from '../node/load-report.js';
import { checkReport } from './check-report.js';
import { count, reportJson } from './format-json.js';
import { nestedJson } from './check-output.js';
import { formatReportText } from './format-text.js';
import { userMessage } from './user-message.js';

/**
 * The result of checking one file, already in its printed form (the report's
 * JSON, indented to sit inside `{"reports":[…]}`, or its Chinese text): a
 * batch of thousands then keeps one flat string per report, not thousands of
 * finding objects for the garbage collector to walk again and again.
 */
export type CheckOutcome =
  | { ok: true; file: string; unit: string; year: number | null; printed: string; counts: { error: number; warning: number; info: number }; tables: number }
  | { ok: false; file: string; message: string };

export async function checkOne(file: string, rulesName: string, limits: ReadLimits, format: 'text' | 'json'): Promise<CheckOutcome> {
  try {
    const checked = checkReport(await loadReport(file, limits), rulesName);
    return {
      ok: true,
      file,
      unit: checked.loaded.report.unit,
      year: checked.loaded.report.year,
      printed: format === 'json' ? nestedJson(reportJson(checked)) : formatReportText(checked),
      counts: count(checked.findings),
      tables: tableCount(checked.coverage),
    };
  } catch (e) {
    return { ok: false, file, message: userMessage(e, file) };
  }
}
