import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hunan } from '../../src/core/scoring/rule-sets/hunan.js';
import { renderReport } from '../../src/renderers/render.js';
import { importText, REFERENCE_TEXT } from '../support/check-text.js';

/**
 * Golden files: what each renderer writes for the reference report, compared
 * byte for byte after the volatile parts are normalised (the times a zip
 * package records). A change of layout shows as a diff to review;
 * UPDATE_GOLDEN=1 rewrites them.
 */
const reference = importText(REFERENCE_TEXT).report;
const GOLDEN = (name: string) => new URL(`golden/${name}`, import.meta.url);

/** A zip package as text: each part by name, XML dates and zip times left out. */
function packageText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .sort()
    .map((name) => `=== ${name}\n${strFromU8(parts[name] as Uint8Array).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…').replace(/>\s*</g, '>\n<')}`)
    .join('\n');
}

function compare(name: string, actual: string): void {
  const file = GOLDEN(name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} 缺失：UPDATE_GOLDEN=1 生成`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden files of the reference report', () => {
  it.each(['html', 'md', 'json'] as const)('%s', async (format) => {
    compare(`hengyang-2023.${format}`, (await renderReport(reference, format, { rules: hunan })) as string);
  });

  it.each(['docx', 'xlsx'] as const)('%s', async (format) => {
    compare(`hengyang-2023.${format}.txt`, packageText((await renderReport(reference, format, { rules: hunan })) as Uint8Array));
  });

  it('normalises nothing but the times: two renders give the same text', async () => {
    const a = packageText((await renderReport(reference, 'docx', { rules: hunan })) as Uint8Array);
    const b = packageText((await renderReport(reference, 'docx', { rules: hunan })) as Uint8Array);
    expect(a).toBe(b);
  });
});
