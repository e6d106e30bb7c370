import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';

/**
 * Checks many files one after another, handing each outcome to `onOutcome`
 * as soon as it is known, so that output streams and a batch of thousands
 * holds no more than one report at a time. Worker threads were tried three
 * times on the 2-vCPU host this is built on, the second time as a full pool
 * (commit 50fe821, reverted). The third time that pool came back with its
 * main thread yielding between files (before, it never did, and its worker
 * waited for work); on a quiet host, the 2000-report bench batch took
 * 1580–1700 µs a report on one thread, 1350–1480 µs on the main thread and one
 * worker (192% CPU), 1940–3060 µs in two workers; 8 PDFs 3.0 s on two threads,
 * 3.0–3.6 s on one. One thread already uses 112% CPU (the engine's collector
 * runs beside it), and two workers reading and checking files each run about
 * 1.5× slower, while a loop of pure arithmetic runs at full speed on both
 * cores: checking is bound by memory, and a second thread buys little of it.
 * So the batch stays on one thread until a host with more cores shows a gain.
 */
export async function checkBatch(files: readonly string[], rulesName: string, limits: ReadLimits, format: 'text' | 'json', onOutcome: (outcome: CheckOutcome, done: number) => void): Promise<void> {
  let done = 0;
  for (const file of files) onOutcome(await checkOne(file, rulesName, limits, format), ++done);
}
