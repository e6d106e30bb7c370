import { wanKeepingPlaces } from '../../core/calc/money-unit.js';
import type { BudgetSpending, Narrative, NarrativeSection, SectionKey, SpendingBlock, UnitProfile } from '../../core/model/report.js';
import type { ParagraphSource, Provenance, TextSegment } from '../../core/model/provenance.js';
import type { Mention } from '../../core/narrative/mentions.js';
import type { PlacedMention } from '../../core/narrative/mentions.js';
import { narrativeMentions } from '../../core/narrative/narrative-mentions.js';
import { paragraphPath, sectionPath } from '../../core/narrative/paths.js';
import type { SourceBlock, SourceCell } from '../source-document.js';
import { isAttachmentTable } from './logical-tables.js';

/**
 * The narrative of a report: its sections 一 to 九 (recognised by their
 * numbering and their words, whatever the markup), the figures of section
 * 一's 机构情况 and of the budget sections 二 to 五, read from the sentences.
 * It ends where the attachments begin: their caption (附件, 部门整体支出绩效自评表 …)
 * or a table that is one of them. A table that is none, with the narrative going
 * on after it (a key/value table of 基本情况 inside 一, a line of metadata with
 * tabs above 一、), is part of the text: each of its rows is a paragraph.
 */
const SECTION = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.*)$/;
const SUBSECTION = /^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d))\s*(.*)$/;
/**
 * Some templates number their top level "第一部分 部门概况", "第二部分 …"; the
 * "一、" headings under them are then subsections.
 */
const PART = /^第([一二三四五六七八九十]{1,3})部分\s*[、.．:：]?\s*(.*)$/;
const PART_SUBSECTION = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d))\s*(.*)$/;
const ATTACHMENTS = /^(报告应包括以下附件|附件[:：]?$|附件\s*[1-9一二三][:：、.．\s]|附表[:：]?$)/;

/** A line of a table of contents: "二、一般公共预算支出情况…………2", or the word 目录 itself. */
const CONTENTS_LINE = /(?:\.{3,}|…{2,}|·{3,}|—{3,}|-{4,}|_{4,})\s*\d{1,3}\s*$|^目\s*录$/;

/**
 * Whether a trimmed line is one. It ends with its page number or begins with 目;
 * asking that first spares trying the pattern at every position of each long paragraph.
 */
function isContentsLine(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return ((last >= 0x30 && last <= 0x39) || line.startsWith('目')) && CONTENTS_LINE.test(line);
}

/** An attachment's caption, or a table's that is one when it stands after known sections. Each begins with 报, 附, 部 or 项, which most lines do not. */
function isAttachmentCaption(text: string, section: NarrativeSection | null): boolean {
  const first = text.charAt(0);
  if (first === '报' || first === '附') return ATTACHMENTS.test(text);
  return (first === '部' || first === '项') && (!section || section.key !== 'unknown') && ATTACHED_TABLE.test(text);
}

const ATTACHED_TABLE = /^(部门整体支出绩效(评价基础数据表|自评表)|项目支出绩效自评表)$/;

/** How many blocks are short lines matching `re` (no table, no line of a table of contents). */
function countHeadingLike(blocks: readonly SourceBlock[], re: RegExp): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'table' || b.text.length > 40) continue;
    const text = b.text.trim();
    if (re.test(text) && !isContentsLine(text)) n++;
  }
  return n;
}

const CAPTION = /(绩效(自评|自我评价|评价)表|基础数据表)([（(][^）)]*[）)])?$/;

/** A table within the next three blocks, with only short lines (a date, a unit) between. */
function tableFollows(blocks: readonly SourceBlock[], i: number): boolean {
  for (let j = i + 1; j < Math.min(blocks.length, i + 4); j++) {
    const b = blocks[j] as SourceBlock;
    if (b.kind === 'table') return true;
    if (b.text.length > 40) return false;
  }
  return false;
}

const SECTION_WORDS: [RegExp, SectionKey][] = [
  [/基本情况|基本概况|单位概况|部门概况|主要职能/, 'profile'],
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/社会保险基金/, 'socialInsurance'],
  // Older templates: 二、部门整体支出管理及使用情况 / 三、部门专项支出管理和使用情况.
  [/^(?!.*绩效).*(支出|收支|预算).*(管理|使用|执行|情况)/, 'generalBudget'],
  [/存在的?问题|问题及原因/, 'problems'],
  [/改进措施|下一步|整改|建议/, 'improvements'],
  [/其他需要说明|其他说明/, 'other'],
  [/绩效情况|绩效目标|绩效分析|绩效自评|整体支出绩效|绩效评价/, 'performance'],
];

