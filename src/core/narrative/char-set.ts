/**
 * A set of UTF-16 units asked about once per character of a paragraph, by its
 * scans for keywords and punctuation: one bit per unit, so a question is a load
 * and a mask rather than a hash lookup in a Set or a Map.
 */
export class CharSet {
  private readonly bits = new Uint32Array(2048);

  constructor(units: Iterable<number>) {
    for (const u of units) this.bits[u >>> 5] = (this.bits[u >>> 5] as number) | (1 << (u & 31));
  }

  /** The set of the characters of `chars` (UTF-16 units). */
  static of(chars: string): CharSet {
    return new CharSet(Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i)));
  }

  has(unit: number): boolean {
    return ((this.bits[unit >>> 5] as number) & (1 << (unit & 31))) !== 0;
  }
}
