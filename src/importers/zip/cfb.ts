/**
 * The few facts we need from an OLE2 compound file (CFB, magic D0 CF 11 E0):
 * what it holds. An Office file "encrypted with a password" is a CFB holding an
 * `EncryptedPackage` stream; an old binary .doc/.xls is a CFB holding a
 * `WordDocument` or `Workbook` stream.
 */
export type CfbKind = 'encrypted-ooxml' | 'word97' | 'excel97' | 'powerpoint97' | 'other';

export interface CfbInfo {
  kind: CfbKind;
  /** For an old .doc/.xls: whether its own (RC4/XOR) encryption flag is set, when it can be told. */
  encrypted: boolean;
}

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}

interface DirectoryEntry {
  name: string;
  start: number;
  size: number;
}

/** Reads the directory of a CFB; a damaged one gives kind 'other'. */
export function inspectCfb(bytes: Uint8Array): CfbInfo {
  let entries: DirectoryEntry[];
  let file: CfbFile;
  try {
    file = new CfbFile(bytes);
    entries = file.directory();
  } catch {
    return { kind: 'other', encrypted: false };
  }
  const find = (name: string): DirectoryEntry | undefined => entries.find((e) => e.name === name);
  if (find('EncryptedPackage')) return { kind: 'encrypted-ooxml', encrypted: true };
  const word = find('WordDocument');
  if (word) return { kind: 'word97', encrypted: wordEncrypted(file.streamStart(word)) };
  const workbook = find('Workbook') ?? find('Book');
  if (workbook) return { kind: 'excel97', encrypted: excelEncrypted(file.streamStart(workbook)) };
  if (find('PowerPoint Document')) return { kind: 'powerpoint97', encrypted: false };
  return { kind: 'other', encrypted: false };
}

/** FIB flag fEncrypted (bit 8 of the word at offset 0x0A) of a Word 97 file. */
function wordEncrypted(start: Uint8Array): boolean {
  return start.length >= 12 && (start[11]! & 0x01) !== 0;
}

/** A BIFF8 workbook stream whose first records include FILEPASS (0x002F) is encrypted. */
function excelEncrypted(start: Uint8Array): boolean {
  let at = 0;
  for (let i = 0; i < 8 && at + 4 <= start.length; i++) {
    const type = start[at]! | (start[at + 1]! << 8);
    if (type === 0x002f) return true;
    at += 4 + (start[at + 2]! | (start[at + 3]! << 8));
  }
  return false;
}

class CfbFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly fat: number[] = [];
  private readonly sectorCount: number;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.view.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) throw new Error('bad sector size');
    this.sectorSize = 1 << shift;
    this.sectorCount = Math.ceil(Math.max(0, bytes.length - this.sectorSize) / this.sectorSize);
    this.readFat();
  }

  private sector(n: number): Uint8Array {
    const at = (n + 1) * this.sectorSize;
    if (n >= this.sectorCount) throw new Error('sector out of range');
    return this.bytes.subarray(at, Math.min(at + this.sectorSize, this.bytes.length));
  }

  private u32(sector: Uint8Array, at: number): number {
    return new DataView(sector.buffer, sector.byteOffset, sector.byteLength).getUint32(at, true);
  }

  private readFat(): void {
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = this.view.getUint32(0x4c + i * 4, true);
      if (s < this.sectorCount) fatSectors.push(s);
    }
    let difat = this.view.getUint32(0x44, true);
    const perDifat = this.sectorSize / 4 - 1;
    for (let guard = 0; difat < this.sectorCount && guard < this.sectorCount; guard++) {
      const sector = this.sector(difat);
      for (let i = 0; i < perDifat; i++) {
        const s = this.u32(sector, i * 4);
        if (s < this.sectorCount) fatSectors.push(s);
      }
      difat = this.u32(sector, perDifat * 4);
    }
    for (const s of fatSectors) {
      const sector = this.sector(s);
      for (let i = 0; i + 4 <= sector.length; i += 4) this.fat.push(this.u32(sector, i));
    }
  }

  directory(): DirectoryEntry[] {
    const entries: DirectoryEntry[] = [];
    let s = this.view.getUint32(0x30, true);
    for (let guard = 0; s !== END_OF_CHAIN && guard <= this.sectorCount; guard++) {
      const sector = this.sector(s);
      for (let at = 0; at + 128 <= sector.length; at += 128) {
        const nameLength = Math.min(sector[at + 0x40]! | (sector[at + 0x41]! << 8), 64);
        let name = '';
        for (let i = 0; i + 1 < nameLength - 1; i += 2) name += String.fromCharCode(sector[at + i]! | (sector[at + i + 1]! << 8));
        entries.push({ name, start: this.u32(sector, at + 0x74), size: this.u32(sector, at + 0x78) });
      }
      s = this.fat[s] ?? END_OF_CHAIN;
    }
    return entries;
  }

  /** The first sector of a stream kept in regular sectors (large streams such as WordDocument are). */
  streamStart(entry: DirectoryEntry): Uint8Array {
    if (entry.size < 4096 || entry.start >= this.sectorCount) return new Uint8Array(0);
    try {
      return this.sector(entry.start);
    } catch {
      return new Uint8Array(0);
    }
  }
}
