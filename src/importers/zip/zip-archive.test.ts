import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../input-error.js';
import { withDamagedData, withDeclaredSize, withEncryptedFlag } from './testing/zip-surgery.js';
import { ZipArchive } from './zip-archive.js';

const text = new TextEncoder();
const archive = (bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): ZipArchive => new ZipArchive(bytes, 'a.zip', limits, ' Word 文档（.docx）');

/** Runs `f`, expecting an InputError with `code`; returns it with the time taken. */
function refusal(f: () => unknown, code: string): { error: InputError; ms: number } {
  const t = performance.now();
  try {
    f();
  } catch (error) {
    const ms = performance.now() - t;
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).message).toMatch(/[\u4e00-\u9fff]/);
    return { error: error as InputError, ms };
  }
  throw new Error(`expected InputError ${code}`);
}

const zeros = new Uint8Array(30 * 1024 * 1024);
let bombZip: Uint8Array | undefined;
/** 30 MB of zeros in one entry: about 30 kB zipped. Made once, it takes a while. */
const bomb = (): Uint8Array => (bombZip ??= zipSync({ 'bomb.xml': [zeros, { level: 9 }], 'ok.xml': text.encode('<ok/>') }));

describe('ZipArchive', () => {
  it('reads stored and deflated entries, names case-insensitively', () => {
    const zip = zipSync({ 'word/document.xml': [text.encode('<w:document/>'), { level: 6 }], 'Stored.txt': [text.encode('原样'), { level: 0 }] });
    const a = archive(zip);
    expect(new TextDecoder().decode(a.read('WORD/Document.xml'))).toBe('<w:document/>');
    expect(new TextDecoder().decode(a.read('stored.txt'))).toBe('原样');
    expect(a.entries.map((e) => e.name)).toEqual(['word/document.xml', 'Stored.txt']);
  });

  it('refuses what is not a whole zip as corrupt', () => {
    const zip = zipSync({ 'a.xml': text.encode('<a/>'.repeat(1000)) });
    expect(refusal(() => archive(zip.subarray(0, zip.length - 30)), 'corrupt').error.message).toContain('找不到压缩包目录');
    expect(refusal(() => archive(text.encode('PK\u0003\u0004 这不是压缩包')), 'corrupt').error.message).toMatch(/^文件已损坏，无法作为 Word 文档（\.docx）读取/);
  });

  it('refuses an entry whose data is damaged (bad deflate data or CRC mismatch)', () => {
    const zip = zipSync({ 'a.xml': text.encode('<row>1</row>'.repeat(5000)) });
    const { error } = refusal(() => archive(withDamagedData(zip, 'a.xml')).read('a.xml'), 'corrupt');
    expect(error.message).toMatch(/a\.xml (的压缩数据损坏|校验失败|的实际大小与记录不符)/);
  });

  it('refuses an entry flagged as encrypted', () => {
    const zip = zipSync({ 'a.xml': text.encode('<a/>') });
    expect(refusal(() => archive(withEncryptedFlag(zip, 'a.xml')).read('a.xml'), 'encrypted').error.message).toContain('设有密码');
  });

  it('refuses a zip bomb from its declared sizes before inflating anything', () => {
    expect(bomb().length).toBeLessThan(100 * 1024);
    const { error, ms } = refusal(() => archive(bomb()).read('bomb.xml'), 'zip-bomb');
    expect(error.message).toMatch(/压缩炸弹.*bomb\.xml 的压缩比达 \d+ 倍，超过上限 100 倍/);
    expect(ms).toBeLessThan(50);
  });

  it('stops inflating as soon as an entry outgrows the size its header declares', () => {
    const liar = withDeclaredSize(bomb(), 'bomb.xml', 1000);
    const before = process.memoryUsage().arrayBuffers;
    const { error, ms } = refusal(() => archive(liar).read('bomb.xml'), 'zip-bomb');
    expect(error.message).toContain('bomb.xml 解压后的实际大小超过了它声明的 1000 字节');
    expect(ms).toBeLessThan(500);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses when the entries asked for add up to more than the total limit', () => {
    const zip = zipSync({ 'a.xml': deflateSafe(2000), 'b.xml': deflateSafe(2000) });
    const a = archive(zip, { ...DEFAULT_LIMITS, maxUnzippedBytes: 3000 });
    a.read('a.xml');
    expect(refusal(() => a.read('b.xml'), 'zip-bomb').error.message).toContain('解压后总大小将超过上限');
  });

  it('never inflates an entry nobody asks for', () => {
    expect(new TextDecoder().decode(archive(bomb()).read('ok.xml'))).toBe('<ok/>');
  });
});

function deflateSafe(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 7919) % 251;
  return bytes;
}
