import { toWan } from '../calc/money-unit.js';
import { paragraphRefAt, type ParagraphSource } from '../model/provenance.js';
import type { SectionKey } from '../model/report.js';
import type { SourceRef } from '../model/source-ref.js';
import { dec, type Dec } from '../number/decimal.js';
import { CharSet } from './char-set.js';
import { CONCEPTS, conceptOf, KEYWORDS, type Concept, type ConceptKey } from './concepts.js';

/**
 * Figures named in narrative text: "基本支出全年预算数 6340.13 万元" is the
 * adjusted budget of basic expenditure, 6340.13 万元. Each mention keeps its
 * offset so it can be traced back to a source line or page.
 */
export interface Mention {
  concept: ConceptKey;
  label: string;
  scope: MentionScope;
  /** The value in the concept's canonical unit: money in 万元, rates as percent numbers (94.46), counts, points. */
  value: Dec;
  /** The number as written, e.g. "401.95". */
  numberText: string;
  /** The unit as written: 万元, 元, 亿元, %, 人, 个, 分. */
  unit: string;
  /** UTF-16 offset and length of the number-with-unit in the paragraph. */
  offset: number;
  length: number;
  /** UTF-16 offset where its sentence starts: figures with the same one stand in one sentence. */
  sentence: number;
  /** True when the figure is implied by words ("上年无结转和结余" → 0; "均为一般公共预算拨款收入"). */
  implied: boolean;
  /**
   * The period the sentence puts the figure in, when it names one before it:
   * 'prior' for 上年/去年/同期 ("较上年" comparisons), or the years written ("2022年").
   * A figure of another year is not this year's table figure.
   */
  period: { prior: boolean; years: number[] };
}

/** Where a paragraph stands in the narrative: written into each mention found in it. */
export interface MentionPlace {
  /** Model path of the paragraph, e.g. "narrative.sections.5.subsections.1.paragraphs.0". */
  paragraphPath: string;
  /** "六、部门整体支出绩效情况（二）管理效率". */
  sectionTitle: string;
  sectionKey: SectionKey;
  /** Where the paragraph was read from, when known: each mention's source is found in it. */
  paragraph: ParagraphSource | undefined;
}

/** A mention with its paragraph's place, made whole at once: one shape, and no fields added later. */
export interface PlacedMention extends Mention {
  paragraphPath: string;
  sectionTitle: string;
  sectionKey: SectionKey;
  /** Where the figure was read from: the place of its offset in the paragraph's source; undefined when that is not known. */
  source: SourceRef | undefined;
}

/** The place of a paragraph known by its text alone. */
const NOWHERE: MentionPlace = { paragraphPath: '', sectionTitle: '', sectionKey: 'unknown', paragraph: undefined };

/**
 * Whose figure a mention is: the department as a whole, its basic or project
 * expenditure, the list of special projects, or one named project.
 */
export type MentionScope =
  | { kind: 'total' }
  | { kind: 'basic' }
  | { kind: 'project' }
  | { kind: 'projectItems' }
  | { kind: 'item'; name: string };

const NUMBER_WITH_UNIT = /(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|%|人|名|个|分)/g;
const SENTENCE_END = CharSet.of('。；;！？!?\n');
const CLAUSE_BREAK = CharSet.of('，,。；;：:、（()）');
/** Words between a keyword and its number that make the number a change, a share or a comparison, not the figure itself. */
const NOT_THE_FIGURE = /增加|减少|增长|下降|降低|提高|上升|增幅|降幅|较|比|同比|环比|节约|超支|占|差额|相差|约|余|左右|以上|以下|不足/;
const SCOPE_WORDS: { word: string; scope: MentionScope }[] = [
  { word: '业务工作专项', scope: { kind: 'projectItems' } },
  { word: '专项项目', scope: { kind: 'projectItems' } },
  { word: '项目支出', scope: { kind: 'project' } },
  { word: '基本支出', scope: { kind: 'basic' } },
  { word: '部门整体', scope: { kind: 'total' } },
  { word: '单位整体', scope: { kind: 'total' } },
];
/** "X项目全年预算数": a named project of the list in section 二（二）. */
const ITEM_NAME = /([^，,。；;：:、\s]{2,40}?)(?:项目)(?:的)?(?:全年|年初|年度|调整后|预算|执行|实际)/;

