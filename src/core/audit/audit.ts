import type { DepartmentReport } from '../model/report.js';
import { emptyProvenance, type Provenance } from '../model/provenance.js';
import type { ScoringRuleSet } from '../scoring/rule-set.js';
import { AuditContext } from './context.js';
import { sortFindings, type Finding } from './finding.js';
import { AUDIT_RULES } from './registry.js';
import type { AuditRule } from './rule.js';

/**
 * Runs the audit rules over a report and returns the findings in reading
 * order. Pure: the same report, provenance and rule set give the same findings.
 */
export function audit(report: DepartmentReport, rules: ScoringRuleSet, provenance: Provenance = emptyProvenance(), ruleList: readonly AuditRule[] = AUDIT_RULES): Finding[] {
  const ctx = new AuditContext(report, rules, provenance);
  for (const rule of ruleList) ctx.run(rule);
  return sortFindings(ctx.findings);
}
