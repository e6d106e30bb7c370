/**
 * Prints what the PDF reader makes of a file: one line per block, tables as
 * tab-separated rows (the text form), plus notes, findings and timings.
 *
 * Run: npx tsx scripts/pdf/dump-pdf.ts file.pdf
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readPdf } from '../../src/importers/pdf/read-pdf.js';
import { loadPdfjs } from '../../src/importers/pdf/node/pdfjs-node.js';

const path = process.argv[2];
if (!path) {
  console.error('用法：npx tsx scripts/pdf/dump-pdf.ts 文件.pdf');
  process.exit(2);
}
const t0 = performance.now();
await loadPdfjs();
const t1 = performance.now();
const doc = await readPdf(new Uint8Array(readFileSync(path)), basename(path));
const t2 = performance.now();
for (const block of doc.blocks) {
  if (block.kind === 'table') {
    console.log(`[table ${block.at.table} p${block.at.page}] ${block.rows.length}×${block.rows[0]?.length ?? 0}`);
    for (const row of block.rows) console.log(`  ${row.map((c) => c.text).join('\t')}`);
  } else if (block.kind === 'heading') {
    console.log(`[h${block.level} p${block.at.page}] ${block.text}`);
  } else {
    const pages = block.segments ? ` segments ${block.segments.map((s) => `${s.offset}@p${s.at.page}`).join(',')}` : '';
    console.log(`[p p${block.at.page}${pages}] ${block.text}`);
  }
}
for (const note of doc.notes) console.log(`note: ${note}`);
for (const f of doc.readerFindings) console.log(`finding: ${f.rule} ${f.message}`);
console.error(`module load ${(t1 - t0).toFixed(0)} ms, read ${(t2 - t1).toFixed(0)} ms`);
