import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InputError } from '../importers/input-error.js';
import { OPEN_DOCUMENT_NAMES } from '../importers/zip/office-kind.js';

const run = promisify(execFile);

/** Where Debian's LibreOffice is; JIXIAO_SOFFICE names another. */
export function sofficePath(): string {
  return process.env.JIXIAO_SOFFICE ?? '/usr/bin/soffice';
}

/** A conversion of one file takes a few seconds; one that has not ended in this long has hung. */
const CONVERT_TIMEOUT_MS = 120_000;

/** Documents LibreOffice turns into the .docx or .xlsx jixiao reads: old binary Office files and OpenDocument (GB/T 36350). */
export type ConvertibleKind = 'doc' | 'xls' | 'odt' | 'ods';

/** What each becomes, and what a user calls it. */
const CONVERSIONS: Record<ConvertibleKind, { to: 'docx' | 'xlsx'; name: string }> = {
  doc: { to: 'docx', name: '旧版 Word 文件（.doc）' },
  xls: { to: 'xlsx', name: '旧版 Excel 文件（.xls）' },
  odt: { to: 'docx', name: OPEN_DOCUMENT_NAMES.odt },
  ods: { to: 'xlsx', name: OPEN_DOCUMENT_NAMES.ods },
};

/** The reading note of a converted file: "这是旧版 Word 文件（.doc），已用 LibreOffice 转换为 .docx 后读取。". */
export function conversionNote(kind: ConvertibleKind): string {
  return `这是${CONVERSIONS[kind].name}，已用 LibreOffice 转换为 .${CONVERSIONS[kind].to} 后读取。`;
}

/**
 * A document jixiao does not read itself (.doc, .xls, .odt, .ods) converted to
 * .docx or .xlsx by headless LibreOffice, when it is installed: finance
 * bureaus still receive them. A private profile per call, so that concurrent
 * conversions do not share one. Null when LibreOffice is not there (the
 * caller then says how to convert by hand); an InputError when it is there
 * and cannot convert the file.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, kind: ConvertibleKind, file: string): Promise<Uint8Array | null> {
  const { to } = CONVERSIONS[kind];
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-convert-'));
  try {
    const input = join(dir, `input.${kind}`);
    await writeFile(input, bytes);
    try {
      await run(sofficePath(), [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', to, '--outdir', join(dir, 'out'), input], {
        timeout: CONVERT_TIMEOUT_MS,
        env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // execFile's own message is English and names the command line: the user is told what happened instead.
      const timedOut = (e as { killed?: boolean }).killed === true;
      throw notConverted(file, kind, timedOut ? `转换超过 ${CONVERT_TIMEOUT_MS / 1000} 秒仍未完成` : 'LibreOffice 报错退出');
    }
    try {
      return new Uint8Array(await readFile(join(dir, 'out', `input.${to}`)));
    } catch {
      throw notConverted(file, kind, '没有生成转换结果，文件可能已损坏');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function notConverted(file: string, kind: ConvertibleKind, why: string): InputError {
  const { to, name } = CONVERSIONS[kind];
  return new InputError(file, 'unsupported', `这是${name}，LibreOffice 未能将其转换为 .${to}（${why}）。请用 Office 或 WPS 打开后另存为 .${to} 再导入。`);
}