/**
 * Finds the figures a paragraph names. `defaultScope` is the scope of the
 * section the paragraph stands in (二（一） → basic, 六 → total).
 *
 * "全年执行数为 5931.08 万元，其中：工资福利支出 4478.74 万元" →
 * [spent 5931.08, wages 4478.74].
 */
export function findMentions(written: string, defaultScope: MentionScope, allowItems: boolean, place: MentionPlace = NOWHERE): PlacedMention[] {
  const text = halfWidthFigures(written);
  const found: PlacedMention[] = [];
  let sentenceStart = 0;
  let sentence = sentenceSoFar();
  let scope = defaultScope;
  // A paragraph keeps talking about 基本支出 or 项目支出 from one sentence to the next; a named project lasts one sentence or clause.
  let blockScope = defaultScope;
  // The words since the last figure, or since its sentence began: each stretch is read once, for scope, 其中 and periods alike.
  let stretchStart = 0;
  let lastEnd = 0;
  const implying = new ImplyingWords(text);
  NUMBER_WITH_UNIT.lastIndex = 0;
  for (let m = NUMBER_WITH_UNIT.exec(text); m !== null; m = NUMBER_WITH_UNIT.exec(text)) {
    const start = m.index;
    addImplied(text, implying, lastEnd, start, scope, place, found);
    // New sentence since the last number: reset the scope.
    const end = lastSentenceEnd(text, lastEnd, start);
    if (end >= 0) {
      sentenceStart = end + 1;
      sentence = sentenceSoFar();
      scope = blockScope;
      stretchStart = sentenceStart;
    }
    const stretch = text.slice(stretchStart, start);
    readStretch(sentence, stretch);
    scope = scopeIn(stretch, scope, allowItems);
    // A breakdown ("其中：基本支出…，项目支出…") names its parts for its own sentence; the paragraph goes on about the whole.
    if ((scope.kind === 'basic' || scope.kind === 'project' || scope.kind === 'total') && !sentence.breakdown) blockScope = scope;
    stretchStart = start;
    lastEnd = start + m[0].length;
    const digits = m[1] ?? '';
    const numberText = digits.includes(',') ? digits.replace(/,/g, '') : digits;
    const unit = m[2] ?? '';
    if (isPartOfLargerNumber(text, start)) continue;
    const clauseStart = lastClauseBreak(text, sentenceStart, start);
    const windowStart = Math.max(clauseStart, found.length > 0 ? prevEnd(found) : 0, sentenceStart);
    let concept = conceptIn(text, windowStart, start);
    if (!concept) continue;
    if (MEASURES.has(concept.concept.key)) {
      // "三公经费本年预算数 14.25 万元": the measure word qualifies the subject named before it.
      const subject = conceptIn(text, windowStart, concept.end - 1, isNotAMeasure);
      const previous = found[found.length - 1];
      if (subject && SUBJECTS_WITH_COLUMNS.has(subject.concept.key)) concept = subject;
      else if (subject && subject.concept.unit === 'money') continue;
      // "…预算数 14.25 万元，决算数 13.43 万元": a bare measure continues the subject of the clause before.
      else if (!subject && previous && previous.offset >= sentenceStart && SUBJECTS_WITH_COLUMNS.has(previous.concept)) {
        concept = { concept: conceptOf(previous.concept), end: concept.end };
      }
      // A bare measure in a sentence about 三公经费 or another such subject is that subject's, though which one is unsure: not the department's.
      else if (!subject && sentence.columnSubject) continue;
    }
    if (!unitFits(concept.concept, unit)) continue;
    if (concept.end < start && NOT_THE_FIGURE.test(text.slice(concept.end, start))) continue;
    const value = toWan(dec(numberText), unit);
    found.push({
      concept: concept.concept.key,
      label: concept.concept.label,
      scope,
      value,
      numberText,
      unit,
      offset: start,
      length: m[0].length,
      sentence: sentenceStart,
      implied: false,
      period: periodOf(sentence),
      paragraphPath: place.paragraphPath,
      sectionTitle: place.sectionTitle,
      sectionKey: place.sectionKey,
      source: sourceAt(place, start),
    });
  }
  addImplied(text, implying, lastEnd, text.length, scope, place, found);
  return found;
}

