import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadReport } from '../../src/node/load-report.js';

/** `jixiao render` and `jixiao template` as a user runs them: files written, Chinese messages, exit codes. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const text = (s: string | Uint8Array) => (typeof s === 'string' ? s : new TextDecoder().decode(s));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += text(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += text(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('jixiao render and template', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a DOCX from the reference text, mended', async () => {
    const out = join(dir, 'r.docx');
    const r = await run(['render', 'examples/hengyang-2023.txt', '--to', 'docx', '-o', out]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('已生成');
    const back = await loadReport(out);
    expect(back.report.departmentEvaluation?.total.executionRate).toBe('94.46%');
  });

  it('keeps the stated figures with --as-is', async () => {
    const out = join(dir, 'as-is.docx');
    expect((await run(['render', 'examples/hengyang-2023.txt', '--to', 'docx', '--as-is', '-o', out])).code).toBe(0);
    expect((await loadReport(out)).report.departmentEvaluation?.total.executionRate).toBe('94.00%');
  });

  it('writes a text format to standard output with -o -', async () => {
    const r = await run(['render', 'examples/hengyang-2023.txt', '--to', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).departmentEvaluation.total.score).toBe('9.45');
  });

  it('refuses an unreadable input with exit 2 and a Chinese message, no stack trace', async () => {
    const bad = join(dir, 'bad.docx');
    await writeFile(bad, 'not a word file at all');
    for (const args of [['render', join(dir, 'missing.docx'), '--to', 'pdf'], ['render', bad, '--to', 'xlsx', '-o', join(dir, 'x.xlsx')]]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says in Chinese why a PDF could not be printed: Chromium missing, failing or printing nothing', async () => {
    const failing = join(dir, 'failing-chromium');
    writeFileSync(failing, '#!/bin/sh\necho "[0101/000000.000:FATAL:zygote_host_impl_linux.cc] No usable sandbox!" >&2\nexit 3\n', { mode: 0o755 });
    const silent = join(dir, 'silent-chromium');
    writeFileSync(silent, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const cases: [string, RegExp][] = [
      [join(dir, 'no-such-chromium'), /未找到 Chromium/],
      [failing, /Chromium 未能生成 PDF（Chromium 报错退出，退出码 3）/],
      [silent, /Chromium 未能生成 PDF（Chromium 没有生成 PDF 文件）/],
    ];
    const before = process.env.JIXIAO_CHROMIUM;
    try {
      for (const [chromium, message] of cases) {
        process.env.JIXIAO_CHROMIUM = chromium;
        const r = await run(['render', 'examples/hengyang-2023.txt', '--to', 'pdf', '-o', join(dir, 'r.pdf')]);
        expect(r.code, chromium).toBe(2);
        expect(r.stderr).toMatch(message);
        // Neither the engine's English message nor the command line reaches the user.
        expect(r.stderr).not.toMatch(/Command failed|sandbox|--headless/);
      }
    } finally {
      if (before === undefined) delete process.env.JIXIAO_CHROMIUM;
      else process.env.JIXIAO_CHROMIUM = before;
    }
  });

  it('refuses a wrong format, a binary format to the terminal and an unwritable output', async () => {
    expect((await run(['render', 'examples/hengyang-2023.txt', '--to', 'odt'])).stderr).toContain('--to 须为');
    expect((await run(['render', 'examples/hengyang-2023.txt', '--to', 'docx', '-o', '-'])).stderr).toContain('二进制格式');
    // A folder that does not exist yet is made; a "folder" that is really a file cannot be.
    const made = await run(['render', 'examples/hengyang-2023.txt', '--to', 'html', '-o', join(dir, 'new', 'folder', 'report.html')]);
    expect(made.code).toBe(0);
    const plain = join(dir, 'plain-file.txt');
    writeFileSync(plain, 'x');
    const r = await run(['render', 'examples/hengyang-2023.txt', '--to', 'html', '-o', join(plain, 'inside.html')]);
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toMatch(/无法写入 .*inside\.html：/);
  });

  it('writes a blank workbook that import reads back as the three attachments', async () => {
    const out = join(dir, 'template.xlsx');
    expect((await run(['template', '--to', 'xlsx', '-o', out])).code).toBe(0);
    const back = await loadReport(out);
    expect(back.report.basicData).not.toBeNull();
    expect(back.report.departmentEvaluation?.indicators.map((i) => i.level2)).toContain('经济成本指标');
    expect(back.report.projects).toHaveLength(1);
    expect(back.source.readerFindings).toEqual([]);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });
});
