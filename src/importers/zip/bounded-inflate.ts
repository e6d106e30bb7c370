import { Inflate } from 'fflate';

/** Compressed bytes given to the inflater at a time: bounds the output of one step to about 1032 × this. */
const STEP = 16 * 1024;

/** Thrown when the output would exceed the cap given to `inflateBounded`. */
export class InflateOverflow extends Error {
  constructor(readonly produced: number) {
    super('inflate output over cap');
  }
}

/**
 * Inflates raw DEFLATE data, stopping as soon as the output passes `cap`
 * bytes, so a stream that lies about its size cannot fill memory: at most
 * `cap` plus one step's output is ever held. `onChunk` sees each piece as it
 * comes and may throw to stop early (e.g. after too many worksheet rows).
 * Throws InflateOverflow past the cap, or fflate's error for bad data.
 */
export function inflateBounded(
  data: Uint8Array,
  cap: number,
  onChunk?: (chunk: Uint8Array) => void,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new InflateOverflow(total);
    if (chunk.length === 0) return;
    onChunk?.(chunk);
    chunks.push(chunk);
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length; at += STEP) {
    const end = Math.min(at + STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
