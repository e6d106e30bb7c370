import type { ReadLimits } from '../importers/input-error.js';
import { loadReport } from '../node/load-report.js';
import { checkReport } from './check-report.js';
import { count, reportJson } from './format-json.js';
import { formatReportText } from './format-text.js';
import { userMessage } from './user-message.js';

/**
 * The result of checking one file, in the form the output needs and that
 * can cross a worker boundary: the JSON object, the Chinese text, the counts.
 */
export type CheckOutcome =
  | { ok: true; file: string; unit: string; year: number | null; json: Record<string, unknown>; text: string; counts: { error: number; warning: number; info: number } }
  | { ok: false; file: string; message: string };

export async function checkOne(file: string, rulesName: string, limits: ReadLimits, format: 'text' | 'json'): Promise<CheckOutcome> {
  try {
    const checked = checkReport(await loadReport(file, limits), rulesName);
    return {
      ok: true,
      file,
      unit: checked.loaded.report.unit,
      year: checked.loaded.report.year,
      json: format === 'json' ? reportJson(checked) : {},
      text: format === 'text' ? formatReportText(checked) : '',
      counts: count(checked.findings),
    };
  } catch (e) {
    return { ok: false, file, message: userMessage(e, file) };
  }
}
