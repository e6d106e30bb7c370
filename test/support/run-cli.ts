import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the real command line, as a user would after `npm install` (the build is made by `npm test`). */
export function jixiao(args: string[], options: { timeout?: number; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [`${ROOT}bin/jixiao.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: options.env ? { ...process.env, ...options.env } : process.env,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}
