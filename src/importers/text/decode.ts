import { InputError } from '../input-error.js';

/**
 * The text of a report file: UTF-8 with or without BOM, UTF-16 with BOM, or
 * GB18030/GBK (what Chinese Windows saves as "ANSI"). Never guesses silently
 * wrong: bytes that are neither give a clear error.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (truncatedUtf8(bytes)) {
      throw new InputError(file, 'corrupt', '文件不完整：末尾在一个汉字的中间被截断（UTF-8 编码），请重新导出或复制完整的文件。');
    }
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'encoding', '无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK），请另存为 UTF-8 文本后再导入。');
  }
  return text;
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, truncatedUtf8(bytes) ? 'corrupt' : 'encoding', truncatedUtf8(bytes) ? '文件不完整：末尾在一个汉字的中间被截断，请重新导出或复制完整的文件。' : '文件标明为 UTF-8 编码，但其中有无效的字节，可能已损坏。');
  }
}

/** Valid UTF-8 but for an incomplete character at the very end. */
function truncatedUtf8(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut] as number;
    if ((lead & 0xc0) === 0x80) continue;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (need <= cut) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}
