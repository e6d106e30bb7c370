import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/importers/input-error.js';
import { checkOne, type CheckOutcome } from '../../src/cli/check-one.js';
import { ROOT } from '../support/run-cli.js';
import { checkInWorkers } from '../../src/cli/check-pool.js';
import { defaultJobs } from '../../src/cli/check-batch.js';

const FAKE = new URL('../support/fake-check-worker.mjs', import.meta.url);
const BROKEN = new URL('../support/broken-check-worker.mjs', import.meta.url);
const SETTINGS = { rulesName: 'auto', limits: DEFAULT_LIMITS, format: 'json' as const };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-pool-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Seen = { outcome: CheckOutcome; done: number }[] & { inWorkers?: number };

/** Checks `files` in `workers` workers running `workerUrl`, the main thread only handing out files unless `mainThreadToo`. */
async function run(files: string[], workers: number, workerUrl = FAKE, mainThreadToo = false): Promise<Seen> {
  const seen: Seen = [];
  seen.inWorkers = await checkInWorkers(files, SETTINGS, workers, (outcome, done) => seen.push({ outcome, done }), { workerUrl, mainThreadToo });
  return seen;
}

describe('checking a batch in worker threads', () => {
  it('hands over every outcome once, in the order of the files, though workers answer out of order', async () => {
    const files = Array.from({ length: 300 }, (_, i) => join(dir, `r${i}.txt`));
    const seen = await run(files, 3);
    expect(seen.inWorkers).toBe(300);
    expect(seen.map((s) => s.outcome.file)).toEqual(files);
    expect(seen.map((s) => s.done)).toEqual(files.map((_, i) => i + 1));
  });

  it('checks again, alone, the files a dying worker held, and reports a file that kills a worker twice', async () => {
    const files = Array.from({ length: 60 }, (_, i) => join(dir, i === 17 ? 'r17-crash.txt' : i === 40 ? 'r40-once.txt' : `s${i}.txt`));
    const seen = await run(files, 2);
    expect(seen.map((s) => s.outcome.file)).toEqual(files);
    const crashed = seen[17]!.outcome;
    expect(crashed.ok).toBe(false);
    if (!crashed.ok) expect(crashed.message).toMatch(/r17-crash\.txt：审核该文件时程序异常退出/);
    expect(seen.filter((s) => !s.outcome.ok)).toHaveLength(1);
    expect(seen[40]!.outcome.ok).toBe(true);
  });

  it('shares the batch between the workers and the main thread, and still prints in order', async () => {
    const reference = join(ROOT, 'examples/hengyang-2023.txt');
    const files = Array.from({ length: 200 }, () => reference);
    const seen = await run(files, 2, FAKE, true);
    expect(seen.map((s) => s.done)).toEqual(files.map((_, i) => i + 1));
    const byWorker = seen.filter((s) => s.outcome.ok && s.outcome.printed === `checked ${reference}`);
    expect(byWorker).toHaveLength(seen.inWorkers!);
    expect(seen.inWorkers).toBeGreaterThan(0);
    expect(seen.inWorkers).toBeLessThan(files.length);
    expect(seen.every((s) => s.outcome.ok)).toBe(true);
  });

  it('stops and throws what printing an outcome throws, as on one thread', async () => {
    const files = Array.from({ length: 100 }, (_, i) => join(dir, `p${i}.txt`));
    let printed = 0;
    const failing = checkInWorkers(files, SETTINGS, 2, () => {
      if (++printed === 5) throw new Error('output closed');
    }, { workerUrl: FAKE, mainThreadToo: false });
    await expect(failing).rejects.toThrow('output closed');
    expect(printed).toBe(5);
  });

  it('checks the batch on the main thread when workers cannot start', async () => {
    const files = [join(dir, 'nowhere-1.txt'), join(dir, 'nowhere-2.txt')];
    const seen = await run(files, 2, BROKEN);
    expect(seen.inWorkers).toBe(0);
    expect(seen.map((s) => s.outcome)).toEqual(files.map((file) => ({ ok: false, file, message: `${file}：文件不存在，请检查路径和文件名。` })));
  });
});

it('checks reports in the compiled worker exactly as on the main thread', async () => {
  const reference = join(ROOT, 'examples/hengyang-2023.txt');
  const files = [reference, join(ROOT, 'fixtures/reference/hengyang-2023.docx'), join(dir, 'nowhere.txt'), reference];
  const seen = await run(files, 2, new URL('../../dist/cli/check-worker.js', import.meta.url));
  expect(seen.inWorkers).toBe(files.length);
  const here = await Promise.all(files.map((f) => checkOne(f, 'auto', DEFAULT_LIMITS, 'json')));
  expect(seen.map((s) => s.outcome)).toEqual(here);
  expect(here[0]!.ok).toBe(true);
});

describe('how many threads a batch gets by default', () => {
  it('one for a handful of files, then one per core up to eight', () => {
    expect(defaultJobs(1, 4)).toBe(1);
    expect(defaultJobs(15, 4)).toBe(1);
    expect(defaultJobs(16, 4)).toBe(2);
    expect(defaultJobs(2000, 2)).toBe(2);
    expect(defaultJobs(2000, 1)).toBe(1);
    expect(defaultJobs(2000, 64)).toBe(8);
  });
});
