#!/usr/bin/env node
// Entry point: runs the compiled command line (npm install builds it into dist/).
import { existsSync } from 'node:fs';

// Output piped into a command that stops reading (`jixiao import x | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('jixiao 尚未编译：请先在项目目录运行 npm install（或 npm run build）。\n');
  process.exit(2);
}
try {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`jixiao 内部错误：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
