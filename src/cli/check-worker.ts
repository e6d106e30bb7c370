import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from '../importers/input-error.js';
import { checkOne } from './check-one.js';

/** A worker of the batch check: checks the files it is sent, one at a time, and sends back each outcome. */
const { rulesName, limits, format } = workerData as { rulesName: string; limits: ReadLimits; format: 'text' | 'json' };
parentPort?.on('message', async (job: { index: number; file: string } | null) => {
  if (job === null) {
    parentPort?.close();
    return;
  }
  const outcome = await checkOne(job.file, rulesName, limits, format);
  parentPort?.postMessage({ index: job.index, outcome });
});