export function sectionKeyOf(title: string): SectionKey {
  for (const [re, key] of SECTION_WORDS) if (re.test(title)) return key;
  return 'unknown';
}

export interface NarrativeResult {
  title: string | null;
  narrative: Narrative;
  spending: BudgetSpending;
  /** Index of the first block after the narrative (attachments). */
  end: number;
}

export function readNarrative(blocks: readonly SourceBlock[], provenance: Provenance): NarrativeResult {
  const narrative: Narrative = { preamble: [], sections: [], profile: { internalDepartments: null, staff: null, retirees: null } };
  let title: string | null = null;
  let section: NarrativeSection | null = null;
  /** The number of the current section (二、 → 2), 0 before the first. */
  let sectionNumber = 0;
  let end = blocks.length;
  // Two part headings at least, or one with no 一、 heading at all: a lone "第三部分 附表" does not make the 一、 sections subsections.
  const parts = countHeadingLike(blocks, PART);
  const partStyle = parts >= 2 || (parts === 1 && countHeadingLike(blocks, SECTION) === 0);
  const sectionRe = partStyle ? PART : SECTION;
  const subsectionRe = partStyle ? PART_SUBSECTION : SUBSECTION;
  const attachment = new Map<number, boolean>();
  const isAttachment = (j: number, rows: SourceCell[][]): boolean => {
    let known = attachment.get(j);
    if (known === undefined) attachment.set(j, (known = isAttachmentTable(rows)));
    return known;
  };
  /** Puts a paragraph in the current subsection, section or the preamble, recording its source. */
  const addParagraph = (text: string, source: ParagraphSource): void => {
    if (!section) {
      narrative.preamble.push(text);
      return;
    }
    const si = narrative.sections.length - 1;
    const sub = section.subsections[section.subsections.length - 1];
    const list = sub ? sub.paragraphs : section.paragraphs;
    const path = paragraphPath(si, sub ? section.subsections.length - 1 : null, list.length);
    list.push(text);
    provenance.paragraphs.set(path, source);
  };
  let goesOn: { result: boolean; until: number } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as SourceBlock;
    if (block.kind === 'table') {
      // A table among the sections (a key/value table of 基本情况, a line of metadata above 一、) is part of the text; the first other one begins the attachments.
      // The look ahead ends at the same block for every table before it (no heading lies between): found once for them all.
      if (goesOn === null || i >= goesOn.until) goesOn = narrativeGoesOn(blocks, i, section, sectionNumber, sectionRe, isAttachment);
      if (goesOn.result && !isAttachment(i, block.rows)) {
        for (const row of block.rows) {
          const paragraph = rowParagraph(row);
          if (paragraph) addParagraph(paragraph.text, paragraph.source);
        }
        continue;
      }
      end = i;
      break;
    }
    const text = block.text.trim();
    if (isContentsLine(text)) continue;
    // A table's caption right above it ("部门整体绩效自评表") ends the narrative, even with no narrative before it.
    if (text.length <= 60 && CAPTION.test(text) && tableFollows(blocks, i)) {
      end = i;
      break;
    }
    // An attachment's caption ends the narrative; before any section it is no title either (a workbook of the attachments alone).
    if (isAttachmentCaption(text, section)) {
      end = i;
      break;
    }
    if (title === null && narrative.sections.length === 0 && /报告|自评|绩效/.test(text) && text.length <= 80 && !sectionRe.test(text)) {
      title = text;
      continue;
    }
    const sectionMatch = sectionHeading(block, text, sectionRe);
    if (sectionMatch) {
      section = { key: sectionKeyOf(sectionMatch[2] ?? ''), title: text, paragraphs: [], subsections: [] };
      sectionNumber = numeralValue(sectionMatch[1] ?? '');
      narrative.sections.push(section);
      provenance.paragraphs.set(sectionPath(narrative.sections.length - 1), { at: block.at });
      goesOn = null;
      continue;
    }
    if (section && (block.kind === 'heading' || (isShort(text) && text.length <= 30)) && subsectionRe.test(text)) {
      section.subsections.push({ title: text, paragraphs: [] });
      goesOn = null; // a subsection of attachments (附件) changes what the look ahead accepts
      continue;
    }
    const source: ParagraphSource = { at: block.at };
    if (block.kind === 'paragraph' && block.segments) source.segments = block.segments;
    addParagraph(text, source);
  }
  const spending = readSpending(narrative, provenance);
  narrative.profile = readProfile(narrative, provenance);
  return { title, narrative, spending, end };
}

/** A short line with no sentence ending inside it: what a heading can be. */
function isShort(text: string): boolean {
  return text.length <= 60 && !/[。；;][^。]*\S/.test(text.endsWith('。') ? text.slice(0, -1) : text);
}

