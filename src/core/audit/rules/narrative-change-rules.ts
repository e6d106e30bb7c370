import { HUNDRED, type Dec } from '../../number/decimal.js';
import { formatQuotientRate } from '../../number/format.js';
import { ratioMatches, withinRounding } from '../../number/tolerance.js';
import type { SentenceFigure } from '../../narrative/sentence-figures.js';
import type { AuditRule } from '../rule.js';
import { amountLike, asWritten, emitAt, figureSentences, nameOf, roundingInWan, type PlacedSentence } from './narrative-sentences.js';

/**
 * One comparison with last year in one statement of a sentence: this year's
 * figure, last year's, and the change stated as an amount, a rate or both.
 * "“三公”经费支出15.6万元，较上年20.1万元减少4.5万元，下降22.39%" →
 * current 15.6, prior 20.1, amount 减少4.5, rate 下降22.39%.
 */
interface Comparison {
  current: SentenceFigure;
  prior: SentenceFigure;
  amount: SentenceFigure | null;
  rate: SentenceFigure | null;
}

/** Words after which a figure explains or breaks down what came before: it starts a statement of its own. */
const NEW_STATEMENT = /其中|包括|主要|原因|由于|因为|分别/;

const isMoney = (f: SentenceFigure) => f.kind === 'money';

/**
 * The comparisons of a sentence, each only where its figures are sure: last
 * year's figure (prior) and this year's (the nearest plain amount before it in
 * its statement, else the nearest after it) with no other amount or rate
 * between them, and after them at most one amount and one rate of change
 * before the next figure of a year or a new statement. Subjects named on
 * either side must agree ("三公经费…较上年公用经费…" is no comparison).
 */
function comparisonsOf(s: PlacedSentence): Comparison[] {
  const out: Comparison[] = [];
  const figures = s.figures;
  figures.forEach((prior, p) => {
    if (prior.role !== 'prior' || !isMoney(prior)) return;
    const c = currentFor(figures, p);
    if (c < 0) return;
    const current = figures[c] as SentenceFigure;
    const [lo, hi] = c < p ? [c, p] : [p, c];
    // Nothing but counts and the like between the two years' figures.
    for (let i = lo + 1; i < hi; i++) if ((figures[i] as SentenceFigure).kind !== 'other') return;
    let amount: SentenceFigure | null = null;
    let rate: SentenceFigure | null = null;
    for (let i = hi + 1; i < figures.length; i++) {
      const f = figures[i] as SentenceFigure;
      if (f.segment !== prior.segment || NEW_STATEMENT.test(f.lead)) break;
      if (f.kind === 'other') continue;
      // "…，较年初预算减少3万元": a change from something else ends the comparison with last year.
      if (f.role === 'change' && f.comparedWith === 'other') break;
      if (f.role !== 'change') {
        if (f.role === 'unclear') return;
        break;
      }
      if (isMoney(f)) {
        if (amount) return;
        amount = f;
      } else {
        if (rate) return;
        rate = f;
      }
    }
    if (!amount && !rate) return;
    const subjects = new Set([current.subject, prior.subject, amount?.subject ?? null].filter((x) => x !== null));
    if (subjects.size > 1) return;
    out.push({ current, prior, amount, rate });
  });
  return out;
}

/**
 * Index of this year's figure compared with figure `p` (last year's), or −1:
 * the nearest plain amount before it in its statement, else the one right
 * after it ("上年…20.1万元，本年15.6万元，减少4.5万元"). A figure after 其中,
 * 主要, 原因 … starts a statement: nothing before it is compared with what follows.
 */
function currentFor(figures: readonly SentenceFigure[], p: number): number {
  const prior = figures[p] as SentenceFigure;
  if (!NEW_STATEMENT.test(prior.lead)) {
    for (let i = p - 1; i >= 0; i--) {
      const f = figures[i] as SentenceFigure;
      if (f.segment !== prior.segment) break;
      if (f.kind !== 'other') {
        if (f.role === 'plain' && isMoney(f)) return i;
        if (f.role === 'prior' || f.role === 'otherYear' || f.role === 'unclear') break;
      }
      if (NEW_STATEMENT.test(f.lead)) break;
    }
  }
  for (let i = p + 1; i < figures.length; i++) {
    const f = figures[i] as SentenceFigure;
    if (f.segment !== prior.segment || NEW_STATEMENT.test(f.lead) || f.role === 'change') break;
    if (f.kind === 'other') continue;
    if (f.role === 'plain' && isMoney(f)) return i;
    break;
  }
  return -1;
}

/** The change amount's rounding: each written figure may be half a unit of its last place off. */
function amountRounding(c: Comparison, current: SentenceFigure): Dec {
  const years = roundingInWan(current).plus(roundingInWan(c.prior));
  return c.amount ? years.plus(roundingInWan(c.amount)) : years;
}

