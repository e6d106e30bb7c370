import { readFileSync } from 'node:fs';
import { audit } from '../../src/core/audit/audit.js';
import type { Finding } from '../../src/core/audit/finding.js';
import { ruleSetFor } from '../../src/core/scoring/rule-sets/index.js';
import { interpret, type ImportedReport } from '../../src/importers/layout/interpret.js';
import { readText } from '../../src/importers/text/text-reader.js';

export const REFERENCE_PATH = new URL('../../examples/hengyang-2023.txt', import.meta.url);
export const REFERENCE_TEXT = readFileSync(REFERENCE_PATH, 'utf8');

export function importText(text: string, file = 'report.txt'): ImportedReport {
  return interpret(readText(text, file));
}

/** The findings `jixiao check` gives a text report, with the rule set it would choose. */
export function checkText(text: string, file = 'report.txt'): Finding[] {
  const imported = importText(text, file);
  const rules = ruleSetFor(`${imported.report.unit}${imported.report.title ?? ''}`);
  return audit(imported.report, rules, imported.provenance);
}

/** A finding as a compact line for comparisons and failure messages. */
export function brief(f: Finding): string {
  return `${f.rule} L${f.location.source?.line ?? '?'} ${f.expected ?? ''}|${f.actual ?? ''}`;
}
