import { describe, expect, it } from 'vitest';
import { emptyProvenance, paragraphRefAt } from '../model/provenance.js';
import type { Narrative } from '../model/report.js';
import { narrativeMentions } from './narrative-mentions.js';

function narrative(): Narrative {
  return {
    preamble: [],
    sections: [
      {
        key: 'generalBudget',
        title: '二、一般公共预算支出情况',
        paragraphs: ['全年预算数 100.00 万元，全年执行数 90.00 万元。'],
        subsections: [{ title: '（一）基本支出', paragraphs: ['无数字的段落。', '全年预算数 60.00 万元，上年无结转和结余。'] }],
      },
    ],
    profile: { internalDepartments: null, staff: null, retirees: null },
  };
}

describe('narrativeMentions', () => {
  it('gives each mention its paragraph, section and, with the provenance, the source of its offset', () => {
    const n = narrative();
    const provenance = emptyProvenance();
    const first = { at: { file: 'r.txt', line: 3 } };
    const joined = { at: { file: 'r.txt', line: 7 }, segments: [{ offset: 0, at: { file: 'r.txt', line: 7 } }, { offset: 12, at: { file: 'r.txt', line: 9 } }] };
    provenance.paragraphs.set('narrative.sections.0.paragraphs.0', first);
    provenance.paragraphs.set('narrative.sections.0.subsections.0.paragraphs.1', joined);
    const ms = narrativeMentions(n, provenance);
    expect(ms.map((m) => [m.concept, m.paragraphPath, m.sectionTitle, m.sectionKey, m.scope.kind])).toEqual([
      ['adjustedBudget', 'narrative.sections.0.paragraphs.0', '二、一般公共预算支出情况', 'generalBudget', 'total'],
      ['spent', 'narrative.sections.0.paragraphs.0', '二、一般公共预算支出情况', 'generalBudget', 'total'],
      ['adjustedBudget', 'narrative.sections.0.subsections.0.paragraphs.1', '二、一般公共预算支出情况（一）基本支出', 'generalBudget', 'basic'],
      ['carriedIn', 'narrative.sections.0.subsections.0.paragraphs.1', '二、一般公共预算支出情况（一）基本支出', 'generalBudget', 'basic'],
    ]);
    for (const m of ms) {
      const paragraph = provenance.paragraphs.get(m.paragraphPath);
      expect(m.source).toBe(paragraph ? paragraphRefAt(paragraph, m.offset) : undefined);
    }
    expect(ms[3]?.source).toEqual({ file: 'r.txt', line: 9 });
  });

  it('finds them once per narrative, and again for another provenance', () => {
    const n = narrative();
    const withSources = narrativeMentions(n, emptyProvenance());
    expect(narrativeMentions(n)).toBe(withSources);
    const other = emptyProvenance();
    other.paragraphs.set('narrative.sections.0.paragraphs.0', { at: { file: 'o.txt', line: 1 } });
    const again = narrativeMentions(n, other);
    expect(again).not.toBe(withSources);
    expect(again[0]?.source).toEqual({ file: 'o.txt', line: 1 });
    expect(withSources[0]?.source).toBeUndefined();
  });
});
