// A stand-in for dist/cli/check-worker.js in the pool's tests: it answers each
// file after a random short delay (so answers come out of order), and dies on
// files named to make it: "crash" always, "once" the first time it is sent
// (a marker file next to it records that).
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ index, file }) => {
  if (file.includes('crash')) process.exit(1);
  if (file.includes('once') && !existsSync(`${file}.died`)) {
    writeFileSync(`${file}.died`, '');
    process.exit(1);
  }
  setTimeout(() => {
    parentPort.postMessage({ index, outcome: { ok: true, file, unit: 'u', year: 2023, printed: `checked ${file}`, counts: { error: 0, warning: 0, info: 0 } } });
  }, Math.floor(Math.random() * 4));
});
parentPort.postMessage({ ready: true });
