import { join } from 'node:path';
import { InputError } from '../importers/input-error.js';
import { OPEN_DOCUMENT_NAMES } from '../importers/zip/office-kind.js';
import { runOnFile } from './external-tool.js';

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
 * bureaus still receive them. A private profile per call (runOnFile's folder),
 * so that concurrent conversions do not share one. Null when LibreOffice is not there (the
 * caller then says how to convert by hand); an InputError when it is there
 * and cannot convert the file.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, kind: ConvertibleKind, file: string): Promise<Uint8Array | null> {
  const { to } = CONVERSIONS[kind];
  const result = await runOnFile({
    program: sofficePath(),
    prefix: 'jixiao-convert-',
    input: { name: `input.${kind}`, data: bytes },
    output: join('out', `input.${to}`),
    args: (dir, input) => [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', to, '--outdir', join(dir, 'out'), input],
    timeoutMs: CONVERT_TIMEOUT_MS,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
  if ('bytes' in result) return result.bytes;
  switch (result.failure.kind) {
    case 'missing':
      return null;
    case 'timeout':
      throw notConverted(file, kind, `转换超过 ${CONVERT_TIMEOUT_MS / 1000} 秒仍未完成`);
    case 'failed':
      throw notConverted(file, kind, 'LibreOffice 报错退出');
    case 'no-output':
      throw notConverted(file, kind, '没有生成转换结果，文件可能已损坏');
  }
}

function notConverted(file: string, kind: ConvertibleKind, why: string): InputError {
  const { to, name } = CONVERSIONS[kind];
  return new InputError(file, 'unsupported', `这是${name}，LibreOffice 未能将其转换为 .${to}（${why}）。请用 Office 或 WPS 打开后另存为 .${to} 再导入。`);
}
