// npm run bench: performance figures (a benchmark, not a timed test).
// Check of 2000 copies of the reference report in one process, against the
// floor of merely reading the same files and splitting them into lines and
// tab-separated cells. Later sections add import and render times per format.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const { checkBatch } = await import(new URL('cli/check-batch.js', dist).href);
const { DEFAULT_LIMITS } = await import(new URL('importers/input-error.js', dist).href);

const COPIES = Number(process.env.JIXIAO_BENCH_COPIES ?? 2000);
const reference = readFileSync(new URL('../examples/hengyang-2023.txt', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
const files = [];
for (let i = 0; i < COPIES; i++) {
  const f = join(dir, `report-${String(i).padStart(4, '0')}.txt`);
  writeFileSync(f, reference);
  files.push(f);
}

// The floor: the least any checker must do — read each file and split it into lines and cells.
async function floor() {
  let cells = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const line of text.split('\n')) cells += line.split('\t').length;
  }
  return cells;
}

// What `jixiao check DIR --format json` does, down to each report's printed JSON; writing it out aside.
async function check() {
  let ok = 0;
  await checkBatch(files, 'auto', DEFAULT_LIMITS, 'json', (o) => {
    if (o.ok) ok++;
  });
  if (ok !== files.length) throw new Error(`bench: only ${ok} of ${files.length} reports were checked`);
  return ok;
}

async function time(fn, rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

try {
  await floor();
  await check(); // warm up: JIT and the file cache
  const floorMs = await time(floor, 5);
  const checkMs = await time(check, 3);
  const perReport = checkMs / COPIES;
  const perFloor = floorMs / COPIES;
  console.log(`check: ${COPIES} 份参考报告（一个进程）`);
  console.log(`  每份审核耗时     ${(perReport * 1000).toFixed(0)} µs（目标 ≤ 1000 µs）`);
  console.log(`  每份读取与切分   ${(perFloor * 1000).toFixed(0)} µs（下限）`);
  console.log(`  与下限之比       ${(perReport / perFloor).toFixed(2)}×（目标 ≤ 8×）`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const extra of readdirSync(new URL('.', import.meta.url)).filter((f) => /^bench-.*\.js$/.test(f)).sort()) {
  await import(new URL(extra, import.meta.url).href);
}
