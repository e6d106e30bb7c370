import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../importers/input-error.js';

/**
 * The bytes of an input file, refusing what cannot be a report before reading
 * it: a missing file, a folder, an empty file, a file over the size limit.
 */
export async function readInputFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Uint8Array> {
  // Synchronous on purpose: one open, one fstat, one read. A batch reads its files one after another
  // (workers give the parallelism), and the thread-pool round trips of fs/promises cost more than the reads.
  let size: number;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const s = fstatSync(fd);
    if (s.isDirectory()) throw new InputError(path, 'unsupported', '这是一个文件夹，不是文件。');
    if (!s.isFile()) throw new InputError(path, 'unsupported', '这不是普通文件（可能是设备或管道），无法读取。');
    size = s.size;
    if (size === 0) throw new InputError(path, 'empty', '文件为空（0 字节）。');
    if (size > limits.maxFileBytes) {
      throw new InputError(path, 'too-large', `文件大小 ${mb(size)} 超过上限 ${mb(limits.maxFileBytes)}，请确认这是一份自评报告；如确需导入，可用 --max-size 调整上限。`);
    }
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function openError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(path, 'missing', '文件不存在，请检查路径和文件名。');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(path, 'missing', '没有读取该文件的权限。');
  if (code === 'EISDIR') return new InputError(path, 'unsupported', '这是一个文件夹，不是文件。');
  return new InputError(path, 'missing', `无法打开文件（${code ?? '未知错误'}）。`);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
