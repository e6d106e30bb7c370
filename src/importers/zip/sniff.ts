import { isCfb } from './cfb.js';

/** What a file really is, from its first bytes, whatever its name says. */
export type FileKind = 'empty' | 'zip' | 'cfb' | 'pdf' | 'rtf' | 'html' | 'xml' | 'mht' | 'image' | 'text' | 'binary';

/**
 * Sniffs the format of a file from its content.
 *
 * Example: `sniff(new TextEncoder().encode('%PDF-1.7 ...'))` is 'pdf'.
 */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip';
  if (isCfb(bytes)) return 'cfb';
  if (isImage(bytes)) return 'image';
  const head = latin1Head(bytes, 1024);
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart().toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (start.startsWith('mime-version:') || /^content-type:\s*multipart\/related/.test(start)) return 'mht';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^<(table|meta|head|body)\b/.test(start)) return 'html';
  if (start.startsWith('<?xml')) return /<html\b/.test(start) ? 'html' : 'xml';
  return looksLikeText(bytes) ? 'text' : 'binary';
}

function isImage(b: Uint8Array): boolean {
  const png = b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  const jpeg = b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  const gif = b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38;
  const tiff = (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a);
  return png || jpeg || gif || tiff;
}

/** Only ASCII and the BOM bytes (all above 0x9F) are looked for in the head, which windows-1252 decodes as Latin-1 does. */
const HEAD_DECODER = new TextDecoder('latin1');

function latin1Head(bytes: Uint8Array, n: number): string {
  return HEAD_DECODER.decode(bytes.subarray(0, Math.min(n, bytes.length)));
}

/** Text if the start is UTF-16 with a BOM, or has no control bytes (UTF-8, GBK and the like). */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  for (const b of bytes.subarray(0, 4096)) if (b === 0 || (b < 9 && b !== 7) || (b > 13 && b < 32 && b !== 27)) return false;
  return true;
}