/** Where the figure at `offset` of a paragraph was read from; undefined when the paragraph's source is not known. */
export function sourceAt(place: MentionPlace, offset: number): SourceRef | undefined {
  return place.paragraph ? paragraphRefAt(place.paragraph, offset) : undefined;
}

const FULL_WIDTH_FIGURE = /[０-９．％]/;

/**
 * Figures typed in full width ("１００．００万元", "94.00％", common in Word) read as
 * half width. One UTF-16 unit for one, so every offset still points into the
 * paragraph as written. The full-width comma stays: it separates clauses.
 */
export function halfWidthFigures(s: string): string {
  if (!FULL_WIDTH_FIGURE.test(s)) return s;
  return s.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Measure words: they say which figure of a subject ("…的预算数"), not which subject. */
/** The concepts that are a measure of a subject (its 预算数, 执行数), not a subject. */
export const MEASURES: ReadonlySet<ConceptKey> = new Set<ConceptKey>(['adjustedBudget', 'initialBudget', 'spent']);
export const isNotAMeasure = (c: Concept): boolean => !MEASURES.has(c.key);
/** Subjects whose every column (上年决算、本年预算、本年决算) a table states, so a measure word after them keeps them. */
const SUBJECTS_WITH_COLUMNS = new Set<ConceptKey>(['threePublicExpenses', 'officialReception', 'officialVehicles', 'overseasTravel', 'procurement']);
const PRIOR = /上年(?!结转|结余|无结转)|去年|上一年|上年度|同期/;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/**
 * What a sentence has said before its latest figure: whether a breakdown began
 * (其中), and the period it puts figures in — 'prior' for 上年/去年/同期 ("较上年"
 * comparisons), and the years written ("2022年").
 */
interface SentenceSoFar {
  breakdown: boolean;
  prior: boolean;
  years: number[];
  /** Has named 三公经费, one of its items or 政府采购: a subject whose every column the tables state. */
  columnSubject: boolean;
}

function sentenceSoFar(): SentenceSoFar {
  return { breakdown: false, prior: false, years: [], columnSubject: false };
}

/** The keywords of the subjects in SUBJECTS_WITH_COLUMNS, as one pattern. */
const COLUMN_SUBJECT_WORDS = new RegExp(
  CONCEPTS.filter((c) => SUBJECTS_WITH_COLUMNS.has(c.key))
    .flatMap((c) => c.keywords)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/**
 * Reads the words since the sentence's last figure. A stretch ends where a
 * figure's digits begin, which no word here runs across, so reading stretch by
 * stretch finds what reading the whole sentence so far would.
 */
function readStretch(sentence: SentenceSoFar, stretch: string): void {
  // "…较上年15.3万元减少2.8万元，其中：公务接待费4.2万元": the parts are this year's again, unless their own words name last year.
  const opens = stretch.lastIndexOf('其中');
  if (opens >= 0) {
    sentence.breakdown = true;
    sentence.prior = false;
  }
  if (!sentence.columnSubject && COLUMN_SUBJECT_WORDS.test(stretch)) sentence.columnSubject = true;
  if (stretch.indexOf('年') < 0 && stretch.indexOf('同期') < 0) return;
  if (!sentence.prior) sentence.prior = PRIOR.test(opens >= 0 ? stretch.slice(opens) : stretch);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(stretch); m !== null; m = YEAR.exec(stretch)) sentence.years.push(Number(m[1]));
}

const NO_PERIOD: Mention['period'] = Object.freeze({ prior: false, years: Object.freeze([]) as unknown as number[] });

function periodOf(sentence: SentenceSoFar): Mention['period'] {
  return sentence.prior || sentence.years.length > 0 ? { prior: sentence.prior, years: sentence.years.slice() } : NO_PERIOD;
}

function prevEnd(found: Mention[]): number {
  const last = found[found.length - 1];
  return last ? last.offset + last.length : 0;
}

/** Where the last sentence end in text[from, to) stands, or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (SENTENCE_END.has(text.charCodeAt(i))) return i;
  return -1;
}

function lastClauseBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (!CLAUSE_BREAK.has(text.charCodeAt(i))) continue;
    // A word or two in brackets inside a name ("因公出国（境）费", "公用经费（含）") does not break its clause.
    const open = shortBracketOpening(text, from, i);
    if (open >= 0) {
      i = open;
      continue;
    }
    return i + 1;
  }
  return from;
}

/** Where the opening bracket of a closing one at `close` stands, when at most two characters are between them; else −1. */
function shortBracketOpening(text: string, from: number, close: number): number {
  const c = text.charCodeAt(close);
  if (c !== 0x29 /* ) */ && c !== 0xff09 /* ） */) return -1;
  for (let j = close - 1; j >= from && j >= close - 3; j--) {
    const o = text.charCodeAt(j);
    if (o === 0x28 /* ( */ || o === 0xff08 /* （ */) return j;
    if (CLAUSE_BREAK.has(o)) return -1;
  }
  return -1;
}

/** A dot or a Latin letter right before the match ("Q2023 ...") means we matched the tail of something else. */
function isPartOfLargerNumber(text: string, start: number): boolean {
  if (start === 0) return false;
  const prev = text.charCodeAt(start - 1);
  return prev === 0x2e /* . */ || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a);
}

