import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DepartmentReport } from '../../src/core/model/report.js';
import { loadReport, type LoadedReport } from '../../src/node/load-report.js';

const run = promisify(execFile);

/**
 * Every figure and text of a report as path → value, for comparing a report
 * with what a reader gives back: figures by their exact value ("476.4" and
 * "476.40" are one figure), texts without whitespace (a reader may join the
 * lines of a cell with a space, or none between Chinese characters).
 * `parts` chooses what to compare: a workbook holds the attachments only.
 */
export function figuresOf(r: DepartmentReport, parts: 'all' | 'attachments' = 'all'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, path ? `${path}.${k}` : k);
      return;
    }
    const s = String(v);
    const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(s);
    out.set(path, m ? `${Number(m[1]).toFixed(6)}${m[2]}` : s.replace(/\s+/g, ''));
  };
  const attachments = { basicData: r.basicData, departmentEvaluation: r.departmentEvaluation, projects: r.projects };
  if (parts === 'attachments') walk(attachments, '');
  else walk({ ...attachments, spending: r.spending, narrative: { sections: r.narrative.sections, profile: r.narrative.profile } }, '');
  return out;
}

/** The differences between two figure maps, one line each, for a failure message. */
export function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  return [...keys].filter((k) => expected.get(k) !== actual.get(k)).map((k) => `${k}: ${expected.get(k) ?? '∅'} ≠ ${actual.get(k) ?? '∅'}`);
}

/** Reads rendered bytes back as `jixiao import` would, from a file of the given extension. */
export async function importBytes(bytes: Uint8Array | string, ext: string): Promise<LoadedReport> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-rt-'));
  try {
    const file = join(dir, `report.${ext}`);
    await writeFile(file, bytes);
    return await loadReport(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Converts a file with headless LibreOffice (private profile, so runs do not
 * share one) and returns the outputs' texts by file name. `filter` is
 * soffice's --convert-to argument.
 */
export async function libreOfficeConvert(bytes: Uint8Array, ext: string, filter: string): Promise<{ files: Map<string, string>; stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-lo-'));
  try {
    const input = join(dir, `input.${ext}`);
    await writeFile(input, bytes);
    const outDir = join(dir, 'out');
    const { stderr } = await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, input], { timeout: 120_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    const files = new Map<string, string>();
    for (const f of await readdir(outDir)) files.set(f, await readFile(join(outDir, f), 'utf8'));
    return { files, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
