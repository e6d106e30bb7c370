/**
 * What a file really is, from its first bytes, whatever its name says.
 * Office Open XML files are zips; encrypted ones and the old .doc/.xls are
 * OLE2 compound files; PDFs start with %PDF.
 */
export type Sniffed = 'zip' | 'pdf' | 'cfb' | 'text' | 'binary' | 'empty';

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07)) return 'zip';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // A PDF may have junk before its header (within the first 1024 bytes).
  if (bytes.length > 5 && indexOfPdf(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  return looksBinary(bytes) ? 'binary' : 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function indexOfPdf(bytes: Uint8Array): number {
  const n = Math.min(bytes.length - 4, 1024);
  for (let i = 1; i < n; i++) if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46) return i;
  return -1;
}

/**
 * Text has no NUL bytes and few control characters. Looks at the first 64 KB
 * only: a text report is judged by its start as a person would.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n / 100;
}

/** The Chinese name of what a file really is, for "this .docx is really …" messages. */
export function describeSniffed(s: Sniffed): string {
  return { zip: 'ZIP 压缩包（Word/Excel 新格式）', pdf: 'PDF 文件', cfb: 'Office 旧格式或加密文件', text: '文本文件', binary: '二进制文件', empty: '空文件' }[s];
}