/** The match of a section heading ("二、…", "第二部分 …"), or null; "一是…" begins a sentence, not a section. */
function sectionHeading(block: SourceBlock, text: string, sectionRe: RegExp): RegExpExecArray | null {
  const match = block.kind === 'heading' || isShort(text) ? sectionRe.exec(text) : null;
  return match && !/^[一二三四五六七八九十]+是/.test(text) ? match : null;
}

const DIGITS = '一二三四五六七八九';

/** The value of a section's numeral: 三 → 3, 十 → 10, 十二 → 12, 二十一 → 21. */
function numeralValue(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return DIGITS.indexOf(numeral.charAt(0)) + 1;
  const tens = ten === 0 ? 1 : DIGITS.indexOf(numeral.charAt(ten - 1)) + 1;
  return tens * 10 + DIGITS.indexOf(numeral.charAt(ten + 1)) + 1;
}

/** A paragraph of prose: a long sentence, not a table's note (注：…, 说明：…, 填表人…). */
function isProse(text: string): boolean {
  return text.length > 60 && /[。.]$/.test(text) && !/^(注|备注|说明|填表|填报)/.test(text);
}

/**
 * Whether the narrative goes on after the table at `i`: a later section
 * heading (numbered after the current one) comes before any attachment — an
 * attachment's caption, a form's title above a table, or a table that is an
 * attachment — or, within a section that is not one of attachments (附件, 附表),
 * a paragraph of prose does. Other tables in between are passed over when they
 * are no attachment either.
 */
function narrativeGoesOn(
  blocks: readonly SourceBlock[],
  i: number,
  section: NarrativeSection | null,
  sectionNumber: number,
  sectionRe: RegExp,
  isAttachment: (j: number, rows: SourceCell[][]) => boolean,
): { result: boolean; until: number } {
  const underAttachments = section !== null && /附件|附表/.test(section.title + (section.subsections[section.subsections.length - 1]?.title ?? ''));
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j] as SourceBlock;
    if (b.kind === 'table') {
      if (isAttachment(j, b.rows)) return { result: false, until: j };
      continue;
    }
    const text = b.text.trim();
    if (isContentsLine(text)) continue;
    if ((text.length <= 60 && CAPTION.test(text) && tableFollows(blocks, j)) || isAttachmentCaption(text, section)) return { result: false, until: j };
    const heading = sectionHeading(b, text, sectionRe);
    if (heading) return { result: numeralValue(heading[1] ?? '') > sectionNumber, until: j };
    if (section && !underAttachments && b.kind === 'paragraph' && isProse(text)) return { result: true, until: j };
  }
  return { result: false, until: blocks.length };
}

/** A table's row as a paragraph: its filled cells joined by a space, each cell's source kept as a segment. */
function rowParagraph(row: readonly SourceCell[]): { text: string; source: ParagraphSource } | null {
  let text = '';
  const segments: TextSegment[] = [];
  for (const cell of row) {
    // A line break inside a cell becomes a space: one character for one, so the segments' offsets hold.
    const t = cell.text.trim().replace(/\n/g, ' ');
    if (t === '') continue;
    if (text !== '') text += ' ';
    segments.push({ offset: text.length, at: cell.at });
    text += t;
  }
  const first = segments[0];
  if (!first) return null;
  return { text, source: segments.length > 1 ? { at: first.at, segments } : { at: first.at } };
}

function emptyBlock(): SpendingBlock {
  return { adjustedBudget: null, carriedIn: null, appropriation: null, otherFunds: null, spent: null, wages: null, goodsAndServices: null, householdSubsidies: null, capitalSpending: null, carriedOut: null };
}

const BLOCK_FIELD_NAMES = Object.keys(emptyBlock()) as (keyof SpendingBlock)[];
const BLOCK_FIELDS: ReadonlySet<string> = new Set(BLOCK_FIELD_NAMES);
type FundKey = 'governmentFund' | 'stateCapital' | 'socialInsurance';

/** The model paths of a block's fields. They and the others below are made once: every report records the same ones. */
function fieldPaths(block: string): Record<keyof SpendingBlock, string> {
  return Object.fromEntries(BLOCK_FIELD_NAMES.map((field) => [field, `${block}.${field}`])) as Record<keyof SpendingBlock, string>;
}

const FIELD_PATHS: Record<'basic' | 'project' | FundKey, Record<keyof SpendingBlock, string>> = {
  basic: fieldPaths('spending.generalBudget.basic'),
  project: fieldPaths('spending.generalBudget.project'),
  governmentFund: fieldPaths('spending.governmentFund'),
  stateCapital: fieldPaths('spending.stateCapital'),
  socialInsurance: fieldPaths('spending.socialInsurance'),
};

