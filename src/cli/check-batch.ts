import { availableParallelism } from 'node:os';
import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';
import { checkInWorkers, workersAvailable } from './check-pool.js';

/**
 * Below this many files a batch is checked on the main thread: starting a
 * worker (loading the checker into a fresh engine) costs about as much as
 * checking a dozen text reports.
 */
const MIN_FILES_PER_WORKER = 8;

/** At most this many worker threads by default, however many cores: each holds its own copy of the checker and its heap. */
const MAX_WORKERS = 8;

/** The most threads a user may ask for with --jobs. */
export const MAX_JOBS = 64;

/** How many threads check a batch of `files` when the user does not say: one per core, if the batch is large enough to pay for them. */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/**
 * Checks many files, handing each outcome to `onOutcome` in the order of
 * `files` as soon as it is known, so that output streams and a batch of
 * thousands holds few reports at a time. With `jobs` above one the files are
 * checked in that many worker threads; the outcomes are the same as on one.
 */
export async function checkBatch(
  files: readonly string[],
  rulesName: string,
  limits: ReadLimits,
  format: 'text' | 'json',
  onOutcome: (outcome: CheckOutcome, done: number) => void,
  jobs = defaultJobs(files.length),
): Promise<void> {
  if (jobs > 1 && files.length > 1 && workersAvailable()) {
    // The main thread checks files too: `jobs` threads in all.
    await checkInWorkers(files, { rulesName, limits, format }, Math.min(jobs, files.length) - 1, onOutcome);
    return;
  }
  let done = 0;
  for (const file of files) onOutcome(await checkOne(file, rulesName, limits, format), ++done);
}
