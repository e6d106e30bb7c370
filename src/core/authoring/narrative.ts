import type { DepartmentReport, Narrative, NarrativeSection, NarrativeSubsection, SectionKey, SpendingBlock } from '../model/report.js';
import { findMentions } from '../narrative/mentions.js';
import { blockParagraph, efficiencySentence, projectItemsParagraph, runningCostSentence } from './narrative-sentences.js';

/**
 * The narrative with its figure sentences written from the report's figures
 * (see narrative-sentences.ts) and every paragraph a user wrote kept verbatim:
 * - 二（一）（二） and 三 to 五: the paragraphs that name budget figures are the
 *   template's sentences and are replaced; paragraphs without figures stay;
 * - 六（一）（二）: the leading sentences of the first paragraph that name figures
 *   are replaced by the generated one; the rest of the paragraph stays;
 * - a section or subsection the figures need and the narrative lacks is added
 *   with the template's title, in the template's order (二 with 三 to 五, 六);
 *   三 to 五 without a budget and without text say "无。"; sections no figure
 *   needs are not added (an empty heading is no part of a report).
 * Paragraphs elsewhere are never touched: a figure in them that matches
 * nothing is for the text-against-table rule to flag.
 */
export const SECTION_TITLES: readonly [SectionKey, string][] = [
  ['profile', '一、单位基本情况'],
  ['generalBudget', '二、一般公共预算支出情况'],
  ['governmentFund', '三、政府性基金预算支出情况'],
  ['stateCapital', '四、国有资本经营预算支出情况'],
  ['socialInsurance', '五、社会保险基金预算支出情况'],
  ['performance', '六、部门整体支出绩效情况'],
  ['problems', '七、存在的问题及原因分析'],
  ['improvements', '八、下一步改进措施'],
  ['other', '九、其他需要说明的情况'],
];

export const PERFORMANCE_SUBSECTIONS = ['（一）运行成本', '（二）管理效率', '（三）履职效能', '（四）社会效应', '（五）可持续发展能力', '（六）服务对象满意度'] as const;

export function narrate(report: DepartmentReport): Narrative {
  const narrative: Narrative = {
    preamble: [...report.narrative.preamble],
    sections: report.narrative.sections.map(copySection),
    profile: { ...report.narrative.profile },
  };
  const s = report.spending;
  const g = s.generalBudget;
  if (g.basic) setFigures(subsectionOf(sectionOf(narrative, 'generalBudget'), '基本支出', '（一）基本支出情况'), [blockParagraph(report.year, '基本支出', g.basic)]);
  if (g.project || g.projectItems.length > 0) {
    setFigures(subsectionOf(sectionOf(narrative, 'generalBudget'), '项目支出', '（二）项目支出情况'), [g.project && blockParagraph(report.year, '项目支出', g.project), projectItemsParagraph(g)]);
  }
  const budgetSections = narrative.sections.some((x) => x.key === 'generalBudget');
  for (const [key, name] of [['governmentFund', '政府性基金预算支出'], ['stateCapital', '国有资本经营预算支出'], ['socialInsurance', '社会保险基金预算支出']] as const) {
    const block: SpendingBlock | null = s[key];
    if (block) setFigures(sectionOf(narrative, key), [blockParagraph(report.year, name, block)]);
    else if (budgetSections) {
      const section = sectionOf(narrative, key);
      if (section.paragraphs.length === 0 && section.subsections.length === 0) section.paragraphs.push('无。');
    }
  }
  const running = runningCostSentence(report);
  if (running) leadWith(subsectionOf(sectionOf(narrative, 'performance'), '运行成本', PERFORMANCE_SUBSECTIONS[0]), running);
  const efficiency = efficiencySentence(report);
  if (efficiency) leadWith(subsectionOf(sectionOf(narrative, 'performance'), '管理效率', PERFORMANCE_SUBSECTIONS[1]), efficiency);
  return narrative;
}

function copySection(s: NarrativeSection): NarrativeSection {
  return { ...s, paragraphs: [...s.paragraphs], subsections: s.subsections.map((u) => ({ ...u, paragraphs: [...u.paragraphs] })) };
}

/** The section of a kind, added with the template's title in the template's place when missing. */
function sectionOf(n: Narrative, key: SectionKey): NarrativeSection {
  const found = n.sections.find((s) => s.key === key);
  if (found) return found;
  const order = SECTION_TITLES.map(([k]) => k);
  const rank = order.indexOf(key);
  const section: NarrativeSection = { key, title: SECTION_TITLES[rank]?.[1] ?? '', paragraphs: [], subsections: [] };
  const before = n.sections.findIndex((s) => order.indexOf(s.key) > rank);
  if (before < 0) n.sections.push(section);
  else n.sections.splice(before, 0, section);
  return section;
}

function subsectionOf(section: NarrativeSection, word: string, title: string): NarrativeSubsection {
  let sub = section.subsections.find((u) => u.title.includes(word));
  if (!sub) {
    sub = { title, paragraphs: [] };
    const number = '一二三四五六七八九十'.indexOf(title.charAt(1));
    const after = section.subsections.findIndex((u) => '一二三四五六七八九十'.indexOf(u.title.charAt(1)) > number);
    if (after < 0) section.subsections.push(sub);
    else section.subsections.splice(after, 0, sub);
  }
  return sub;
}

/** Replaces the paragraphs that state figures by the generated ones; the others stay after them. */
function setFigures(target: { paragraphs: string[] }, generated: (string | null)[]): void {
  const kept = target.paragraphs.filter((p) => !namesFigures(p));
  target.paragraphs = [...generated.filter((p): p is string => p !== null), ...kept];
}

/** Puts the generated sentence in place of the figure sentences the first paragraph opens with. */
function leadWith(target: { paragraphs: string[] }, sentence: string): void {
  const [first, ...rest] = target.paragraphs;
  if (first === undefined) {
    target.paragraphs = [sentence];
    return;
  }
  const sentences = first.match(/[^。]*。|[^。]+$/g) ?? [first];
  let k = 0;
  while (k < sentences.length && namesFigures(sentences[k] ?? '')) k++;
  target.paragraphs = k === 0 ? [sentence, ...target.paragraphs] : [sentence + sentences.slice(k).join(''), ...rest];
}

/** Whether a text states an amount or a rate the model knows (not "共 12 次"). */
function namesFigures(text: string): boolean {
  return findMentions(text, { kind: 'total' }, true).some((m) => m.unit !== '人' && m.unit !== '名');
}
