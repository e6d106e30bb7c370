import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkText, REFERENCE_TEXT } from '../support/check-text.js';
import { ROOT } from '../support/run-cli.js';

/** The reference report and every layout sample in text form, each with the tab-separated rows a PDF extraction gives. */
const SAMPLES: [string, string][] = [
  ['hengyang-2023', REFERENCE_TEXT],
  ...readdirSync(join(ROOT, 'fixtures/layouts')).map((name): [string, string] => [name, readFileSync(join(ROOT, 'fixtures/layouts', name, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '')]),
];

/** The same text with each tab-separated row written as a pipe row: `| a | b |`, or `a | b |` without the leading pipe as web pages saved as text have it. */
function asPipeRows(text: string, leadingPipe: boolean): string {
  return text
    .split('\n')
    .map((line) => (line.includes('\t') ? `${leadingPipe ? '| ' : ''}${line.split('\t').join(' | ')} |` : line))
    .join('\n');
}

describe('the same report with its tables written as pipe rows', () => {
  for (const [name, text] of SAMPLES) {
    it(`gives the findings of its tab-separated form, line for line: ${name}`, () => {
      const tabs = checkText(text).map(brief);
      expect(tabs.length).toBeGreaterThan(0);
      expect(checkText(asPipeRows(text, true)).map(brief)).toEqual(tabs);
      // Without outer pipes an empty first cell is a leading pipe, and a table cut by a page end goes on in that style.
      expect(checkText(asPipeRows(text, false)).map(brief)).toEqual(tabs);
    });
  }
});