/** Keywords by their last character, longest first: a window is scanned once, from its end. */
const BY_LAST_CHAR = new Map<number, { keyword: string; concept: Concept }[]>();
for (const k of KEYWORDS) {
  const code = k.keyword.charCodeAt(k.keyword.length - 1);
  const list = BY_LAST_CHAR.get(code) ?? [];
  list.push(k);
  BY_LAST_CHAR.set(code, list);
}
/** The last characters of the keywords: most characters of a window are none, and are passed over without a lookup. */
const KEYWORD_ENDS = new CharSet(BY_LAST_CHAR.keys());

/** The concept whose keyword ends last in text[from, to) (the longest at a tie), among those `accept` allows; `end` is where its keyword ends. */
export function conceptIn(text: string, from: number, to: number, accept?: (c: Concept) => boolean): { concept: Concept; end: number } | null {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (!KEYWORD_ENDS.has(code)) continue;
    const candidates = BY_LAST_CHAR.get(code);
    if (!candidates) continue;
    for (const { keyword, concept } of candidates) {
      if (accept && !accept(concept)) continue;
      const start = i + 1 - keyword.length;
      if (start >= from && text.startsWith(keyword, start)) return { concept, end: i + 1 };
    }
  }
  return null;
}

/** The scope words by their first character, which differs from word to word. */
const SCOPE_WORD_BY_FIRST = new Map(SCOPE_WORDS.map((w) => [w.word.charCodeAt(0), w]));
const SCOPE_WORD_STARTS = new CharSet(SCOPE_WORD_BY_FIRST.keys());
const SHORTEST_SCOPE_WORD = Math.min(...SCOPE_WORDS.map((w) => w.word.length));

/**
 * Where the scope word that starts last in a segment starts, or -1: the largest
 * lastIndexOf of any of them, read from the end in one pass instead of a search per word.
 */
export function lastScopeWordAt(segment: string): number {
  for (let i = segment.length - SHORTEST_SCOPE_WORD; i >= 0; i--) {
    const code = segment.charCodeAt(i);
    if (SCOPE_WORD_STARTS.has(code) && segment.startsWith((SCOPE_WORD_BY_FIRST.get(code) as { word: string }).word, i)) return i;
  }
  return -1;
}

/** Words that can change the scope; a segment without any keeps the current one. Most have none, and are not read further. */
const SCOPE_HINT = /支出|专项|整体|项目/;

/** The scope after a segment: that of the scope word or named project it names last, else the current one. */
function scopeIn(segment: string, current: MentionScope, allowItems: boolean): MentionScope {
  if (!SCOPE_HINT.test(segment)) return current;
  const bestAt = lastScopeWordAt(segment);
  let scope = bestAt < 0 ? current : (SCOPE_WORD_BY_FIRST.get(segment.charCodeAt(bestAt)) as { scope: MentionScope }).scope;
  if (allowItems && segment.includes('项目')) {
    // The last clause naming "X项目全年预算数" makes X the scope from there on.
    const clauses = segment.split(/[，,。；;：:]/);
    for (let i = clauses.length - 1; i >= 0; i--) {
      const clause = clauses[i] ?? '';
      const m = clause.includes('项目') ? ITEM_NAME.exec(clause) : null;
      if (m && m[1] && !namesAScope(m[1])) {
        const clauseAt = segment.lastIndexOf(clause);
        if (clauseAt >= bestAt) scope = { kind: 'item', name: m[1].replace(/^(其中|包括|主要有)/, '') };
        break;
      }
    }
  }
  return scope;
}

