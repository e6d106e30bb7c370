import { toWan } from '../calc/money-unit.js';
import { dec, type Dec } from '../number/decimal.js';
import type { Concept, ConceptKey } from './concepts.js';
import { CharSet } from './char-set.js';
import { conceptIn, halfWidthFigures, isNotAMeasure, MEASURES } from './mentions.js';

/**
 * Every figure of a narrative sentence with what the words before it make of
 * it: a figure of the year the sentence is about, last year's, a change from
 * last year, a comparison base, or one the words leave unclear. Mentions
 * (mentions.ts) keep only the figures that name a table figure; the rules that
 * check a sentence against itself (NARR-YOY-CHANGE, NARR-PARTS-SUM) need them all.
 *
 * "2023年“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降22.39%。" →
 * 15.6 万元 plain (subject threePublicExpenses), 20.1 万元 prior,
 * 4.5 万元 change (−1, 减少), 22.39% change (−1, 下降).
 */
export interface SentenceFigure {
  /** UTF-16 offset and length of the number with its unit in the paragraph as written. */
  offset: number;
  length: number;
  /** The number as written, half width, without thousands separators: "4.5". */
  numberText: string;
  /** The unit as written: 万元, 元, 亿元, %, 人 …; a prior figure written without one ("较上年2.08减少0.03万元") takes that of the change after it. */
  unit: string;
  kind: 'money' | 'rate' | 'other';
  /** Money in 万元, a rate as a percent number (22.39), anything else as written. */
  value: Dec;
  role: FigureRole;
  /** For a change: +1 for 增加/增长/上升/提高, −1 for 减少/下降/降低/节约; else 0. */
  direction: 1 | -1 | 0;
  /** The direction word as written ("减少"), '' when none. */
  directionWord: string;
  /**
   * For a change, what its own words compare with: 'prior' ("比上年减少", "同比下降"),
   * 'other' ("较年初预算减少"), null when they name nothing ("，减少4.5万元" goes on from the clause before).
   */
  comparedWith: 'prior' | 'other' | null;
  /** The words since the figure before it in the sentence, or since the sentence began. */
  lead: string;
  /** The concept its words name last, measures (预算数, 执行数 …) aside: "公务接待费1.44万元" → officialReception. */
  subject: ConceptKey | null;
  /** The measure its words name last: adjustedBudget, initialBudget or spent. */
  measure: ConceptKey | null;
  /** Brackets open where it stands, counted from the sentence start: "b万元（其中：d万元" → d at 1. */
  depth: number;
  /** How many ；stand before it in its sentence: figures of one statement have the same. */
  segment: number;
}

/**
 * - plain: a figure of the year the sentence is about;
 * - prior: last year's (上年, 去年, 同期, or the year before the sentence's own written out);
 * - otherYear: of another year written out;
 * - change: an amount or rate of change from a figure compared with (增加, 减少, 下降 …);
 * - base: a figure compared with that is not last year's ("较年初预算20万元");
 * - unclear: approximate ("约10万元", "10万元左右"), a range, or a direction word the reader cannot place ("增加至20万元").
 */
export type FigureRole = 'plain' | 'prior' | 'otherYear' | 'change' | 'base' | 'unclear';

export interface FigureSentence {
  /** Offsets in the paragraph: [start, end). */
  start: number;
  end: number;
  /** The sentence, figures in half width: text[i] stands at offset start + i of the paragraph. */
  text: string;
  figures: SentenceFigure[];
  /** Where 其中 or 包括 stand, with the brackets open there. */
  openers: { offset: number; depth: number; segment: number }[];
}

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|个百分点|%|人次|人|名|个|分|次|项|户|辆)/g;
/** "较上年2.08减少0.03万元": last year's figure written without its unit, right before the change. */
const BARE_PRIOR = /(?:较|比)(?:上年同期|上年度|上一年|上年|去年)(?:的|同期)?\s*(\d[\d,]*(?:\.\d+)?)(?=\s*(?:增加|减少|下降|增长|降低|上升|提高|节约))/g;
const SENTENCE_END = /[。！？!?\n]/g;
/** The start of a sentence that breaks the one before down: "其中", "其中：". */
const BREAKDOWN_AFTER = /^\s*其中/;
const CLAUSE_BREAK = CharSet.of('，,；;：:');
const DIRECTION = /增加|增长|上升|提高|增幅|减少|下降|降低|减幅|降幅|节约|节省|压减|缩减/g;
const UP_WORDS = new Set(['增加', '增长', '上升', '提高', '增幅']);
/** What may stand between a direction word and its figure: "减少了", "降幅为", "增长率为", "减少支出". */
const AFTER_DIRECTION = /^了?(?:支出|经费|资金|开支)?了?(?:幅度|比例|金额|额|幅|率)?(?:为|了|达)?\s*[:：]?\s*$/;
const PRIOR = /上年(?!度?(?:结转|结余)|无结转|末)|去年|上一年|前一年|同期/g;
const THIS_YEAR = /本年度?|今年|当年/g;
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A comparison: "较年初预算", "比预算", "与…相比"; not 占比, 比例, 比重. */
const COMPARED = /较|(?<![占对无])比(?![例重率])|相比|对比/;
const COMPARED_ALL = new RegExp(COMPARED.source, 'g');
const APPROXIMATE_BEFORE = /(?:约|近|逾|超过|不足|接近|大约|将近)\s*$/;
const APPROXIMATE_AFTER = /^\s*(?:左右|以上|以下|余|多|上下)/;
const RANGE_BEFORE = /\d\s*[-~～—至到]\s*$/;
const OPENER = /其中|(?<![不未])包括/g;
const MONEY_UNITS = new Set(['亿元', '万元', '元']);

