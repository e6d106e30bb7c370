// Where the time of `check` goes, stage by stage, for the reference report in memory
// (no file reads): each round decodes the same bytes afresh, as a batch does, so
// caches keyed by report objects cannot hide a stage's cost. Median of rounds.
import { readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { sniff } = await load('importers/zip/sniff.js');
const { decodeTextFast } = await load('node/decode-fast.js');
const { readText } = await load('importers/text/text-reader.js');
const { looksLikeHtmlDocument } = await load('importers/html/html-reader.js');
const { truncationOf } = await load('importers/text/truncation.js');
const { interpret } = await load('importers/layout/interpret.js');
const { checkReport } = await load('cli/check-report.js');
const { reportJson } = await load('cli/format-json.js');
const { nestedJson } = await load('cli/check-output.js');

const FILE = 'examples/hengyang-2023.txt';
const bytes = new Uint8Array(readFileSync(new URL(`../${FILE}`, import.meta.url)));
const STAGES = ['识别格式', '解码', '读取文本', '截断检查', '解读', '审核', '输出结果'];
const spent = new Float64Array(STAGES.length);

function checkInMemory() {
  let t = performance.now();
  const lap = (i) => {
    const u = performance.now();
    spent[i] += u - t;
    t = u;
  };
  sniff(bytes);
  lap(0);
  const text = decodeTextFast(bytes, FILE);
  lap(1);
  // As load-report does: a text that is a whole HTML page goes to the HTML reader.
  if (looksLikeHtmlDocument(text)) throw new Error(`${FILE} is not a text report`);
  const doc = readText(text, FILE);
  lap(2);
  truncationOf(text, doc);
  lap(3);
  const imported = interpret(doc);
  lap(4);
  const checked = checkReport({ ...imported, file: FILE, source: doc }, 'auto');
  lap(5);
  nestedJson(reportJson(checked));
  lap(6);
}

const PER_ROUND = 400;
for (let i = 0; i < PER_ROUND; i++) checkInMemory();
const rounds = [];
for (let r = 0; r < 7; r++) {
  spent.fill(0);
  for (let i = 0; i < PER_ROUND; i++) checkInMemory();
  rounds.push(Array.from(spent, (ms) => (ms / PER_ROUND) * 1000));
}
const median = (i) => rounds.map((r) => r[i]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
const figures = STAGES.map((_, i) => median(i));
console.log('check 各阶段：参考报告在内存中，每份耗时（中位数）');
STAGES.forEach((name, i) => console.log(`  ${name.padEnd(8, '　')} ${figures[i].toFixed(0).padStart(5)} µs`));
console.log(`  ${'合计'.padEnd(8, '　')} ${figures.reduce((a, b) => a + b, 0).toFixed(0).padStart(5)} µs`);
