import { fromWan, toWan } from '../../calc/money-unit.js';
import { conceptOf, type ConceptKey } from '../../narrative/concepts.js';
import { statedDecimals, type Dec } from '../../number/decimal.js';
import { formatAmount } from '../../number/format.js';
import { writtenRounding } from '../../number/tolerance.js';
import { sourceAt, type MentionPlace } from '../../narrative/mentions.js';
import { BUDGET_SECTIONS, forEachParagraph } from '../../narrative/narrative-mentions.js';
import { mayBreakDown, mayCompare, readFigureSentences, type FigureSentence, type SentenceFigure } from '../../narrative/sentence-figures.js';
import type { AuditContext, Emission } from '../context.js';

/** A sentence of the narrative with its figures and the place of its paragraph. */
export interface PlacedSentence extends FigureSentence {
  place: MentionPlace;
}

const SENTENCES = { shared: 'narrative sentences that break a total down or compare with last year' };
const THREE_PUBLIC = /三公/;
/** Words without which a paragraph has neither a breakdown (其中, 包括) nor a comparison with last year: most have none, and are not read. */
const WORTH_READING = /其中|包括|上年|去年|上一年|前一年|同期|较|比/;

/**
 * Whether a sentence may hold what the rules check: a total and its parts, or a
 * change from last year. Most sentences do not, and their figures are not read.
 */
function mayBreakDownOrCompare(sentence: string): boolean {
  return mayBreakDown(sentence) || mayCompare(sentence);
}

/** mayBreakDownOrCompare for sections 二 to 五, where only 三公经费's items are a breakdown to check. */
function mayBreakDownThreePublicOrCompare(sentence: string): boolean {
  return (THREE_PUBLIC.test(sentence) && mayBreakDown(sentence)) || mayCompare(sentence);
}

/** The sentences of the narrative that may break a total down or compare with last year, with their figures, read once per report. */
export function figureSentences(ctx: AuditContext): PlacedSentence[] {
  return ctx.once(SENTENCES, () => {
    const out: PlacedSentence[] = [];
    forEachParagraph(ctx.report.narrative, ctx.provenance, (text, place) => {
      if (!WORTH_READING.test(text)) return;
      const keep = BUDGET_SECTIONS.has(place.sectionKey) ? mayBreakDownThreePublicOrCompare : mayBreakDownOrCompare;
      for (const s of readFigureSentences(text, keep)) out.push({ ...s, place });
    });
    return out;
  });
}

/**
 * How far a written amount may be from the exact one, in 万元 (writtenRounding):
 * "15.6" 万元 → 0.05; "45000" 元 → 0.00005; "0" → 0.
 */
export function roundingInWan(f: SentenceFigure): Dec {
  return toWan(writtenRounding(f.numberText), f.unit);
}

/** Where the words naming a figure begin: after the last clause break or bracket before it. */
const NAME_BREAK = /[，,；;：:、（(。]/;
const NAME_OPENING = /^\s*(?:其中|包括|另外|此外)\s*/;
const NAME_YEAR = /(?:19|20)\d{2}\s*年度?/g;
const NAME_CLOSING = /(?:为|是|达到?|共|约)\s*$/;
const NAME_QUOTES = /[\s“”"'‘’]/g;
const TWO_HAN = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/;

/**
 * What a figure is called: the label of the concept its words name, else those words as written, from
 * the clause's start, years and a closing "为" aside, at most 12 characters; '' when they are not words.
 * "其中：会议费支出3.6万元" → "会议费支出"; "2023年支出合计为480万元" → "支出合计".
 */
export function nameOf(f: SentenceFigure, key: ConceptKey | null = f.subject ?? f.measure): string {
  if (key !== null) return conceptOf(key).label;
  let i = f.lead.length - 1;
  while (i >= 0 && !NAME_BREAK.test(f.lead.charAt(i))) i--;
  const words = f.lead.slice(i + 1).replace(NAME_OPENING, '').replace(NAME_YEAR, '').replace(NAME_QUOTES, '').replace(NAME_CLOSING, '');
  const name = words.length > 12 ? words.slice(-12) : words;
  return TWO_HAN.test(name) ? name : '';
}

/** The figure as the text wrote it, with its unit: "15.6万元", "22.39%". */
export function asWritten(f: SentenceFigure): string {
  return `${f.numberText}${f.unit}`;
}

/**
 * An amount in 万元 printed in the unit of `like`, to the places the figures
 * of `written` in that unit were written to, at least two in 万元:
 * 4.5 in 万元 like "4.5万元" → "4.50万元"; 4.5 like "45000元" → "45000元".
 */
export function amountLike(value: Dec, like: SentenceFigure, written: readonly SentenceFigure[]): string {
  let places = like.unit === '万元' ? 2 : 0;
  for (const f of written) if (f.unit === like.unit) places = Math.max(places, statedDecimals(f.numberText));
  return `${formatAmount(fromWan(value, like.unit), places)}${like.unit}`;
}

/** Emits a finding about figure `f` of sentence `s`: at its source line, or at its paragraph when that is not known. */
export function emitAt(ctx: AuditContext, s: PlacedSentence, f: SentenceFigure, e: Omit<Emission, 'source' | 'path' | 'section'>): void {
  const source = sourceAt(s.place, f.offset);
  const base = { ...e, section: s.place.sectionTitle };
  ctx.emit(source ? { ...base, source } : { ...base, path: s.place.paragraphPath });
}
