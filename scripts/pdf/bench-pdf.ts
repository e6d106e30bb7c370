/**
 * Times the PDF reader: pdf.js module load once, then each file read three
 * times in one process (the first read of a process also warms up the JIT
 * and pdf.js's caches), reported in milliseconds per page.
 *
 * Run: npx tsx scripts/pdf/bench-pdf.ts file.pdf [more.pdf ...]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadPdfjs } from '../../src/importers/pdf/node/pdfjs-node.js';
import { readPdf } from '../../src/importers/pdf/read-pdf.js';

const t0 = performance.now();
const pdfjs = await loadPdfjs();
console.log(`pdf.js module load: ${(performance.now() - t0).toFixed(0)} ms`);
for (const path of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(path));
  const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  const times: string[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await readPdf(bytes, basename(path));
    times.push(((performance.now() - t) / pages).toFixed(0));
  }
  console.log(`${basename(path)}: ${pages} pages, ms per page (runs 1-3): ${times.join(' / ')}`);
}
