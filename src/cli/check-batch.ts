import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';

/**
 * Checks many files one after another, handing each outcome to `onOutcome`
 * as soon as it is known, so that output streams and a batch of thousands
 * holds no more than one report at a time. Worker threads were tried twice
 * and measured on the 2-vCPU host this is built on; the second time as a full
 * pool (commit 50fe821, reverted): the main thread and one worker checked the
 * 2000-report bench batch at 2953 µs a report against 2592 µs on one thread,
 * a worker alone ran 1.3–1.5× slower than the main thread while using about
 * 1.45 cores, and 8 PDFs took 7.4 s on two threads against 7.5–8.7 s on one.
 * So the batch stays on one thread until a host with more cores shows a gain.
 */
export async function checkBatch(files: readonly string[], rulesName: string, limits: ReadLimits, format: 'text' | 'json', onOutcome: (outcome: CheckOutcome, done: number) => void): Promise<void> {
  let done = 0;
  for (const file of files) onOutcome(await checkOne(file, rulesName, limits, format), ++done);
}
