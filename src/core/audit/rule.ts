import type { AuditContext } from './context.js';
import type { Severity } from './finding.js';

/** The families of rules (GLOSSARY: 表内 / 表间 / 文表一致, plus indicator quality, budget behaviour and what the report holds). */
export type RuleFamily = 'withinTable' | 'acrossTables' | 'textVsTable' | 'indicatorQuality' | 'budgetBehaviour' | 'completeness';

/**
 * An audit rule as data: a stable ID, one severity, a Chinese title and
 * description, the source it rests on, and the check itself.
 */
export interface AuditRule {
  /** Stable ID, never reused: "FUNDS-EXEC-RATE". */
  id: string;
  severity: Severity;
  family: RuleFamily;
  /** Short Chinese title: "执行率与预算数、执行数不符". */
  title: string;
  /** What it checks and why, in Chinese. */
  description: string;
  /** The document it rests on: 财预〔2020〕10号 …, or "derived from the seed". */
  source: string;
  check(ctx: AuditContext): void;
}

export const FAMILY_NAMES: Record<RuleFamily, string> = {
  withinTable: '表内审核',
  acrossTables: '表间审核',
  textVsTable: '文表一致',
  indicatorQuality: '指标质量',
  budgetBehaviour: '预算执行',
  completeness: '报告完整性',
};
