import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 16;

/**
 * Checks many files, on every core when there are enough of them: a finance
 * bureau checks hundreds of reports at a time. Outcomes come back in the
 * order of `files`; `onDone` is told of each as it finishes (for progress).
 */
export async function checkBatch(files: string[], rulesName: string, limits: ReadLimits, format: 'text' | 'json', onDone: (done: number, file: string) => void = () => {}): Promise<CheckOutcome[]> {
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  // Running from TypeScript sources (tests, tsx) there is no compiled worker: check on this thread.
  const compiled = existsSync(fileURLToPath(workerUrl));
  const workers = compiled && files.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 8) : 1;
  if (workers <= 1) {
    const out: CheckOutcome[] = [];
    for (const file of files) {
      out.push(await checkOne(file, rulesName, limits, format));
      onDone(out.length, file);
    }
    return out;
  }
  const results: CheckOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: { rulesName, limits, format } });
      const feed = () => {
        if (next < files.length) {
          const index = next++;
          worker.postMessage({ index, file: files[index] });
        } else {
          worker.postMessage(null);
        }
      };
      worker.on('message', (m: { index: number; outcome: CheckOutcome }) => {
        results[m.index] = m.outcome;
        onDone(++done, m.outcome.file);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
      // Two jobs in flight per worker, so it never waits for the next message.
      feed();
      feed();
    })),
  );
  return results;
}