/** Whether a sentence may break a total down: a figure before its last 其中 or 包括. */
export function mayBreakDown(sentence: string): boolean {
  let last = -1;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(sentence); m !== null; m = OPENER.exec(sentence)) last = m.index;
  return last > 0 && /\d/.test(sentence.slice(0, last));
}

/** Whether a sentence may compare with last year: a direction word (增加, 下降 …) with last year's words, or with two years written. */
export function mayCompare(sentence: string): boolean {
  if (!firstMatches(DIRECTION, sentence)) return false;
  if (firstMatches(PRIOR, sentence)) return true;
  const years = new Set<number>();
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m !== null; m = YEAR.exec(sentence)) years.add(Number(m[1]));
  return years.size > 1;
}

/** Whether a global pattern matches `s` anywhere. */
function firstMatches(pattern: RegExp, s: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(s);
}

/**
 * The sentences of a paragraph that hold figures, each with its figures; only
 * those `keep` accepts, asked of the sentence's text before its figures are
 * read. A sentence ends at 。！？ or a line break, except a 。 before 其中: what
 * follows breaks the sentence before down. ；divides a sentence into segments.
 * The latest year a sentence writes is its own: in "2023年…15.6万元，较2022年
 * 20.1万元…" 2022 is last year; in "2020年…431万元，比上年433万元…" 上年 is 2019,
 * whatever year the report is of.
 */
export function readFigureSentences(written: string, keep?: (sentence: string) => boolean): FigureSentence[] {
  const text = halfWidthFigures(written);
  const out: FigureSentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    let m = SENTENCE_END.exec(text);
    // "…12.5万元。其中：…": a sentence opening with 其中 lists the parts of the one before; the two are read as one.
    while (m && m[0] === '。' && BREAKDOWN_AFTER.test(text.slice(m.index + 1, m.index + 8))) m = SENTENCE_END.exec(text);
    const end = m ? m.index : text.length;
    if (end > start && (!keep || keep(text.slice(start, end)))) {
      const sentence = readSentence(text, start, end);
      if (sentence.figures.length > 0) out.push(sentence);
    }
    if (!m) break;
    start = end + 1;
  }
  return out;
}

interface RawFigure {
  offset: number;
  length: number;
  numberText: string;
  unit: string;
}

function readSentence(text: string, start: number, end: number): FigureSentence {
  const s = text.slice(start, end);
  const raw: RawFigure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(s); m !== null; m = FIGURE.exec(s)) {
    const prev = m.index > 0 ? s.charCodeAt(m.index - 1) : 0;
    // The tail of something else: "1.2.3", "Q2023".
    if (prev === 0x2e || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a)) continue;
    raw.push({ offset: m.index, length: m[0].length, numberText: (m[1] ?? '').replace(/,/g, ''), unit: m[2] ?? '' });
  }
  BARE_PRIOR.lastIndex = 0;
  for (let m = BARE_PRIOR.exec(s); m !== null; m = BARE_PRIOR.exec(s)) {
    const digits = m[1] ?? '';
    const at = m.index + m[0].length - digits.length;
    const next = raw.find((r) => r.offset > at);
    if (next && MONEY_UNITS.has(next.unit)) raw.push({ offset: at, length: digits.length, numberText: digits.replace(/,/g, ''), unit: next.unit });
  }
  raw.sort((a, b) => a.offset - b.offset);
  const sentenceYear = latestYear(s);
  const figures: SentenceFigure[] = [];
  let leadStart = 0;
  let depth = 0;
  let segment = 0;
  for (const r of raw) {
    const lead = s.slice(leadStart, r.offset);
    depth = Math.max(0, depth + bracketBalance(lead));
    segment += count(lead, '；') + count(lead, ';');
    const kind = MONEY_UNITS.has(r.unit) ? 'money' : r.unit === '%' ? 'rate' : 'other';
    const written = dec(r.numberText);
    const after = s.slice(r.offset + r.length, r.offset + r.length + 3);
    const read = readLead(lead, sentenceYear);
    const unclear = APPROXIMATE_BEFORE.test(lead) || APPROXIMATE_AFTER.test(after) || RANGE_BEFORE.test(lead);
    const { subject, measure } = kind === 'money' ? conceptsIn(lead) : { subject: null, measure: null };
    figures.push({
      offset: start + r.offset,
      length: r.length,
      numberText: r.numberText,
      unit: r.unit,
      kind,
      value: kind === 'money' ? toWan(written, r.unit) : written,
      role: unclear ? 'unclear' : read.role,
      direction: unclear ? 0 : read.direction,
      directionWord: unclear ? '' : read.word,
      comparedWith: unclear ? null : read.comparedWith,
      lead,
      subject,
      measure,
      depth,
      segment,
    });
    leadStart = r.offset + r.length;
  }
  const openers: FigureSentence['openers'] = [];
  if (figures.length > 0) {
    OPENER.lastIndex = 0;
    for (let m = OPENER.exec(s); m !== null; m = OPENER.exec(s)) {
      const before = s.slice(0, m.index);
      openers.push({ offset: start + m.index, depth: Math.max(0, bracketBalance(before)), segment: count(before, '；') + count(before, ';') });
    }
  }
  return { start, end, text: s, figures, openers };
}

