import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';

/** What every report of a batch is checked with, given to each worker when it starts. */
export interface CheckWorkerSettings {
  rulesName: string;
  limits: ReadLimits;
  format: 'text' | 'json';
}

/** A file to check: its place in the batch, so the outcome can be printed in the batch's order. */
export interface CheckWorkerTask {
  index: number;
  file: string;
}

/** What a worker sends: that it has started, then each file's outcome. */
export type CheckWorkerMessage = { ready: true } | { ready?: undefined; index: number; outcome: CheckOutcome };

/**
 * A worker thread of a batch check: it checks each file it is sent, exactly
 * as the main thread would (`checkOne` reads, checks and prints the report),
 * and sends the outcome back.
 */
if (parentPort) {
  const port = parentPort;
  const { rulesName, limits, format } = workerData as CheckWorkerSettings;
  port.on('message', (task: CheckWorkerTask) => {
    void checkOne(task.file, rulesName, limits, format).then((outcome) => port.postMessage({ index: task.index, outcome } satisfies CheckWorkerMessage));
  });
  port.postMessage({ ready: true } satisfies CheckWorkerMessage);
}
