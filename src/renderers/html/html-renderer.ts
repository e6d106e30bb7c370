import type { Grid } from '../layout/grid.js';
import type { DocBlock, ReportDocument } from '../layout/report-document.js';
import { REPORT_CSS } from './report-css.js';

/**
 * One standalone, printable HTML page of a report: its CSS inline, no script,
 * no outside resource; A4 pages with the official margins and page numbers
 * when printed (the PDF is this page printed by Chromium). The web client
 * reuses it for previews and the public page.
 */
export function renderHtml(doc: ReportDocument): string {
  const body = doc.blocks.map(block).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="jixiao">
<title>${escape(doc.title)}</title>
<style>
${REPORT_CSS}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${escape(b.text)}</h1>`;
    case 'heading':
      return b.level === 1 ? `<h2>${escape(b.text)}</h2>` : `<h3>${escape(b.text)}</h3>`;
    case 'paragraph':
      return `<p>${escape(b.text)}</p>`;
    case 'attachmentList':
      return `<div class="attachment-list"><p class="attachments">附件：</p>\n${b.items.map((i) => `<p class="attachment-item">${escape(i)}</p>`).join('\n')}</div>`;
    case 'attachment':
      return `<section class="attachment">\n<p class="attachment-number">${escape(b.number)}</p>\n<p class="caption">${escape(b.caption)}</p>\n${table(b.grid)}\n</section>`;
  }
}

export function table(grid: Grid): string {
  const total = grid.widths.reduce((s, w) => s + w, 0);
  const cols = grid.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rows = grid.rows.map((row) => `<tr>${row.map((c) => {
    const attrs = [c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '', c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '', ` class="${c.style}"`].join('');
    return `<td${attrs}>${escape(c.text).replace(/\n/g, '<br>')}</td>`;
  }).join('')}</tr>`);
  return `<table><colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</table>`;
}

export function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