const PROFILE_PATHS: Record<keyof UnitProfile, string> = {
  internalDepartments: 'narrative.profile.internalDepartments',
  staff: 'narrative.profile.staff',
  retirees: 'narrative.profile.retirees',
};

function isBlockField(concept: string): concept is keyof SpendingBlock {
  return BLOCK_FIELDS.has(concept);
}

/** The canonical string of a mention's value in 万元, to the places it was written to ("70" stays "70"; 12345 元 → "1.2345"; 12345.00 元 → "1.234500"). */
function amountText(m: Mention): string {
  return wanKeepingPlaces(m.value, m.numberText, m.unit);
}

/** Records where the figure at `path` was read: the place of the mention in its paragraph. */
function record(provenance: Provenance, path: string, m: PlacedMention): void {
  if (m.source) provenance.figures.set(path, m.source);
}

/**
 * Sections 二 to 五's figures. The mentions are scanned once per section key,
 * skipping the others in place: filtering them into lists cost more than the
 * figures taken from them.
 */
function readSpending(narrative: Narrative, provenance: Provenance): BudgetSpending {
  const spending: BudgetSpending = {
    generalBudget: { basic: null, project: null, projectItems: [], projectCount: null, projectItemsBudget: null, projectItemsSpent: null },
    governmentFund: null,
    stateCapital: null,
    socialInsurance: null,
  };
  const mentions = narrativeMentions(narrative, provenance);
  const g = spending.generalBudget;
  for (const m of mentions) {
    if (m.sectionKey !== 'generalBudget') continue;
    const scope = m.scope;
    if (scope.kind === 'basic' || scope.kind === 'project') {
      const field = m.concept;
      const block = (g[scope.kind] ??= emptyBlock());
      if (isBlockField(field) && block[field] === null) {
        block[field] = amountText(m);
        record(provenance, FIELD_PATHS[scope.kind][field], m);
      }
    } else if (scope.kind === 'projectItems') {
      if (m.concept === 'projectCount' && g.projectCount === null) {
        g.projectCount = m.numberText;
        record(provenance, 'spending.generalBudget.projectCount', m);
      } else if (m.concept === 'adjustedBudget' && g.projectItemsBudget === null) {
        g.projectItemsBudget = amountText(m);
        record(provenance, 'spending.generalBudget.projectItemsBudget', m);
      } else if (m.concept === 'spent' && g.projectItemsSpent === null) {
        g.projectItemsSpent = amountText(m);
        record(provenance, 'spending.generalBudget.projectItemsSpent', m);
      }
    } else if (scope.kind === 'item' && (m.concept === 'adjustedBudget' || m.concept === 'spent')) {
      let i = g.projectItems.findIndex((p) => p.name === scope.name);
      if (i < 0) {
        g.projectItems.push({ name: scope.name, adjustedBudget: null, spent: null });
        i = g.projectItems.length - 1;
      }
      const item = g.projectItems[i];
      if (item && item[m.concept] === null) {
        item[m.concept] = amountText(m);
        record(provenance, `spending.generalBudget.projectItems.${i}.${m.concept}`, m);
      }
    } else if (scope.kind === 'total' && m.concept === 'projectCount' && g.projectCount === null) {
      g.projectCount = m.numberText;
      record(provenance, 'spending.generalBudget.projectCount', m);
    }
  }
  for (const key of ['governmentFund', 'stateCapital', 'socialInsurance'] as const) spending[key] = fundBlock(mentions, key, provenance);
  return spending;
}

/** A fund's block (sections 三 to 五): null unless its section names one of the block's figures. */
function fundBlock(mentions: readonly PlacedMention[], key: FundKey, provenance: Provenance): SpendingBlock | null {
  let block: SpendingBlock | null = null;
  for (const m of mentions) {
    const field = m.concept;
    if (m.sectionKey !== key || !isBlockField(field)) continue;
    block ??= emptyBlock();
    if (block[field] === null) {
      block[field] = amountText(m);
      record(provenance, FIELD_PATHS[key][field], m);
    }
  }
  return block;
}

function readProfile(narrative: Narrative, provenance: Provenance): UnitProfile {
  const profile: UnitProfile = { internalDepartments: null, staff: null, retirees: null };
  for (const m of narrativeMentions(narrative, provenance)) {
    if (m.sectionKey !== 'profile') continue;
    const key = m.concept === 'internalDepartments' ? 'internalDepartments' : m.concept === 'staff' ? 'staff' : m.concept === 'retirees' ? 'retirees' : null;
    if (key && profile[key] === null) {
      profile[key] = m.numberText;
      record(provenance, PROFILE_PATHS[key], m);
    }
  }
  return profile;
}

