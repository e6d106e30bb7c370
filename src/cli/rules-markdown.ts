import { AUDIT_RULES } from '../core/audit/registry.js';
import { FAMILY_NAMES, type RuleFamily } from '../core/audit/rule.js';
import { RULE_SETS } from '../core/scoring/rule-sets/index.js';

const SEVERITY = { error: '错误', warning: '提示', info: '信息' } as const;

/** docs/rules.md, generated from the rules that run (`jixiao rules --format markdown`). */
export function rulesMarkdown(): string {
  const out: string[] = [
    '# 审核规则目录',
    '',
    '本文件由 `jixiao rules --format markdown` 从实际运行的规则生成，请勿手工修改（`npm run rules:doc` 重新生成）。',
    '',
    '严重程度：**错误**——填报数字与其计算依据矛盾（超出尾差）、得分超过分值、分值合计不符；**提示**——存疑但可能合理（单位不一致、得分无法按规则复算、口径可能不同、必填项为空、大幅变动）；**信息**——供参考。',
    '',
  ];
  for (const family of Object.keys(FAMILY_NAMES) as RuleFamily[]) {
    const rules = AUDIT_RULES.filter((r) => r.family === family);
    if (rules.length === 0) continue;
    out.push(`## ${FAMILY_NAMES[family]}`, '', '| 规则 | 严重程度 | 名称 | 说明 | 依据 |', '|---|---|---|---|---|');
    for (const r of rules) out.push(`| \`${r.id}\` | ${SEVERITY[r.severity]} | ${r.title} | ${r.description} | ${r.source} |`);
    out.push('');
  }
  out.push('## 评分规则集', '', '| 名称 | 说明 | 依据 | 指标总分 | 成本节约率口径（部门/项目） |', '|---|---|---|---|---|');
  for (const r of RULE_SETS) {
    const basis = (b: string) => (b === 'initialBudget' ? '年初预算数' : '全年预算数');
    out.push(`| \`${r.id}\` | ${r.name} | ${r.source} | ${r.indicatorTotal}（另执行率 ${r.executionWeight}） | ${basis(r.costSavingBasis.department)} / ${basis(r.costSavingBasis.project)} |`);
  }
  return `${out.join('\n')}\n`;
}
