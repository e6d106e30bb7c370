import type { ReadLimits } from '../importers/input-error.js';
import { checkOne, type CheckOutcome } from './check-one.js';

/**
 * Checks many files one after another; `onDone` is told of each as it
 * finishes (for progress). Worker threads were tried and measured: on this
 * kind of machine (two virtual cores that share one physical core) two
 * workers checked reports more slowly than one thread, the work being
 * allocation-bound, so the batch stays on one thread.
 */
export async function checkBatch(files: string[], rulesName: string, limits: ReadLimits, format: 'text' | 'json', onDone: (done: number, file: string) => void = () => {}): Promise<CheckOutcome[]> {
  const out: CheckOutcome[] = [];
  for (const file of files) {
    out.push(await checkOne(file, rulesName, limits, format));
    onDone(out.length, file);
  }
  return out;
}
