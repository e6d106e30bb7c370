import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';

/**
 * Checks many files one after another, handing each outcome to `onOutcome`
 * as soon as it is known, so that output streams and a batch of thousands
 * holds no more than one report at a time. Worker threads were tried and
 * measured: on this kind of machine (two virtual cores that share one
 * physical core) two workers checked reports more slowly than one thread,
 * the work being allocation-bound, so the batch stays on one thread.
 */
export async function checkBatch(files: readonly string[], rulesName: string, limits: ReadLimits, format: 'text' | 'json', onOutcome: (outcome: CheckOutcome, done: number) => void): Promise<void> {
  let done = 0;
  for (const file of files) onOutcome(await checkOne(file, rulesName, limits, format), ++done);
}
