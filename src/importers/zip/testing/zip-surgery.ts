/** Edits of a zip's headers, to make the damaged and lying archives tests need. */

/** Offsets of the local header and central-directory entry of `name`. */
function headersOf(zip: Uint8Array, name: string): { local: number; central: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const stored = zip.subarray(at + 46, at + 46 + length);
    if (stored.length === target.length && stored.every((b, i) => b === target[i])) return { local: view.getUint32(at + 42, true), central: at };
  }
  throw new Error(`no entry ${name}`);
}

/** A copy of the zip whose headers declare `size` as the uncompressed size of `name`. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local, central } = headersOf(out, name);
  view.setUint32(local + 22, size, true);
  view.setUint32(central + 24, size, true);
  return out;
}

/** A copy of the zip with the "encrypted" flag set on `name`. */
export function withEncryptedFlag(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local, central } = headersOf(out, name);
  view.setUint16(local + 6, view.getUint16(local + 6, true) | 1, true);
  view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
  return out;
}

/** A copy of the zip with some bytes of the data of `name` changed. */
export function withDamagedData(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local, central } = headersOf(out, name);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const size = view.getUint32(central + 20, true);
  for (let i = Math.floor(size / 3); i < Math.floor(size / 3) + 8 && i < size; i++) out[start + i] = out[start + i]! ^ 0x5a;
  return out;
}
