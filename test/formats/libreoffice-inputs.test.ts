import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/audit/finding.js';
import { checkReport } from '../../src/cli/check-report.js';
import { loadReport } from '../../src/node/load-report.js';
import { jixiao, ROOT } from '../support/run-cli.js';

/**
 * Old binary Word and Excel files (.doc, .xls), as finance bureaus still
 * receive them, and OpenDocument files (.odt, .ods, GB/T 36350), made here by
 * LibreOffice from the reference fixtures: jixiao converts them with
 * LibreOffice and reads them as the .docx and .xlsx they came from; without
 * LibreOffice it says how to convert them by hand.
 */
let dir: string;
let profile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-legacy-test-'));
  profile = mkdtempSync(join(tmpdir(), 'jixiao-legacy-profile-'));
  for (const [source, to] of [['hengyang-2023.docx', 'doc'], ['hengyang-2023-attachments.xlsx', 'xls'], ['hengyang-2023.docx', 'odt'], ['hengyang-2023-attachments.xlsx', 'ods']] as const) {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', dir, join(ROOT, 'fixtures/reference', source)], { timeout: 120_000, stdio: 'pipe' });
  }
}, 240_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

const essence = (f: Finding) => [f.rule, f.severity, f.location.table ?? f.location.section ?? '', f.location.row ?? '', f.location.column ?? '', f.expected ?? '', f.actual ?? ''].join('|');
const findings = async (file: string) => checkReport(await loadReport(file), 'auto').findings.map(essence).sort();

describe('old binary Word and Excel files, and OpenDocument files', () => {
  it.each([
    ['hengyang-2023.doc', 'fixtures/reference/hengyang-2023.docx', 'd0cf11e0', '这是旧版 Word 文件（.doc），已用 LibreOffice 转换为 .docx 后读取。'],
    ['hengyang-2023-attachments.xls', 'fixtures/reference/hengyang-2023-attachments.xlsx', 'd0cf11e0', '这是旧版 Excel 文件（.xls），已用 LibreOffice 转换为 .xlsx 后读取。'],
    ['hengyang-2023.odt', 'fixtures/reference/hengyang-2023.docx', '504b0304', '这是 OpenDocument 文本（.odt），已用 LibreOffice 转换为 .docx 后读取。'],
    ['hengyang-2023-attachments.ods', 'fixtures/reference/hengyang-2023-attachments.xlsx', '504b0304', '这是 OpenDocument 电子表格（.ods），已用 LibreOffice 转换为 .xlsx 后读取。'],
  ])('%s gives the findings of the file it was saved from, and says it was converted', async (converted, modern, magic, note) => {
    const file = join(dir, converted);
    expect(Buffer.from(readFileSync(file).subarray(0, 4)).toString('hex')).toBe(magic);
    expect(await findings(file)).toEqual(await findings(join(ROOT, modern)));
    expect((await loadReport(file)).notes[0]).toBe(note);
  }, 120_000);

  it('are checked in a folder with the rest', () => {
    const r = jixiao(['check', dir, '--format', 'json'], { timeout: 240_000 });
    const json = JSON.parse(r.stdout) as { reports: { file: string; format: string }[] };
    expect(json.reports.map((x) => [x.file.replace(/^.*\//, ''), x.format])).toEqual([
      ['hengyang-2023-attachments.ods', 'xlsx'],
      ['hengyang-2023-attachments.xls', 'xlsx'],
      ['hengyang-2023.doc', 'docx'],
      ['hengyang-2023.odt', 'docx'],
    ]);
  }, 240_000);

  it('are refused in plain Chinese, with no command line, when LibreOffice fails on them', () => {
    const failing = join(profile, 'failing-soffice');
    writeFileSync(failing, '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 3\n', { mode: 0o755 });
    const r = jixiao(['check', join(dir, 'hengyang-2023.odt')], { env: { JIXIAO_SOFFICE: failing } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${join(dir, 'hengyang-2023.odt')}：这是 OpenDocument 文本（.odt），LibreOffice 未能将其转换为 .docx（LibreOffice 报错退出）。请用 Office 或 WPS 打开后另存为 .docx 再导入。`);
  });

  it('are refused with how to convert them by hand when LibreOffice is not installed', () => {
    const r = jixiao(['check', join(dir, 'hengyang-2023.doc')], { env: { JIXIAO_SOFFICE: join(dir, 'no-such-soffice') } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hengyang-2023.doc：这是旧版 Word 97-2003 文档（.doc）。请用 Word 或 WPS 打开后另存为 .docx 再导入。（安装 LibreOffice 后 jixiao 可直接读取此类文件。）');
  });
});
