import { InputError, type ReadLimits } from '../input-error.js';
import { InflateOverflow, inflateBounded } from './bounded-inflate.js';
import { crc32Update } from './crc32.js';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  /** Name as stored, with `\` turned into `/` and no leading `/`. */
  name: string;
  method: number;
  compressedSize: number;
  /** Declared uncompressed size; checked against the real one while inflating. */
  size: number;
  crc: number;
  encrypted: boolean;
  localHeaderOffset: number;
}

/** Entries smaller than this are never treated as zip bombs, whatever their ratio (tiny XML parts compress well). */
const RATIO_FLOOR = 1024 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * A zip archive read safely: the central directory is parsed up front (a
 * damaged one is refused as 'corrupt'), and only the entries asked for are
 * ever inflated, each within the limits (declared sizes are checked first, and
 * the real output is capped while inflating so that a header that lies cannot
 * get past). `label` names the kind of file in messages, e.g. "Word 文档".
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private unzipped = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
    private readonly limits: ReadLimits,
    private readonly label: string,
  ) {
    for (const entry of readCentralDirectory(bytes, (detail) => this.corrupt(detail))) {
      this.byName.set(entry.name.toLowerCase(), entry);
    }
  }

  /** All entries, in central-directory order. */
  get entries(): ZipEntry[] {
    return [...this.byName.values()];
  }

  /** Part names are case-insensitive in OOXML packages. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalizeName(name).toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * The uncompressed bytes of one entry. `onChunk` sees them piece by piece
   * while inflating and may throw to stop early.
   */
  read(name: string, onChunk?: (chunk: Uint8Array) => void): Uint8Array {
    const entry = this.entry(name);
    if (!entry) this.corrupt(`缺少 ${name}`);
    if (entry.encrypted) {
      throw new InputError(this.file, 'encrypted', `文件已加密（${entry.name} 设有密码），请去除密码后再导入。`);
    }
    this.checkDeclared(entry);
    const data = this.compressedData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) this.corrupt(`${entry.name} 的大小记录不一致`);
      out = data;
      onChunk?.(out);
    } else if (entry.method === 8) {
      out = this.inflate(entry, data, onChunk);
    } else {
      throw new InputError(this.file, 'unsupported', `文件中的 ${entry.name} 使用了不支持的压缩方式（${entry.method}），请用 Office 或 WPS 重新保存后再导入。`);
    }
    if (crc32Update(0, out) !== entry.crc) this.corrupt(`${entry.name} 校验失败`);
    return out;
  }

  private checkDeclared(entry: ZipEntry): void {
    const { maxCompressionRatio, maxUnzippedBytes } = this.limits;
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > RATIO_FLOOR && ratio > maxCompressionRatio) {
      throw this.bomb(`其中 ${entry.name} 的压缩比达 ${Math.round(ratio)} 倍，超过上限 ${maxCompressionRatio} 倍`);
    }
    if (this.unzipped + entry.size > maxUnzippedBytes) {
      throw this.bomb(`解压后总大小将超过上限 ${megabytes(maxUnzippedBytes)}`);
    }
    this.unzipped += entry.size;
  }

  private inflate(entry: ZipEntry, data: Uint8Array, onChunk?: (chunk: Uint8Array) => void): Uint8Array {
    if (entry.size === 0 && entry.compressedSize <= 2) return new Uint8Array(0);
    try {
      const out = inflateBounded(data, entry.size, onChunk);
      if (out.length !== entry.size) this.corrupt(`${entry.name} 的实际大小与记录不符`);
      return out;
    } catch (error) {
      if (error instanceof InflateOverflow) {
        throw this.bomb(`其中 ${entry.name} 解压后的实际大小超过了它声明的 ${entry.size} 字节`);
      }
      if (error instanceof InputError) throw error;
      // onChunk may throw its own error to stop early; only fflate's are corruption.
      if (error instanceof Error && 'code' in error && typeof error.code === 'number') {
        this.corrupt(`${entry.name} 的压缩数据损坏`);
      }
      throw error;
    }
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const view = dataView(this.bytes);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      this.corrupt(`${entry.name} 的文件头缺失`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) this.corrupt(`${entry.name} 的数据被截断`);
    return this.bytes.subarray(start, end);
  }

  private bomb(detail: string): InputError {
    return new InputError(this.file, 'zip-bomb', `文件解压后异常巨大，疑似“压缩炸弹”，已拒绝读取：${detail}。`);
  }

  private corrupt(detail: string): never {
    throw new InputError(this.file, 'corrupt', `文件已损坏，无法作为${this.label}读取（${detail}）。请用 Office 或 WPS 打开检查，或重新导出后再导入。`);
  }
}

function readCentralDirectory(bytes: Uint8Array, corrupt: (detail: string) => never): ZipEntry[] {
  const view = dataView(bytes);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) corrupt('找不到压缩包目录，文件可能不完整');
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) corrupt('分卷压缩包');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) corrupt('ZIP64 目录缺失');
    const record = readUint64(view, locator + 8);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) corrupt('ZIP64 目录损坏');
    count = readUint64(view, record + 32);
    size = readUint64(view, record + 40);
    offset = readUint64(view, record + 48);
  }
  if (offset + size > bytes.length || count * 46 > size) corrupt('压缩包目录超出文件范围');
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_SIGNATURE) corrupt('压缩包目录损坏');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: normalizeName(flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      encrypted: (flags & 1) !== 0,
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(entry, view, at + 46 + nameLength, extraLength);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 + 65 535 bytes (its comment may be that long). */
function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const fieldLength = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.size === 0xffffffff) {
        entry.size = readUint64(view, field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = readUint64(view, field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = readUint64(view, field);
      return;
    }
    at += 4 + fieldLength;
  }
}

function readUint64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) return Number.MAX_SAFE_INTEGER;
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

function normalizeName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function megabytes(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}
