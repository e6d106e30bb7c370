import type { SourceRef } from '../model/source-ref.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a rule found: where (in the reader's terms and in the source file),
 * what was expected and what was stated, in Chinese.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  location: FindingLocation;
  /** The figure as it should be, printed as a table prints it ("94.46%"). */
  expected?: string;
  /** The figure as stated ("94.00%"). */
  actual?: string;
}

export interface FindingLocation {
  /** The part of the report: "附件2" or "二、一般公共预算支出情况（一）基本支出情况". */
  section?: string;
  /** The table: "部门整体支出绩效自评表", "项目支出绩效自评表（辅警经费）". */
  table?: string;
  /** The row by its label: "年度资金总额", "场所运转持续性". */
  row?: string;
  /** The column by its header: "执行率", "分值". */
  column?: string;
  /** Where in the input file. */
  source?: SourceRef;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in the order a reviewer reads them: by position in the file, then severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const la = a.location.source?.line ?? a.location.source?.page ?? Number.MAX_SAFE_INTEGER;
    const lb = b.location.source?.line ?? b.location.source?.page ?? Number.MAX_SAFE_INTEGER;
    if (la !== lb) return la - lb;
    const ta = a.location.source?.table ?? 0;
    const tb = b.location.source?.table ?? 0;
    if (ta !== tb) return ta - tb;
    const ra = a.location.source?.row ?? 0;
    const rb = b.location.source?.row ?? 0;
    if (ra !== rb) return ra - rb;
    return ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule);
  });
}
