import type { DepartmentReport } from '../../core/model/report.js';
import { renderReport, type RenderFormat, type RenderOptions } from '../render.js';
import { htmlToPdf } from './pdf-renderer.js';

/** A report in any format jixiao writes, PDF included (HTML printed by headless Chromium). */
export async function renderToBytes(report: DepartmentReport, format: RenderFormat, opts: RenderOptions): Promise<Uint8Array> {
  if (format === 'pdf') return htmlToPdf((await renderReport(report, 'html', opts)) as string);
  const out = await renderReport(report, format, opts);
  return typeof out === 'string' ? new TextEncoder().encode(out) : out;
}
