// Render times of the reference report per format (picked up by bench/run.js):
// the median of several renders after a warm-up, mended figures as `jixiao render` writes them.
const dist = new URL('../dist/', import.meta.url);
const { loadReport } = await import(new URL('node/load-report.js', dist).href);
const { chooseRules } = await import(new URL('cli/check-report.js', dist).href);
const { renderToBytes } = await import(new URL('renderers/node/render-file.js', dist).href);

const loaded = await loadReport(new URL('../examples/hengyang-2023.txt', import.meta.url).pathname);
const rules = chooseRules('auto', loaded);
const TARGETS = { docx: 100, xlsx: 100, pdf: 3000 };
const ROUNDS = { docx: 20, xlsx: 20, pdf: 5, html: 20, md: 20, json: 20 };

async function median(format) {
  await renderToBytes(loaded.report, format, { rules });
  const times = [];
  let size = 0;
  for (let i = 0; i < ROUNDS[format]; i++) {
    const t0 = process.hrtime.bigint();
    size = (await renderToBytes(loaded.report, format, { rules })).length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], size };
}

console.log('render: 参考报告生成耗时（中位数，含重新计算派生数字）');
for (const format of ['docx', 'xlsx', 'pdf', 'html', 'md', 'json']) {
  let measured;
  try {
    measured = await median(format);
  } catch (e) {
    // A machine without Chromium cannot print PDF: say so and go on with the other formats.
    if (!e?.userMessage) throw e;
    console.log(`  ${format.toUpperCase().padEnd(5)} 未测：${e.userMessage}`);
    continue;
  }
  const { ms, size } = measured;
  const target = TARGETS[format] ? `（目标 ≤ ${TARGETS[format]} ms）` : '';
  console.log(`  ${format.toUpperCase().padEnd(5)} ${ms.toFixed(ms < 10 ? 1 : 0).padStart(6)} ms  ${(size / 1024).toFixed(0).padStart(5)} KB${target}`);
}