/** The latest year a sentence writes, or null. */
function latestYear(s: string): number | null {
  let latest: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m !== null; m = YEAR.exec(s)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/** Opening minus closing brackets, half and full width: a running count, floored at zero by the caller. */
function bracketBalance(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) n++;
    else if (c === 0x29 || c === 0xff09) n--;
  }
  return n;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The last match of a global pattern in `s`, or null. */
function lastMatch(pattern: RegExp, s: string): { at: number; word: string } | null {
  let found: { at: number; word: string } | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) found = { at: m.index, word: m[0] };
  return found;
}

/**
 * What the last clause of a figure's lead makes of it. The period word or the
 * direction word written last decides: "比上年减少" is a change, "较上年" last
 * year's figure, "2023年" this year's; a comparison without a period is a base.
 */
function readLead(lead: string, sentenceYear: number | null): { role: FigureRole; direction: 1 | -1 | 0; word: string; comparedWith: SentenceFigure['comparedWith'] } {
  const clause = lastClause(lead);
  const direction = lastMatch(DIRECTION, clause);
  const period = lastPeriod(clause, sentenceYear);
  if (direction && (!period || direction.at > period.at)) {
    const rest = clause.slice(direction.at + direction.word.length);
    if (!AFTER_DIRECTION.test(rest)) return { role: 'unclear', direction: 0, word: '', comparedWith: null };
    const before = clause.slice(0, direction.at);
    const comparedWith = period?.kind === 'prior' || before.includes('同比') ? 'prior' : namesABase(before) ? 'other' : null;
    return { role: 'change', direction: UP_WORDS.has(direction.word) ? 1 : -1, word: direction.word, comparedWith };
  }
  const none = { direction: 0 as const, word: '', comparedWith: null };
  if (period?.kind === 'prior') return { role: 'prior', ...none };
  if (period?.kind === 'other') return { role: 'otherYear', ...none };
  if (COMPARED.test(period ? clause.slice(period.at) : clause)) return { role: 'base', ...none };
  return { role: 'plain', ...none };
}

/**
 * Whether the words before a direction word compare with something of their own:
 * "较年初预算" does; "相比" closing "与上年20.1万元相比" goes on from the figure before.
 */
function namesABase(before: string): boolean {
  const m = lastMatch(COMPARED_ALL, before);
  return m !== null && !/^(?:的|而言|来看)?\s*$/.test(before.slice(m.at + m.word.length));
}

/** The words after the last clause break (，；：) of a lead. */
function lastClause(lead: string): string {
  for (let i = lead.length - 1; i >= 0; i--) if (CLAUSE_BREAK.has(lead.charCodeAt(i))) return lead.slice(i + 1);
  return lead;
}

/** The period word written last in a clause: 上年/去年/同期 (prior), 本年/今年/当年 (this), or a year. */
function lastPeriod(clause: string, year: number | null): { at: number; kind: 'prior' | 'this' | 'other' } | null {
  let found: { at: number; kind: 'prior' | 'this' | 'other' } | null = null;
  const prior = lastMatch(PRIOR, clause);
  if (prior) found = { at: prior.at, kind: 'prior' };
  const current = lastMatch(THIS_YEAR, clause);
  if (current && (!found || current.at > found.at)) found = { at: current.at, kind: 'this' };
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(clause); m !== null; m = YEAR.exec(clause)) {
    if (found && m.index < found.at) continue;
    const y = Number(m[1]);
    found = { at: m.index, kind: year === null || y === year ? 'this' : y === year - 1 ? 'prior' : 'other' };
  }
  return found;
}

const isAMeasure = (c: Concept): boolean => MEASURES.has(c.key);

/** The concept and the measure a lead names last (the longest keyword at a tie). */
function conceptsIn(lead: string): { subject: ConceptKey | null; measure: ConceptKey | null } {
  return {
    subject: conceptIn(lead, 0, lead.length, isNotAMeasure)?.concept.key ?? null,
    measure: conceptIn(lead, 0, lead.length, isAMeasure)?.concept.key ?? null,
  };
}
