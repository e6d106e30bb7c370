import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TEXT } from '../support/check-text.js';
import { jixiao, ROOT } from '../support/run-cli.js';

/**
 * Inputs that are not a readable report: each exits 2 with a Chinese message
 * naming the file and the problem, quickly, and never a stack trace.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function expectRefused(args: string[], message: RegExp): void {
  const r = jixiao(args, { timeout: 30_000 });
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+|Error:|TypeError|node:internal/);
  expect(r.ms).toBeLessThan(15_000);
}

describe('bad input', () => {
  it('an empty file', () => expectRefused(['check', file('empty.txt', '')], /empty\.txt：文件为空/));

  it('a binary file', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expectRefused(['check', file('blob.txt', bytes)], /blob\.txt：这是一个二进制文件/);
  });

  it('a truncated report (cut in the middle of a table row)', () => {
    const cut = REFERENCE_TEXT.slice(0, REFERENCE_TEXT.indexOf('5948.45') + 4);
    expectRefused(['check', file('truncated.txt', cut)], /truncated\.txt：.*截断/);
  });

  it('a truncated report (cut in the middle of a sentence), but not a report whose tables are laid out with spaces', () => {
    const cut = REFERENCE_TEXT.slice(0, REFERENCE_TEXT.indexOf('报告应包括以下附件') - 30);
    expect(cut.endsWith('\n')).toBe(false);
    expectRefused(['check', file('cut-sentence.txt', cut)], /cut-sentence\.txt：文件在一句话的中间结束，可能被截断/);
    // Columns apart by runs of spaces (pdftotext -layout) end with a row of figures, not a cut sentence: the text is checked
    // and the reader is told that no table was read.
    const spaced = jixiao(['check', file('spaced.txt', REFERENCE_TEXT.replace(/\t/g, '    ').trimEnd())]);
    expect(spaced.status).toBe(0);
    expect(spaced.stdout).toContain('[REPORT-NO-TABLES]');
    expect(spaced.stdout).toMatch(/读取说明：文本中有 \d+ 行以空格对齐各列.*请直接审核 PDF 原件/);
    // The same from a real tool: the reference report's PDF as pdftotext -layout writes it (each page ending in a form feed).
    const layout = join(dir, 'layout.txt');
    execFileSync('pdftotext', ['-layout', join(ROOT, 'fixtures/reference/hengyang-2023.pdf'), layout]);
    const fromPdf = jixiao(['check', layout]);
    expect(fromPdf.status).toBe(0);
    expect(fromPdf.stdout).toContain('读取内容：正文 9 个部分');
    expect(fromPdf.stdout).toContain('请直接审核 PDF 原件');
    // Tables alone, laid out with spaces: nothing of a report is left, and the refusal says why.
    const tablesOnly = join(dir, 'tables-only-layout.txt');
    execFileSync('pdftotext', ['-layout', join(ROOT, 'fixtures/layouts/sichuan-qingshen-2023/sichuan-qingshen-2023.pdf'), tablesOnly]);
    expectRefused(['check', tablesOnly], /tables-only-layout\.txt：文件中没有找到绩效自评报告的内容.*以空格对齐各列.*请直接审核 PDF 原件/);
  });

  it('a truncated report (cut inside a character)', () => {
    const bytes = new TextEncoder().encode(REFERENCE_TEXT);
    // Cut after the first of the three bytes of a character in the last paragraph of a table row.
    const at = new TextEncoder().encode(REFERENCE_TEXT.slice(0, REFERENCE_TEXT.lastIndexOf('在职警察满意度'))).length + 1;
    expectRefused(['check', file('cut-char.txt', bytes.subarray(0, at))], /cut-char\.txt：文件不完整：末尾在一个汉字的中间被截断/);
  });

  it('a text that is not a report', () => expectRefused(['check', file('novel.txt', '第一章\n\n很久很久以前，有一座山。\n\n山上有座庙。\n')], /novel\.txt：.*不像是一份绩效自评报告/));

  it('a missing file', () => expectRefused(['check', join(dir, 'nowhere.txt')], /nowhere\.txt：文件不存在/));

  it('a file over the size limit', () => {
    const big = file('big.txt', REFERENCE_TEXT.repeat(40)); // about 1.1 MB
    expectRefused(['check', big, '--max-size', '1'], /big\.txt：文件大小 .* 超过上限 1\.0 MB/);
  });

  it('a file within the size limit holding more table rows than any report (a table of 770 000 rows ran out of memory)', () => {
    // 150 000 rows of project forms, about 5 MB: over the 100 000 rows a report may have.
    const rows = file('rows.txt', `${REFERENCE_TEXT}\n${'项目名称\t测试\n年度资金总额\t10\t10\t10\t10\t100%\t10\n'.repeat(75_000)}`);
    expectRefused(['check', rows], /rows\.txt：文件中的表格共有 \d+ 行，超过了每份报告最多 100000 行的上限/);
  });

  it('a file whose extension lies', () => expectRefused(['check', file('report.docx', REFERENCE_TEXT)], /report\.docx：文件扩展名为 \.docx，但内容实际是文本文件/));

  it('office files that cannot be read: encrypted, old binary format, a corrupt zip, a zip bomb', () => {
    expectRefused(['check', 'fixtures/bad/encrypted.docx'], /encrypted\.docx：.*(加密|密码)/);
    expectRefused(['check', 'fixtures/bad/encrypted.xlsx'], /encrypted\.xlsx：.*(加密|密码)/);
    expectRefused(['check', 'fixtures/bad/old-format.doc'], /old-format\.doc：.*旧版/);
    const corrupt = new Uint8Array(2048).fill(7);
    corrupt.set([0x50, 0x4b, 0x03, 0x04]);
    expectRefused(['check', file('broken.docx', corrupt)], /broken\.docx：/);
    // A zip whose one entry claims a huge expansion: refused from its sizes, before anything is inflated.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expectRefused(['check', file('bomb.docx', bomb)], /bomb\.docx：.*(压缩|解压|炸弹)/);
  });

  it('a mix: the readable ones are checked, the unreadable named, and the exit code is 2', () => {
    const good = file('good.txt', REFERENCE_TEXT);
    const r = jixiao(['check', good, file('empty2.txt', ''), '--format', 'json']);
    expect(r.status).toBe(2);
    const json = JSON.parse(r.stdout) as { reports: unknown[]; unreadable: { file: string; message: string }[] };
    expect(json.reports).toHaveLength(1);
    expect(json.unreadable[0]?.message).toMatch(/文件为空/);
  });

  it('a wrong command or option', () => {
    expect(jixiao(['frobnicate']).status).toBe(2);
    expect(jixiao(['check', '--format', 'xml', 'x.txt']).status).toBe(2);
    expect(jixiao(['check']).stderr).toMatch(/请指定要审核的文件或文件夹/);
  });
});
