import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpendingBlock } from '../model/report.js';
import { findMentions, type MentionScope } from '../narrative/mentions.js';
import { dec } from '../number/decimal.js';
import { hunan } from '../scoring/rule-sets/hunan.js';
import { arbitraryReport } from '../../../test/support/arbitrary-report.js';
import { importText, REFERENCE_TEXT } from '../../../test/support/check-text.js';
import { deriveReport } from './derive-report.js';
import { narrate } from './narrative.js';
import { blockParagraph, efficiencySentence, projectItemsParagraph, runningCostSentence } from './narrative-sentences.js';

/** What the mention extraction reads from a text: "scope concept" → value. */
function readBack(text: string, scope: MentionScope): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of findMentions(text, scope, true)) {
    const key = `${m.scope.kind === 'item' ? `item:${m.scope.name}` : m.scope.kind} ${m.concept}`;
    if (!out.has(key)) out.set(key, m.value.toFixed(2));
  }
  return out;
}

const BLOCK_FIELDS = ['adjustedBudget', 'carriedIn', 'appropriation', 'otherFunds', 'spent', 'wages', 'goodsAndServices', 'householdSubsidies', 'capitalSpending', 'carriedOut'] as const;

function blockFigures(b: SpendingBlock, scope: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of BLOCK_FIELDS) if (b[f] !== null) out.set(`${scope} ${f}`, dec(b[f] as string).toFixed(2));
  return out;
}

describe('generated narrative sentences', () => {
  const reference = deriveReport(importText(REFERENCE_TEXT).report, hunan);

  it('write the reference report’s basic expenditure in its words', () => {
    expect(blockParagraph(2023, '基本支出', reference.spending.generalBudget.basic!)).toBe(
      '2023 年，基本支出全年预算数 6340.13 万元，其中：上年结转和结余 498.01 万元，本年一般公共预算拨款收入 5636.08 万元，本年其他资金收入 206.04 万元。' +
        '全年执行数为 5931.08 万元，其中：工资福利支出 4478.74 万元、商品和服务支出 907.13 万元、对个人和家庭的补助 502.32 万元、资本性支出 42.89 万元。年末结转和结余 409.05 万元。',
    );
    expect(efficiencySentence(reference)).toBe('2023年，全年预算数为7380.15万元，全年执行数6971.10万元，年末结转和结余409.05万元，预算执行率94.46%。');
  });

  it('are read back to the same figures by the mention extraction', () => {
    fc.assert(
      fc.property(arbitraryReport, (input) => {
        const r = deriveReport(input, hunan);
        const g = r.spending.generalBudget;
        expect(readBack(blockParagraph(r.year, '基本支出', g.basic!) ?? '', { kind: 'basic' })).toEqual(blockFigures(g.basic!, 'basic'));
        expect(readBack(blockParagraph(r.year, '项目支出', g.project!) ?? '', { kind: 'project' })).toEqual(blockFigures(g.project!, 'project'));
        const items = new Map<string, string>([['projectItems projectCount', dec(String(g.projectItems.length)).toFixed(2)], ['projectItems adjustedBudget', dec(g.projectItemsBudget!).toFixed(2)], ['projectItems spent', dec(g.projectItemsSpent!).toFixed(2)]]);
        for (const p of g.projectItems) {
          items.set(`item:${p.name} adjustedBudget`, dec(p.adjustedBudget!).toFixed(2));
          items.set(`item:${p.name} spent`, dec(p.spent!).toFixed(2));
        }
        expect(readBack(projectItemsParagraph(g) ?? '', { kind: 'project' })).toEqual(items);
        const running = readBack(runningCostSentence(r) ?? '', { kind: 'total' });
        const basic = g.basic!;
        expect(running.get('basic spent')).toBe(dec(basic.spent!).toFixed(2));
        expect(running.get('basic personnelCost')).toBe(dec(basic.wages!).plus(dec(basic.householdSubsidies!)).toFixed(2));
        expect(running.get('basic operatingCost')).toBe(dec(basic.goodsAndServices!).plus(dec(basic.capitalSpending!)).toFixed(2));
        expect(running.get('project spent')).toBe(dec(g.project!.spent!).toFixed(2));
        const total = r.departmentEvaluation!.total;
        const efficiency = readBack(efficiencySentence(r) ?? '', { kind: 'total' });
        expect(efficiency.get('total adjustedBudget')).toBe(dec(total.adjustedBudget!).toFixed(2));
        expect(efficiency.get('total spent')).toBe(dec(total.spent!).toFixed(2));
        expect(efficiency.get('total executionRate')).toBe(dec(total.executionRate!.slice(0, -1)).toFixed(2));
      }),
      { numRuns: 150 },
    );
  });

  it('replace the template’s figure paragraphs and keep the user’s paragraphs verbatim', () => {
    const input = importText(REFERENCE_TEXT).report;
    const written = narrate(input);
    const before = input.narrative.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((u) => u.paragraphs)]);
    const after = new Set(written.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((u) => u.paragraphs)]));
    const general = input.narrative.sections.find((s) => s.key === 'generalBudget')!;
    const figureParagraphs = new Set(general.subsections.flatMap((u) => u.paragraphs));
    const performance = input.narrative.sections.find((s) => s.key === 'performance')!;
    const led = new Set([performance.subsections[0]!.paragraphs[0], performance.subsections[1]!.paragraphs[0]]);
    for (const p of before) if (!figureParagraphs.has(p) && !led.has(p)) expect(after.has(p), p).toBe(true);
    expect(written.sections.map((s) => s.key)).toEqual(input.narrative.sections.map((s) => s.key));
  });

  it('add the sections the figures need to a report that has none, in the template’s order', () => {
    const input = importText(REFERENCE_TEXT).report;
    const bare = { ...input, narrative: { preamble: [], sections: [], profile: input.narrative.profile } };
    const n = narrate(bare);
    expect(n.sections.map((s) => s.title)).toEqual(['二、一般公共预算支出情况', '三、政府性基金预算支出情况', '四、国有资本经营预算支出情况', '五、社会保险基金预算支出情况', '六、部门整体支出绩效情况']);
    expect(n.sections[0]?.subsections.map((u) => u.title)).toEqual(['（一）基本支出情况', '（二）项目支出情况']);
    expect(n.sections[1]?.paragraphs).toEqual(['无。']);
    expect(n.sections[4]?.subsections.map((u) => u.title)).toEqual(['（一）运行成本', '（二）管理效率']);
  });

  it('add only 六（二） to a report of the attachments alone', () => {
    const input = importText(REFERENCE_TEXT).report;
    const empty = { basic: null, project: null, projectItems: [], projectCount: null, projectItemsBudget: null, projectItemsSpent: null };
    const attachmentsOnly = { ...input, narrative: { preamble: [], sections: [], profile: input.narrative.profile }, spending: { generalBudget: empty, governmentFund: null, stateCapital: null, socialInsurance: null } };
    const n = narrate(attachmentsOnly);
    expect(n.sections.map((s) => [s.title, s.subsections.map((u) => u.title)])).toEqual([['六、部门整体支出绩效情况', ['（二）管理效率']]]);
  });
});
