import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A program run on one file (LibreOffice converting a document, Chromium printing a page). */
export interface ToolRun {
  program: string;
  /** Prefix of the private temporary folder, e.g. "jixiao-pdf-". */
  prefix: string;
  /** The file given to the program, written into the folder under `name`. */
  input: { name: string; data: Uint8Array | string };
  /** Where in the folder the program writes its result. */
  output: string;
  /** Its arguments, given the folder (for a private profile, say) and the input's path. */
  args: (dir: string, input: string) => string[];
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  maxBuffer?: number;
}

/** How a run went wrong: the program is not installed, ran out of time, exited with an error, or wrote nothing. */
export type ToolFailure = { kind: 'missing' } | { kind: 'timeout' } | { kind: 'failed'; exitCode: number | null } | { kind: 'no-output' };

/**
 * Runs a program on a file in a private temporary folder, so that concurrent
 * runs share nothing, reads its result back and removes the folder. A failure
 * is told apart for the caller to say in Chinese: execFile's own message is
 * English and quotes the whole command line, and never reaches a user.
 */
export async function runOnFile(r: ToolRun): Promise<{ bytes: Uint8Array } | { failure: ToolFailure }> {
  const dir = await mkdtemp(join(tmpdir(), r.prefix));
  try {
    const input = join(dir, r.input.name);
    await writeFile(input, r.input.data);
    try {
      await run(r.program, r.args(dir, input), { timeout: r.timeoutMs, env: r.env ?? process.env, ...(r.maxBuffer ? { maxBuffer: r.maxBuffer } : {}) });
    } catch (e) {
      const { code, killed } = e as { code?: unknown; killed?: boolean };
      if (code === 'ENOENT') return { failure: { kind: 'missing' } };
      if (killed === true) return { failure: { kind: 'timeout' } };
      return { failure: { kind: 'failed', exitCode: typeof code === 'number' ? code : null } };
    }
    try {
      return { bytes: new Uint8Array(await readFile(join(dir, r.output))) };
    } catch {
      return { failure: { kind: 'no-output' } };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
