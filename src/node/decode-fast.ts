import { Buffer, isUtf8 } from 'node:buffer';
import { decodeText } from '../importers/text/decode.js';

/**
 * decodeText with Node's native UTF-8 check for the common case (a valid
 * UTF-8 file, with or without BOM), several times faster than a fatal
 * TextDecoder; everything else goes through the portable decoder.
 */
export function decodeTextFast(bytes: Uint8Array, file: string): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return decodeText(bytes, file);
}
