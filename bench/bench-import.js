// Import times per format for the reference report (issue 3): reading the file's
// bytes into the model, warm (median of repeated reads in one process), and the
// first read of a fresh process (which pays for the JIT and module loading).
import { readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { readSource } = await import(new URL('node/load-report.js', dist).href);
const { interpret } = await import(new URL('importers/layout/interpret.js', dist).href);

const files = [
  ['DOCX', 'fixtures/reference/hengyang-2023.docx', 30],
  ['XLSX', 'fixtures/reference/hengyang-2023-attachments.xlsx', 30],
  ['PDF', 'fixtures/reference/hengyang-2023.pdf', null],
  ['文本', 'examples/hengyang-2023.txt', null],
];

async function importOnce(file, bytes) {
  const source = await readSource(file, bytes);
  interpret(source);
  return source;
}

console.log('import：参考报告各格式读入模型的耗时');
for (const [name, path, target] of files) {
  const bytes = new Uint8Array(readFileSync(new URL(`../${path}`, import.meta.url)));
  const t0 = performance.now();
  const source = await importOnce(path, bytes);
  const first = performance.now() - t0;
  const rounds = name === 'PDF' ? 5 : 40;
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await importOnce(path, bytes);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const pages = name === 'PDF' ? Math.max(...source.blocks.map((b) => b.at.page ?? 0)) : 0;
  const perPage = pages ? `，每页 ${(median / pages).toFixed(1)} ms（${pages} 页；目标 ≤ 100 ms/页）` : '';
  const goal = target ? `（目标 ≤ ${target} ms）` : '';
  console.log(`  ${name.padEnd(4)} 中位 ${median.toFixed(1)} ms${goal}${perPage}；首次 ${first.toFixed(0)} ms`);
}
