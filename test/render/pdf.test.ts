import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveReport } from '../../src/core/authoring/derive-report.js';
import { hunan } from '../../src/core/scoring/rule-sets/hunan.js';
import { renderToBytes } from '../../src/renderers/node/render-file.js';
import { importText, REFERENCE_TEXT } from '../support/check-text.js';

const run = promisify(execFile);

/**
 * The printed report: A4 pages, every font embedded as a real (CID TrueType)
 * font — a character no installed TrueType face has would fall back to Noto
 * CJK, which Chromium can only draw as Type 3, so "no Type 3" also means no
 * glyph went missing from the chosen faces — and the text holds every figure.
 */
describe('the PDF of the reference report', () => {
  const reference = importText(REFERENCE_TEXT).report;
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-pdf-test-'));
    file = join(dir, 'report.pdf');
    await writeFile(file, await renderToBytes(reference, 'pdf', { rules: hunan }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('embeds every font, as CID TrueType subsets of the CJK faces', async () => {
    const { stdout } = await run('pdffonts', [file]);
    const fonts = stdout.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.split(/\s{2,}/));
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) {
      expect(f[1], f.join(' ')).toBe('CID TrueType');
      expect(stdout).not.toContain('Type 3');
    }
    expect(stdout).toMatch(/UMingCN/);
    expect(stdout).toMatch(/WenQuanYiZenHei/);
    expect(stdout).toMatch(/UKaiCN/);
    for (const line of stdout.split('\n').slice(2).filter((l) => l.trim() !== '')) expect(line, line).toMatch(/ yes yes yes /);
  });

  it('is on A4 pages, a page for each attachment', async () => {
    const { stdout } = await run('pdfinfo', [file]);
    expect(stdout).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2 + reference.projects.length);
  });

  it('holds every figure of the attachments and numbers its pages', async () => {
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    const mended = deriveReport(reference, hunan);
    const figures = [mended.departmentEvaluation!.total.executionRate!, mended.departmentEvaluation!.total.score!, ...mended.projects.map((p) => p.totalScore!.score!), '6340.13', '4981.06', '950.02', '93.49%'];
    for (const f of figures) expect(stdout).toContain(f);
    expect(stdout).toContain('— 1 —');
  });
});
