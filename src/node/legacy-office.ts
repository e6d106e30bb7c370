import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InputError } from '../importers/input-error.js';

const run = promisify(execFile);

/** Where Debian's LibreOffice is; JIXIAO_SOFFICE names another. */
export function sofficePath(): string {
  return process.env.JIXIAO_SOFFICE ?? '/usr/bin/soffice';
}

/** A conversion of one file takes a few seconds; one that has not ended in this long has hung. */
const CONVERT_TIMEOUT_MS = 120_000;

/**
 * An old binary Word or Excel file (.doc, .xls) converted to .docx or .xlsx by
 * headless LibreOffice, when it is installed: finance bureaus still receive
 * them. A private profile per call, so that concurrent conversions do not
 * share one. Null when LibreOffice is not there (the caller then says how to
 * convert by hand); an InputError when it is there and cannot convert the file.
 */
export async function convertLegacyOffice(bytes: Uint8Array, legacy: 'doc' | 'xls', file: string): Promise<Uint8Array | null> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-legacy-'));
  try {
    const input = join(dir, `input.${legacy}`);
    await writeFile(input, bytes);
    try {
      await run(sofficePath(), [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', `${legacy}x`, '--outdir', join(dir, 'out'), input], {
        timeout: CONVERT_TIMEOUT_MS,
        env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new InputError(file, 'unsupported', `这是旧版 ${legacy === 'doc' ? 'Word' : 'Excel'} 文件（.${legacy}），LibreOffice 未能将其转换为 .${legacy}x（${(e as Error).message.split('\n')[0]}）。请用 Office 或 WPS 打开后另存为 .${legacy}x 再导入。`);
    }
    try {
      return new Uint8Array(await readFile(join(dir, 'out', `input.${legacy}x`)));
    } catch {
      throw new InputError(file, 'unsupported', `这是旧版 ${legacy === 'doc' ? 'Word' : 'Excel'} 文件（.${legacy}），LibreOffice 未能将其转换为 .${legacy}x（文件可能已损坏）。请用 Office 或 WPS 打开后另存为 .${legacy}x 再导入。`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
