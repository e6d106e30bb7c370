/**
 * Builds the PDF reader's test PDFs in fixtures/pdf/ from the HTML sources
 * there, with the producers real reports come from: LibreOffice (like Word
 * and WPS, it draws table borders as stroked lines) and Chromium (Skia: thin
 * filled rectangles). The PDFs are committed, so tests need neither tool.
 *
 * Run: npx tsx scripts/pdf/make-fixtures.ts
 * Needs: soffice, chromium, pdftoppm on PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'fixtures/pdf');
const work = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));

/** LibreOffice's Writer HTML import: footers come from a div titled "footer" with a page field. */
const LO_FOOTER = '<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>';
/** Chromium prints CSS page-margin boxes: a "第 N 页" footer. */
const CHROMIUM_PAGE = '@page { size: A4; margin: 2cm 2cm 2.5cm 2cm; @bottom-center { content: "第 " counter(page) " 页"; font-size: 10pt; } }';

function variant(source: string, name: string, edit: (html: string) => string): string {
  const path = join(work, name);
  writeFileSync(path, edit(readFileSync(join(fixtures, source), 'utf8')));
  return path;
}

/** Converts with LibreOffice's Writer (not Writer/Web, which drops headings and indents); `filter` may add export options. */
function soffice(input: string, output: string, filter = 'pdf:writer_pdf_Export'): void {
  const isHtml = input.endsWith('.html');
  execFileSync('soffice', ['--headless', ...(isHtml ? ['--infilter=HTML (StarWriter)'] : []), '--convert-to', filter, '--outdir', work, input], { stdio: 'ignore' });
  const produced = input.replace(/\.[^.]+$/, '.pdf');
  renameSync(produced, join(fixtures, output));
}

function chromium(input: string, output: string, withHeaderFooter: boolean): void {
  const target = join(fixtures, output);
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...(withHeaderFooter ? [] : ['--no-pdf-header-footer']), `--print-to-pdf=${target}`, `file://${input}`],
    { stdio: 'ignore' },
  );
}

soffice(variant('report.html', 'lo-report.html', (h) => h.replace('<!-- footer -->', LO_FOOTER)), 'lo-report.pdf');
chromium(variant('report.html', 'chromium-report.html', (h) => h.replace('/* producer */', CHROMIUM_PAGE)), 'chromium-report.pdf', false);
// Chromium's own header and footer: date and title on top, file URL and "1/3" below.
chromium(
  variant('report.html', 'chromium-header.html', (h) =>
    // Short (fewer glyphs: Chromium embeds CJK fonts as Type 3 outlines) but on two pages.
    h.replace(/<h2>三、[\s\S]*?(?=<h2>五、)/, '').replace('/* producer */', 'h3 + p + h3 { break-before: page; }'),
  ),
  'chromium-header.pdf',
  true,
);
soffice(variant('unruled.html', 'lo-unruled.html', (h) => h), 'lo-unruled.pdf');

// A password-protected copy.
soffice(
  variant('report.html', 'encrypted.html', (h) => h),
  'encrypted.pdf',
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
);

// A "scanned" report: the first page as a grey image only, no text layer.
execFileSync('pdftoppm', ['-r', '60', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', join(fixtures, 'lo-report.pdf'), join(work, 'scan')]);
writeFileSync(join(work, 'scan.html'), '<!DOCTYPE html><html><head><style>@page { size: A4; margin: 0 } body { margin: 0 }</style></head><body><img src="scan.png" style="width: 210mm"></body></html>');
chromium(join(work, 'scan.html'), 'scanned.pdf', false);

rmSync(work, { recursive: true, force: true });
console.log('fixtures/pdf: done');
