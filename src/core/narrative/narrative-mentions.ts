import type { Narrative, NarrativeSection, SectionKey } from '../model/report.js';
import { findMentions, type Mention, type MentionScope } from './mentions.js';
import { paragraphPath } from './paths.js';

/**
 * Every figure the narrative names, each with the paragraph it stands in.
 * Computed once per narrative object: the importer reads sections 一 and 二
 * from these, and the text-against-table rule checks all of them.
 */
export interface ParagraphMention extends Mention {
  /** Model path of the paragraph, e.g. "narrative.sections.5.subsections.1.paragraphs.0". */
  paragraphPath: string;
  /** "六、部门整体支出绩效情况（二）管理效率". */
  sectionTitle: string;
  sectionKey: SectionKey;
}

/**
 * The narrative last asked about, with its mentions: the importer reads them and
 * the audit of the same report asks again. Only the latest is kept: in a WeakMap
 * every report's mentions outlived the young-generation collections (V8's
 * scavenger keeps the values of a WeakMap alive), so they were copied and
 * promoted, which cost more than finding them.
 */
let latest: { narrative: Narrative; mentions: ParagraphMention[] } | null = null;

export function narrativeMentions(narrative: Narrative): ParagraphMention[] {
  if (latest?.narrative === narrative) return latest.mentions;
  const list: ParagraphMention[] = [];
  narrative.sections.forEach((section, si) => {
    const visit = (paragraphs: string[], ui: number | null, title: string, subTitle: string) => {
      const scope = defaultScope(section, subTitle);
      const allowItems = section.key === 'generalBudget';
      paragraphs.forEach((text, pi) => {
        const path = paragraphPath(si, ui, pi);
        for (const m of findMentions(text, scope, allowItems)) {
          const pm = m as ParagraphMention;
          pm.paragraphPath = path;
          pm.sectionTitle = title;
          pm.sectionKey = section.key;
          list.push(pm);
        }
      });
    };
    visit(section.paragraphs, null, section.title, '');
    section.subsections.forEach((sub, ui) => visit(sub.paragraphs, ui, `${section.title}${sub.title}`, sub.title));
  });
  latest = { narrative, mentions: list };
  return list;
}

/** The scope a paragraph's figures have by default: 二（一） → basic, 二（二） → project, elsewhere the department as a whole. */
export function defaultScope(section: NarrativeSection, subTitle: string): MentionScope {
  if (section.key === 'generalBudget' || section.key === 'governmentFund' || section.key === 'stateCapital' || section.key === 'socialInsurance') {
    if (subTitle.includes('基本支出')) return { kind: 'basic' };
    if (subTitle.includes('项目支出')) return { kind: 'project' };
  }
  return { kind: 'total' };
}
