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
  const bom = bomLength(bytes);
  const kind = mayHaveHeader(bytes, bom) ? headerKind(latin1Head(bytes.subarray(bom), 1024 - bom)) : null;
  return kind ?? (looksLikeText(bytes) ? 'text' : 'binary');
}

/**
 * PDF, RTF, MHT, HTML or XML, from the head of a file after its BOM, read as Latin-1; null for none
 * of them. A header added here needs its first character in mayHaveHeader too.
 */
function headerKind(head: string): FileKind | null {
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.trimStart().toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (start.startsWith('mime-version:') || /^content-type:\s*multipart\/related/.test(start)) return 'mht';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^<(table|meta|head|body)\b/.test(start)) return 'html';
  if (start.startsWith('<?xml')) return /<html\b/.test(start) ? 'html' : 'xml';
  return null;
}

/**
 * Whether headerKind can find anything: the head holds a '%' (of %PDF-), or its first character after
 * a BOM and white space starts one of the headers ('{', '<', 'm' or 'c' in either case). Most text
 * reports are decided here, without decoding the head.
 */
function mayHaveHeader(bytes: Uint8Array, bom: number): boolean {
  const end = Math.min(bytes.length, 1024);
  if (bytes.subarray(0, end).includes(0x25)) return true;
  let i = bom;
  // White space to trimStart in Latin-1: tab to carriage return, space and the no-break space.
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0xa0 || ((bytes[i] as number) >= 9 && (bytes[i] as number) <= 13))) i++;
  if (i >= end) return false;
  const b = bytes[i] as number;
  return b === 0x7b || b === 0x3c || (b | 0x20) === 0x6d || (b | 0x20) === 0x63;
}

/** The length of the UTF-8 or UTF-16 byte order mark the file starts with, 0 for none. */
function bomLength(b: Uint8Array): number {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 3;
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) ? 2 : 0;
}

function isImage(b: Uint8Array): boolean {
  const png = b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
  const jpeg = b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  const gif = b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38;
  const tiff = (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a);
  return png || jpeg || gif || tiff;
}

/**
 * The first n bytes, one character per byte (Latin-1). Only ASCII, the BOM bytes and the
 * no-break space 0xA0 matter in the head, the same in Latin-1 and windows-1252. fromCharCode
 * takes a typed array's bytes as codes directly, several times faster than TextDecoder('latin1')
 * (windows-1252 through ICU) on a head this short.
 */
function latin1Head(bytes: Uint8Array, n: number): string {
  return String.fromCharCode.apply(null, bytes.subarray(0, Math.min(n, bytes.length)) as unknown as number[]);
}

/** Text if the start is UTF-16 with a BOM, or has no control bytes (UTF-8, GBK and the like). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bomLength(bytes) === 2) return true;
  // An index loop: iterating a typed array with for…of is several times slower.
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) {
    // Most bytes are printable: one comparison each.
    const b = bytes[i] as number;
    if (b < 32 && isControl(b)) return false;
  }
  return true;
}

/** A byte below 32 that text does not hold: all but tab to carriage return, bell and escape. */
function isControl(b: number): boolean {
  return b === 0 || (b < 9 && b !== 7) || (b > 13 && b !== 27);
}
