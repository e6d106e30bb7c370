import type { Provenance } from '../model/provenance.js';
import type { Narrative, NarrativeSection, SectionKey } from '../model/report.js';
import { findMentions, type MentionPlace, type MentionScope, type PlacedMention } from './mentions.js';
import { paragraphPath } from './paths.js';

/**
 * Every figure the narrative names (PlacedMention), each with the paragraph it
 * stands in and, when found with the report's provenance, where it was read from.
 * Computed once per narrative object: the importer reads sections 一 and 二
 * from these, and the text-against-table rule checks all of them.
 *
 * The narrative last asked about, with its mentions: the importer reads them and
 * the audit of the same report asks again. Only the latest is kept: in a WeakMap
 * every report's mentions outlived the young-generation collections (V8's
 * scavenger keeps the values of a WeakMap alive), so they were copied and
 * promoted, which cost more than finding them.
 */
let latest: { narrative: Narrative; provenance: Provenance | undefined; mentions: PlacedMention[] } | null = null;

/**
 * The mentions of a narrative. With `provenance` (the report's), each has its
 * source; without, the sources are those of whichever provenance the latest
 * list was found with, or undefined.
 */
export function narrativeMentions(narrative: Narrative, provenance?: Provenance): PlacedMention[] {
  if (latest?.narrative === narrative && (provenance === undefined || latest.provenance === provenance)) return latest.mentions;
  const list: PlacedMention[] = [];
  forEachParagraph(narrative, provenance, (text, place, scope, allowItems) => {
    for (const m of findMentions(text, scope, allowItems, place)) list.push(m);
  });
  latest = { narrative, provenance, mentions: list };
  return list;
}

/**
 * Calls `visit` for each paragraph of the narrative's sections and their
 * subsections, in reading order, with its place (its path, the title a finding
 * names it by, and its source in `provenance`), the scope its figures have by
 * default and whether it may name the projects of a list (section 二 only).
 */
export function forEachParagraph(
  narrative: Narrative,
  provenance: Provenance | undefined,
  visit: (text: string, place: MentionPlace, scope: MentionScope, allowItems: boolean) => void,
): void {
  narrative.sections.forEach((section, si) => {
    const visitAll = (paragraphs: string[], ui: number | null, title: string, subTitle: string) => {
      const scope = defaultScope(section, subTitle);
      const allowItems = section.key === 'generalBudget';
      paragraphs.forEach((text, pi) => {
        const path = paragraphPath(si, ui, pi);
        visit(text, { paragraphPath: path, sectionTitle: title, sectionKey: section.key, paragraph: provenance?.paragraphs.get(path) }, scope, allowItems);
      });
    };
    visitAll(section.paragraphs, null, section.title, '');
    section.subsections.forEach((sub, ui) => visitAll(sub.paragraphs, ui, `${section.title}${sub.title}`, sub.title));
  });
}

/** Sections 二 to 五: the budgets and their spending, with their 基本支出 and 项目支出. */
export const BUDGET_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(['generalBudget', 'governmentFund', 'stateCapital', 'socialInsurance']);

/** The scope a paragraph's figures have by default: 二（一） → basic, 二（二） → project, elsewhere the department as a whole. */
export function defaultScope(section: NarrativeSection, subTitle: string): MentionScope {
  if (BUDGET_SECTIONS.has(section.key)) {
    if (subTitle.includes('基本支出')) return { kind: 'basic' };
    if (subTitle.includes('项目支出')) return { kind: 'project' };
  }
  return { kind: 'total' };
}
