/**
 * Compares what the PDF reader makes of a PDF with the HTML it was printed
 * from: every table cell in its grid position (merged cells resolved) and
 * every paragraph, white space ignored. Prints the differences.
 *
 * Run: npx tsx scripts/pdf/compare-with-html.ts file.pdf [source.html]
 * (the HTML defaults to fixtures/reference/hengyang-2023.html)
 */
import { readFileSync } from 'node:fs';
import { readPdf } from '../../src/importers/pdf/read-pdf.js';
import { readHtmlFixture, squeeze } from '../../src/importers/pdf/test-support/html-fixture.js';
const html = readHtmlFixture(readFileSync(process.argv[3] ?? 'fixtures/reference/hengyang-2023.html', 'utf8'));
const doc = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)), 'x.pdf');
const tables = doc.blocks.filter((b) => b.kind === 'table');
console.log('tables', tables.length, 'html', html.tables.length);
html.tables.forEach((t, i) => {
  const got = tables[i]?.kind === 'table' ? tables[i].rows.map((r) => r.map((c) => squeeze(c.text))) : [];
  const exp = t.map((r) => r.map(squeeze));
  if (JSON.stringify(got) === JSON.stringify(exp)) { console.log(`table ${i + 1} ok ${exp.length}x${exp[0]?.length}`); return; }
  console.log(`table ${i + 1} DIFF got ${got.length}x${got[0]?.length} exp ${exp.length}x${exp[0]?.length}`);
  for (let r = 0; r < Math.max(got.length, exp.length); r++) {
    const a = JSON.stringify(got[r]); const b = JSON.stringify(exp[r]);
    if (a !== b) console.log(`  row ${r + 1}\n   got ${a}\n   exp ${b}`);
  }
});
const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => squeeze(b.text));
const missing = html.paragraphs.map(squeeze).filter((p) => !paras.includes(p));
console.log('paragraphs', paras.length, 'html', html.paragraphs.length, 'missing', missing.length);
for (const m of missing) console.log('  missing:', m.slice(0, 60));
