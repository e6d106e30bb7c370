import { fromWan, toWan } from '../../calc/money-unit.js';
import { paragraphRefAt } from '../../model/provenance.js';
import type { SourceRef } from '../../model/source-ref.js';
import { statedDecimals, ZERO, type Dec } from '../../number/decimal.js';
import { formatAmount } from '../../number/format.js';
import { halfUnit } from '../../number/tolerance.js';
import type { MentionPlace } from '../../narrative/mentions.js';
import { forEachParagraph } from '../../narrative/narrative-mentions.js';
import { readFigureSentences, type FigureSentence, type SentenceFigure } from '../../narrative/sentence-figures.js';
import type { AuditContext, Emission } from '../context.js';

/** A sentence of the narrative with its figures and the place of its paragraph. */
export interface PlacedSentence extends FigureSentence {
  place: MentionPlace;
}

const SENTENCES = { shared: 'narrative sentences with every figure they write' };
/** Words without which a paragraph has neither a breakdown (其中, 包括) nor a comparison with last year: most have none, and are not read. */
const WORTH_READING = /其中|包括|上年|去年|上一年|前一年|同期|较|比/;

/** The sentences of the narrative that hold figures, read once per report. */
export function figureSentences(ctx: AuditContext): PlacedSentence[] {
  return ctx.once(SENTENCES, () => {
    const out: PlacedSentence[] = [];
    forEachParagraph(ctx.report.narrative, ctx.provenance, (text, place) => {
      if (!WORTH_READING.test(text)) return;
      for (const s of readFigureSentences(text)) out.push({ ...s, place });
    });
    return out;
  });
}

/**
 * How far a written amount may be from the exact one, in 万元: half a unit of
 * its last written place ("15.6" 万元 → 0.05; "45000" 元 → 0.00005). A written
 * zero is exact: nothing was spent.
 */
export function writtenRounding(f: SentenceFigure): Dec {
  return f.value.isZero() ? ZERO : toWan(halfUnit(f.numberText), f.unit);
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

/** Where a figure of the sentence was read from; undefined when the paragraph's source is not known. */
export function sourceOfFigure(s: PlacedSentence, f: SentenceFigure): SourceRef | undefined {
  return s.place.paragraph ? paragraphRefAt(s.place.paragraph, f.offset) : undefined;
}

/** Emits a finding about figure `f` of sentence `s`: at its source line, or at its paragraph when that is not known. */
export function emitAt(ctx: AuditContext, s: PlacedSentence, f: SentenceFigure, e: Omit<Emission, 'source' | 'path' | 'section'>): void {
  const source = sourceOfFigure(s, f);
  const base = { ...e, section: s.place.sectionTitle };
  ctx.emit(source ? { ...base, source } : { ...base, path: s.place.paragraphPath });
}
