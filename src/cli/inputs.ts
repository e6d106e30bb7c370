import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pushAll } from '../core/util/arrays.js';

/** Files a report may be in (json: a report as `jixiao import` writes it; doc, xls, odt, ods: read through LibreOffice); others in a folder are skipped. */
export const REPORT_FILE = /\.(txt|md|markdown|text|htm|html|docx|xlsx|doc|xls|odt|ods|pdf|json)$/i;

/** The files named on the command line, folders expanded (recursively, sorted by name). */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const isDir = await stat(p).then((s) => s.isDirectory(), () => false);
    if (isDir) pushAll(out, await walk(p));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true }));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) pushAll(out, await walk(p));
    else if (e.isFile() && REPORT_FILE.test(e.name)) out.push(p);
  }
  return out;
}
