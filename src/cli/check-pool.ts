import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkOne, type CheckOutcome } from './check-one.js';
import type { CheckWorkerMessage, CheckWorkerSettings, CheckWorkerTask } from './check-worker.js';

/** A file of the batch being checked; `retry` when a worker already died holding it. */
interface Task {
  index: number;
  retry: boolean;
}

/** A worker and the tasks it holds. */
interface Lane {
  worker: Worker;
  tasks: Task[];
  /** The worker has loaded the checker and said so. */
  ready: boolean;
}

/** How many files a worker holds at once: the next one is there when it finishes one, so it never waits for the main thread. */
const AHEAD = 2;

/**
 * How far checking may run ahead of the first file whose outcome is not yet
 * printed, per thread: one slow file (a large PDF) then holds back at most
 * this many printed reports in memory, not the rest of the batch.
 */
const WINDOW_PER_THREAD = 32;

const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/** Whether worker threads can run here: the compiled worker file exists (it does not when the sources are run directly). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export interface PoolOptions {
  /** The worker's script; the compiled check-worker by default. */
  workerUrl?: URL;
  /** Whether the main thread checks files too, between handing out files and printing (by default it does). */
  mainThreadToo?: boolean;
}

/**
 * Checks a batch in `workers` worker threads, and on the main thread too,
 * and hands each outcome to `onOutcome` in the batch's order, as soon as it
 * and every file before it are done. A worker that dies (out of memory on one
 * file, say) is replaced and the files it held are checked again, each alone
 * in a worker; a file that kills a worker twice is reported as unreadable. If
 * workers cannot start at all, the main thread checks the whole batch.
 * Returns how many files the workers checked.
 */
export async function checkInWorkers(
  files: readonly string[],
  settings: CheckWorkerSettings,
  workers: number,
  onOutcome: (outcome: CheckOutcome, done: number) => void,
  { workerUrl = WORKER_URL, mainThreadToo = true }: PoolOptions = {},
): Promise<number> {
  const outcomes = new Map<number, CheckOutcome>();
  const retries: Task[] = [];
  /** Files that workers held when workers turned out unable to run: the main thread checks them first. */
  const orphans: number[] = [];
  const lanes = new Set<Lane>();
  const window = WINDOW_PER_THREAD * (workers + 1);
  let nextNew = 0;
  let printed = 0;
  let inWorkers = 0;
  let broken = false;
  let mainBusy = false;
  let failed: { error: unknown } | undefined;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));

  // What onOutcome throws (a closed output, say) ends the batch and is thrown to the caller, as on one thread.
  const print = (): void => {
    try {
      for (let o = outcomes.get(printed); o !== undefined && !failed; o = outcomes.get(printed)) {
        outcomes.delete(printed);
        onOutcome(o, ++printed);
      }
    } catch (error) {
      failed = { error };
    }
    if (printed === files.length || failed) settle();
  };

  const nextNewTask = (): Task | undefined => (nextNew < files.length && nextNew < printed + window ? { index: nextNew++, retry: false } : undefined);

  // A retried file runs alone in its worker, so that if it kills the worker again, it alone is to blame.
  const nextTask = (lane: Lane): Task | undefined => {
    if (lane.tasks.length >= AHEAD) return undefined;
    if (retries.length > 0) return lane.tasks.length === 0 ? retries.shift() : undefined;
    return lane.tasks.some((t) => t.retry) ? undefined : nextNewTask();
  };

  // The main thread checks one file at a time between the workers' messages; never a retried one, which could take the process down.
  const runMainThread = async (): Promise<void> => {
    mainBusy = true;
    const next = (): Task | undefined => (failed ? undefined : orphans.length > 0 ? { index: orphans.shift()!, retry: false } : nextNewTask());
    for (let t = next(); t !== undefined; t = next()) {
      outcomes.set(t.index, await checkOne(files[t.index]!, settings.rulesName, settings.limits, settings.format));
      print();
      feed();
    }
    mainBusy = false;
  };

  const feed = (): void => {
    for (const lane of lanes) {
      for (let t = nextTask(lane); t !== undefined; t = nextTask(lane)) {
        lane.tasks.push(t);
        lane.worker.postMessage({ index: t.index, file: files[t.index]! } satisfies CheckWorkerTask);
      }
    }
    if ((mainThreadToo || broken) && !mainBusy) void runMainThread();
  };

  const died = (lane: Lane): void => {
    lanes.delete(lane);
    if (!lane.ready) {
      // It died loading the checker: workers cannot start here. The main thread takes over what they held.
      broken = true;
      for (const other of lanes) void other.worker.terminate();
      orphans.push(...[lane, ...lanes].flatMap((l) => l.tasks.map((t) => t.index)).sort((a, b) => a - b));
      lanes.clear();
      feed();
      return;
    }
    for (const t of lane.tasks) {
      if (t.retry) outcomes.set(t.index, { ok: false, file: files[t.index]!, message: `${files[t.index]}：审核该文件时程序异常退出（可能是文件过大或结构异常），未能审核。` });
      else retries.push({ index: t.index, retry: true });
    }
    start();
    print();
    feed();
  };

  const start = (): void => {
    const lane: Lane = { worker: new Worker(workerUrl, { workerData: settings }), tasks: [], ready: false };
    lanes.add(lane);
    lane.worker.on('message', (m: CheckWorkerMessage) => {
      if (m.ready) {
        lane.ready = true;
        return;
      }
      lane.tasks.splice(lane.tasks.findIndex((t) => t.index === m.index), 1);
      outcomes.set(m.index, m.outcome);
      inWorkers++;
      print();
      feed();
    });
    // The 'exit' that follows an 'error' does the recovery; without a listener an 'error' would throw here.
    lane.worker.on('error', () => {});
    lane.worker.on('exit', () => {
      if (lanes.has(lane)) died(lane);
    });
  };

  if (files.length === 0) return 0;
  for (let w = 0; w < workers; w++) start();
  feed();
  await finished;
  const stopping = [...lanes].map((l) => l.worker.terminate());
  lanes.clear();
  await Promise.all(stopping);
  if (failed) throw failed.error;
  return inWorkers;
}
