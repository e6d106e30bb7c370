import { deriveReport } from '../core/authoring/derive-report.js';
import type { DepartmentReport } from '../core/model/report.js';
import type { ScoringRuleSet } from '../core/scoring/rule-set.js';
import { renderDocx } from './docx/docx-renderer.js';
import { renderHtml } from './html/html-renderer.js';
import { attachmentBlocks, reportDocument } from './layout/report-document.js';
import { renderMarkdown } from './markdown/markdown-renderer.js';
import { renderXlsx } from './xlsx/xlsx-renderer.js';

export type RenderFormat = 'docx' | 'xlsx' | 'pdf' | 'html' | 'md' | 'json';
export const RENDER_FORMATS: readonly RenderFormat[] = ['docx', 'xlsx', 'pdf', 'html', 'md', 'json'];

export interface RenderOptions {
  rules: ScoringRuleSet;
  /**
   * 'mended' (the default): every derived figure recomputed from its inputs
   * (deriveReport) and spreadsheets given live formulas; 'as-is': the figures
   * as stated, mistakes included, and no formulas.
   */
  figures?: 'mended' | 'as-is';
  /** The report is a blank form: spreadsheet formulas in its empty cells too. */
  blank?: boolean;
}

/**
 * A report in one of the formats jixiao writes, except PDF, which needs a
 * browser (renderers/node/render-file.ts prints this HTML). Pure: text for
 * HTML, Markdown and JSON; the file's bytes for DOCX and XLSX.
 */
export async function renderReport(report: DepartmentReport, format: Exclude<RenderFormat, 'pdf'>, opts: RenderOptions): Promise<string | Uint8Array> {
  const mended = (opts.figures ?? 'mended') === 'mended';
  const r = mended ? deriveReport(report, opts.rules) : report;
  const layout = { rules: opts.rules, formulas: mended, blank: opts.blank ?? false };
  switch (format) {
    case 'json':
      return `${JSON.stringify(r, null, 2)}\n`;
    case 'html':
      return renderHtml(reportDocument(r, layout));
    case 'md':
      return renderMarkdown(reportDocument(r, layout));
    case 'docx':
      return renderDocx(reportDocument(r, layout));
    case 'xlsx':
      return renderXlsx(attachmentBlocks(r, layout));
  }
}
