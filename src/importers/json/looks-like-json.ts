/**
 * Whether a file's bytes are JSON rather than a report's text: the first byte
 * past a UTF-8 byte order mark and spaces is "{", as no report text starts.
 * Kept apart from the JSON reader, so that telling costs no load of the schema library.
 */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b;
}