function amountAgrees(c: Comparison, current: SentenceFigure): boolean {
  if (!c.amount) return true;
  const stated = c.amount.value.times(c.amount.direction);
  return withinRounding(stated, current.value.minus(c.prior.value), amountRounding(c, current));
}

/** The stated rate against (this year − last year) ÷ last year; the stated amount's rounding counts too, since writers divide it. */
function rateAgrees(c: Comparison, current: SentenceFigure): boolean {
  if (!c.rate || c.prior.value.isZero()) return true;
  const stated = c.rate.value.div(HUNDRED).times(c.rate.direction);
  return ratioMatches(`${c.rate.numberText}%`, stated, current.value.minus(c.prior.value), c.prior.value, amountRounding(c, current));
}

/** The pair of direction words a stated one belongs to: 增加/减少, 增长/下降, 上升/下降, 提高/降低. */
function wordsLike(word: string, rate: boolean): [string, string] {
  switch (word) {
    case '增长':
    case '下降':
      return ['增长', '下降'];
    case '上升':
      return ['上升', '下降'];
    case '提高':
    case '降低':
      return ['提高', '降低'];
    case '增幅':
    case '降幅':
    case '减幅':
      return ['增幅', '降幅'];
    case '增加':
    case '减少':
      return ['增加', '减少'];
    default:
      return rate ? ['增长', '下降'] : ['增加', '减少'];
  }
}

function labelOf(c: Comparison): string {
  return nameOf(c.current, c.current.subject ?? c.prior.subject ?? c.amount?.subject ?? null);
}

export const narrativeYearOnYear: AuditRule = {
  id: 'NARR-YOY-CHANGE',
  severity: 'error',
  family: 'withinTable',
  title: '正文同比增减额、增减率与同句本年数、上年数不符',
  description:
    '正文在同一句中写出本年数、上年数及其增减时（如“‘三公’经费支出15.6万元，较上年20.1万元减少4.5万元，下降22.39%”），增减额应等于本年数 − 上年数，增减率应等于（本年数 − 上年数）÷ 上年数，“增加、增长”与“减少、下降”须与差额的正负一致（容许各数字按所写位数四舍五入的尾差）。只写出其中一年数字的增减无从核对，不予检查。',
  source: 'DOMAIN.md §2（三公经费变动率 = (本年 − 上年) ÷ 上年）；报告正文自身的一致性',
  check(ctx) {
    for (const s of figureSentences(ctx)) {
      for (const c of comparisonsOf(s)) {
        if (amountAgrees(c, c.current) && rateAgrees(c, c.current)) continue;
        // Another amount of this year in the sentence that the change agrees with may be the one compared: unsure, so silent.
        const others = s.figures.filter((f) => f !== c.current && f.role === 'plain' && isMoney(f) && f.offset < c.prior.offset);
        if (others.some((o) => amountAgrees(c, o) && rateAgrees(c, o))) continue;
        const label = labelOf(c);
        const difference = c.current.value.minus(c.prior.value);
        const stated = `${label}${asWritten(c.current)}较上年${asWritten(c.prior)}`;
        if (c.amount && !amountAgrees(c, c.current)) {
          const [up, down] = wordsLike(c.amount.directionWord, false);
          const figure = amountLike(difference.abs(), c.amount, [c.current, c.prior, c.amount]);
          const expected = difference.isZero() ? `持平（${figure}）` : `${difference.isPositive() ? up : down}${figure}`;
          const wrongWay = !difference.isZero() && (difference.isPositive() ? 1 : -1) !== c.amount.direction;
          const actual = `${c.amount.directionWord}${asWritten(c.amount)}`;
          emitAt(ctx, s, c.amount, {
            row: `${label}增减额`,
            message: `正文“${s.place.sectionTitle}”所述${stated}${actual}，按本年数 − 上年数（${asWritten(c.current)} − ${asWritten(c.prior)}）应为${expected}${wrongWay ? '，增减方向也不符' : ''}。`,
            expected,
            actual,
          });
        }
        if (c.rate && !rateAgrees(c, c.current)) {
          const [up, down] = wordsLike(c.rate.directionWord, true);
          const figure = formatQuotientRate(difference.abs(), c.prior.value);
          const expected = difference.isZero() ? `持平（${figure}）` : `${difference.isPositive() ? up : down}${figure}`;
          const wrongWay = !difference.isZero() && (difference.isPositive() ? 1 : -1) !== c.rate.direction;
          const actual = `${c.rate.directionWord}${asWritten(c.rate)}`;
          emitAt(ctx, s, c.rate, {
            row: `${label}增减率`,
            message: `正文“${s.place.sectionTitle}”所述${stated}${actual}，按（本年数 − 上年数）÷ 上年数（(${asWritten(c.current)} − ${asWritten(c.prior)}) ÷ ${asWritten(c.prior)}）应为${expected}${wrongWay ? '，增减方向也不符' : ''}。`,
            expected,
            actual,
          });
        }
      }
    }
  },
};