/** The scope words less their 项目 ("专项项目" → "专项"): a name ending in one names that scope, not a project. */
const SCOPE_WORD_STEMS = SCOPE_WORDS.map((w) => w.word.replace('项目', ''));

function namesAScope(name: string): boolean {
  return SCOPE_WORD_STEMS.some((stem) => name.endsWith(stem)) || SCOPE_WORDS.some((w) => name.includes(w.word));
}

function unitFits(concept: Concept, unit: string): boolean {
  switch (concept.unit) {
    case 'money':
      return unit === '万元' || unit === '元' || unit === '亿元';
    case 'rate':
      return unit === '%';
    case 'count':
      return unit === '人' || unit === '名' || unit === '个';
    case 'points':
      return unit === '分';
  }
}

const IMPLIED: { pattern: RegExp; concept: ConceptKey; label: string; value: 'zero' | 'budget' }[] = [
  { pattern: /上年无结转和?结余|无上年结转/g, concept: 'carriedIn', label: '上年结转和结余', value: 'zero' },
  { pattern: /年末无结转和?结余|无年末结转/g, concept: 'carriedOut', label: '年末结转和结余', value: 'zero' },
  { pattern: /均为(?:本年)?一般公共预算拨款(?:收入)?|全部为(?:本年)?一般公共预算拨款(?:收入)?/g, concept: 'appropriation', label: '本年一般公共预算拨款收入', value: 'budget' },
];

/**
 * Adds the figures the words between `from` and `to` imply without a number.
 * Each implying phrase has 无, 均为 or 部为 (全部为); most stretches have none.
 */
function addImplied(text: string, implying: ImplyingWords, from: number, to: number, scope: MentionScope, place: MentionPlace, found: PlacedMention[]): void {
  if (!implying.within(from, to)) return;
  const segment = text.slice(from, to);
  const out: PlacedMention[] = [];
  for (const rule of IMPLIED) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(segment); m !== null; m = rule.pattern.exec(segment)) {
      let value: Dec | null = dec('0');
      if (rule.value === 'budget') value = lastBudget(found, scope)?.value ?? null;
      if (value === null) continue;
      const offset = from + m.index;
      // The fields in the order findMentions writes them: one shape for all mentions.
      out.push({
        concept: rule.concept,
        label: rule.label,
        scope,
        value,
        numberText: value.toString(),
        unit: '万元',
        offset,
        length: m[0].length,
        sentence: lastSentenceEnd(text, 0, offset) + 1,
        implied: true,
        period: NO_PERIOD,
        paragraphPath: place.paragraphPath,
        sectionTitle: place.sectionTitle,
        sectionKey: place.sectionKey,
        source: sourceAt(place, offset),
      });
    }
  }
  if (out.length > 1) out.sort((a, b) => a.offset - b.offset);
  for (const m of out) found.push(m);
}

/**
 * Where a paragraph's implying words (无, 均为, 部为) stand. 为 alone ("执行数为")
 * is common and implies nothing. Most paragraphs have none, so the next one is
 * looked up once, with indexOf, and again only once the stretches asked about
 * have passed it.
 */
class ImplyingWords {
  private static readonly WORDS = ['无', '均为', '部为'];
  private next: number;

  constructor(private readonly text: string) {
    this.next = this.firstFrom(0);
  }

  /** Whether text[from, to) holds one; `from` never goes back from one question to the next. */
  within(from: number, to: number): boolean {
    if (this.next >= 0 && this.next < from) this.next = this.firstFrom(from);
    return this.next >= 0 && this.next < to;
  }

  private firstFrom(from: number): number {
    let first = -1;
    for (const word of ImplyingWords.WORDS) {
      const at = this.text.indexOf(word, from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/** The last adjusted budget found in the scope. */
function lastBudget(found: readonly Mention[], scope: MentionScope): Mention | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const x = found[i] as Mention;
    if (x.concept === 'adjustedBudget' && sameScope(x.scope, scope)) return x;
  }
  return undefined;
}

export function sameScope(a: MentionScope, b: MentionScope): boolean {
  return a.kind === b.kind && (a.kind !== 'item' || a.name === (b as { name: string }).name);
}
