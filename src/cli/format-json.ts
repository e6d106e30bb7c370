import type { Finding } from '../core/audit/finding.js';
import type { CheckedReport } from './check-report.js';

/**
 * The machine-readable form of `check --format json`:
 * {"reports":[{"file","unit","year","findings":[{"rule","severity","message",
 * "location":{"section","table","row","column","line"},"expected","actual"}]}]}
 * Locations always carry the five keys (null when unknown) and add page,
 * sheet and cell when the input has them. Each report also says what was
 * read of it (`coverage`: sections, tables, indicators).
 */
export function findingJson(f: Finding): Record<string, unknown> {
  const src = f.location.source;
  const location: Record<string, unknown> = {
    section: f.location.section ?? null,
    table: f.location.table ?? null,
    row: f.location.row ?? null,
    column: f.location.column ?? null,
    line: src?.line ?? null,
  };
  if (src?.page !== undefined) location.page = src.page;
  if (src?.sheet !== undefined) location.sheet = src.sheet;
  if (src?.cell !== undefined) location.cell = src.cell;
  if (src?.table !== undefined) location.tableIndex = src.table;
  if (src?.row !== undefined) location.tableRow = src.row;
  if (src?.column !== undefined) location.tableColumn = src.column;
  return { rule: f.rule, severity: f.severity, message: f.message, location, expected: f.expected ?? null, actual: f.actual ?? null };
}

export function reportJson(c: CheckedReport): Record<string, unknown> {
  const r = c.loaded.report;
  return {
    file: c.loaded.file,
    unit: r.unit,
    year: r.year,
    format: c.loaded.source.format,
    rules: c.rules.id,
    coverage: c.coverage,
    summary: count(c.findings),
    findings: c.findings.map(findingJson),
    notes: c.loaded.notes,
  };
}

export function count(findings: Finding[]): { error: number; warning: number; info: number } {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}
