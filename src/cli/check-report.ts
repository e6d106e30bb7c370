import { audit } from '../core/audit/audit.js';
import type { Finding } from '../core/audit/finding.js';
import { coverageOf, type Coverage } from '../core/model/coverage.js';
import { findRuleSet, ruleSetFor } from '../core/scoring/rule-sets/index.js';
import type { ScoringRuleSet } from '../core/scoring/rule-set.js';
import type { LoadedReport } from '../node/load-report.js';

/** The findings of one loaded report under the chosen (or detected) rule set, with the reader's own findings. */
export interface CheckedReport {
  loaded: LoadedReport;
  rules: ScoringRuleSet;
  findings: Finding[];
  /** What was read of the report, as the output says it. */
  coverage: Coverage;
}

export function chooseRules(name: string, loaded: LoadedReport): ScoringRuleSet {
  if (name !== 'auto') {
    const found = findRuleSet(name);
    if (found) return found;
  }
  const r = loaded.report;
  return ruleSetFor(`${r.region ?? ''}${r.unit}${r.title ?? ''}${r.departmentEvaluation?.unit ?? ''}${r.projects[0]?.supervisor ?? ''}`);
}

export function checkReport(loaded: LoadedReport, rulesName: string): CheckedReport {
  const rules = chooseRules(rulesName, loaded);
  const findings = audit(loaded.report, rules, loaded.provenance);
  for (const rf of loaded.source.readerFindings) {
    const f: Finding = { rule: rf.rule, severity: rf.severity, message: rf.message, location: { source: rf.at } };
    if (rf.expected !== undefined) f.expected = rf.expected;
    if (rf.actual !== undefined) f.actual = rf.actual;
    findings.push(f);
  }
  return { loaded, rules, findings, coverage: coverageOf(loaded.report) };
}
