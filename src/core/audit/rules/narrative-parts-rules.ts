import { sum, type Dec } from '../../number/decimal.js';
import type { ConceptKey } from '../../narrative/concepts.js';
import type { FigureSentence, SentenceFigure } from '../../narrative/sentence-figures.js';
import { threePublicItemIn, type ThreePublicItem } from '../../narrative/three-public-items.js';
import type { AuditContext } from '../context.js';
import type { AuditRule } from '../rule.js';
import { BUDGET_SECTIONS } from '../../narrative/narrative-mentions.js';
import { amountLike, asWritten, emitAt, figureSentences, nameOf, roundingInWan, type PlacedSentence } from './narrative-sentences.js';

type Opener = FigureSentence['openers'][number];

/** Added-up figures: their sum in 万元 and how far it may be from the exact one (each figure's rounding). */
function added(figures: readonly SentenceFigure[]): { value: Dec; rounding: Dec } {
  return { value: sum(figures.map((f) => f.value)), rounding: sum(figures.map(roundingInWan)) };
}

/** Whether parts add up to their total within the rounding of every figure written. */
function addsUp(total: SentenceFigure, parts: readonly SentenceFigure[]): boolean {
  const p = added(parts);
  return total.value.minus(p.value).abs().lte(p.rounding.plus(roundingInWan(total)));
}

/** Whether parts add up to more than their total, beyond the rounding of every figure written. */
function exceeds(total: SentenceFigure, parts: readonly SentenceFigure[]): boolean {
  const p = added(parts);
  return p.value.minus(total.value).gt(p.rounding.plus(roundingInWan(total)));
}

const ITEM_LABELS: Record<ThreePublicItem, string> = {
  threePublicExpenses: '三公经费',
  overseasTravel: '因公出国（境）费',
  officialReception: '公务接待费',
  officialVehicles: '公务用车购置及运行维护费',
  vehiclesUnsure: '公务用车费用',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};

/** Parts as the text lists them, in its order: "因公出国（境）费0万元、公务接待费1.44万元". */
const partsText = (parts: readonly { f: SentenceFigure; label: string }[]) =>
  [...parts]
    .sort((a, b) => a.f.offset - b.f.offset)
    .map((p) => `${p.label}${asWritten(p.f)}`)
    .join('、');

/** Words that make an amount another figure than its total's: "全年预算数…，其中：基本支出…，项目支出…，执行…". */
const MEASURE_WORDS = ['执行', '预算', '决算', '实际', '完成', '到位', '拨付', '支付', '使用', '结余', '结转'];

/** Whether a part's words name a measure its total's words do not ("执行" under a 全年预算数): it may be no part of it. */
function namesAnotherMeasure(part: SentenceFigure, total: SentenceFigure): boolean {
  const clause = part.lead.slice(Math.max(part.lead.lastIndexOf('，'), part.lead.lastIndexOf(','), part.lead.lastIndexOf('；'), part.lead.lastIndexOf('、')) + 1);
  return MEASURE_WORDS.some((w) => clause.includes(w) && !total.lead.includes(w));
}

/** A statement of 三公经费 and the items listed after its 其中: "三公经费支出X万元，其中：因公出国（境）费a万元，…". */
interface ThreePublicList {
  total: SentenceFigure;
  parts: { f: SentenceFigure; item: ThreePublicItem }[];
  /** Offset in the paragraph where the list ends: other openers before it belong to it (the split of the vehicle costs). */
  end: number;
}

/**
 * The 三公 statement an opener begins, or null. Its total is the nearest
 * amount of the year before the opener in its sentence, changes, rates and last
 * year's figures passed over ("三公经费15.6万元，较上年减少4.5万元；其中：…"), and
 * its words must name 三公经费. Its parts are the amounts of the year whose words name an item,
 * up to the end of the sentence, a closing bracket, or an amount of anything
 * else; past a ；only when the next figure names an item. Null also when an
 * item's amount is approximate.
 */
function threePublicList(s: FigureSentence, o: Opener): ThreePublicList | null {
  const figures = s.figures;
  let total: SentenceFigure | null = null;
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i] as SentenceFigure;
    if (f.offset > o.offset) continue;
    if (f.kind !== 'money') continue;
    if (f.role === 'unclear') return null;
    if (f.role === 'plain') {
      total = f;
      break;
    }
  }
  if (!total || total.depth > o.depth || threePublicItemIn(total.lead)?.item !== 'threePublicExpenses') return null;
  const parts: ThreePublicList['parts'] = [];
  let end = s.end;
  let segment = o.segment;
  let vehiclesNamed = false;
  for (const f of figures) {
    if (f.offset < o.offset) continue;
    if (f.depth < o.depth) {
      end = f.offset;
      break;
    }
    const words = threePublicItemIn(f.lead);
    const namesAnItem = words !== null && words.item !== 'threePublicExpenses' && (!words.bare || vehiclesNamed);
    if (f.segment !== segment) {
      if (!(f.kind === 'money' && f.role === 'plain' && namesAnItem)) {
        end = f.offset;
        break;
      }
      segment = f.segment;
    }
    if (f.kind !== 'money') continue;
    if (f.role === 'unclear') return null;
    // Changes, last year's figures and comparison bases are said of the items, not items themselves.
    if (f.role !== 'plain') continue;
    if (!namesAnItem || !words) {
      end = f.offset;
      break;
    }
    parts.push({ f, item: words.item });
    if (words.item === 'officialVehicles' || words.item === 'vehiclesUnsure') vehiclesNamed = true;
  }
  return { total, parts, end };
}

function checkThreePublic(ctx: AuditContext, s: PlacedSentence, list: ThreePublicList, o: Opener): void {
  const byItem = new Map<ThreePublicItem, SentenceFigure>();
  for (const { f, item } of list.parts) {
    // An item named twice (its budget and its spending?), or one of the three inside another's brackets: unsure which is the part.
    if (byItem.has(item)) return;
    if (f.depth > o.depth && item !== 'vehiclePurchase' && item !== 'vehicleOperation') return;
    if (f.measure !== null && list.total.measure !== null && f.measure !== list.total.measure) return;
    if (namesAnotherMeasure(f, list.total)) return;
    byItem.set(item, f);
  }
  const measures = new Set(list.parts.map((p) => p.f.measure).filter((m) => m !== null));
  if (measures.size > 1) return;
  const total = list.total;
  const overseas = byItem.get('overseasTravel');
  const reception = byItem.get('officialReception');
  const vehicles = byItem.get('officialVehicles');
  const unsure = byItem.get('vehiclesUnsure');
  const purchase = byItem.get('vehiclePurchase');
  const operation = byItem.get('vehicleOperation');
  if (vehicles && unsure) return;
  const title = s.place.sectionTitle;

  if (vehicles && (purchase || operation)) {
    const split = [purchase, operation].filter((f): f is SentenceFigure => f !== undefined).sort((a, b) => a.offset - b.offset);
    const named = split.map((f) => ({ f, label: f === purchase ? ITEM_LABELS.vehiclePurchase : ITEM_LABELS.vehicleOperation }));
    const p = added(split);
    if (purchase && operation && !addsUp(vehicles, split)) {
      emitAt(ctx, s, vehicles, {
        row: ITEM_LABELS.officialVehicles,
        message: `正文“${title}”所述公务用车购置及运行维护费${asWritten(vehicles)}，其中${partsText(named)}，两项之和为${amountLike(p.value, vehicles, [vehicles, ...split])}，与所述不符。`,
        expected: amountLike(p.value, vehicles, [vehicles, ...split]),
        actual: asWritten(vehicles),
      });
    } else if (!(purchase && operation) && exceeds(vehicles, split)) {
      emitAt(ctx, s, vehicles, {
        row: ITEM_LABELS.officialVehicles,
        message: `正文“${title}”所述公务用车购置及运行维护费${asWritten(vehicles)}，其中${partsText(named)}超过了它。`,
        expected: `≥${amountLike(p.value, vehicles, [vehicles, ...split])}`,
        actual: asWritten(vehicles),
      });
    }
  }

  // The vehicle costs: stated whole, or as the sum of both their parts where the whole is not stated.
  const vehicleParts = vehicles ? [vehicles] : !unsure && purchase && operation ? [purchase, operation] : null;
  if (overseas && reception && vehicleParts) {
    const parts = [overseas, ...vehicleParts, reception];
    if (addsUp(total, parts)) return;
    const p = added(parts);
    const named = parts.map((f) => ({ f, label: ITEM_LABELS[(list.parts.find((x) => x.f === f) as { item: ThreePublicItem }).item] }));
    const expected = amountLike(p.value, total, [total, ...parts]);
    emitAt(ctx, s, total, {
      row: ITEM_LABELS.threePublicExpenses,
      message: `正文“${title}”所述三公经费${asWritten(total)}，其中${partsText(named)}；三公经费即这三项之和，应为${expected}。`,
      expected,
      actual: asWritten(total),
    });
    return;
  }
  // Not all three items stated: only that those stated do not add up to more than the whole.
  const stated = [overseas, reception, vehicles ?? unsure, ...(vehicles || unsure ? [] : [purchase, operation])].filter((f): f is SentenceFigure => f !== undefined);
  if (stated.length === 0 || !exceeds(total, stated)) return;
  const named = stated.map((f) => ({ f, label: ITEM_LABELS[(list.parts.find((x) => x.f === f) as { item: ThreePublicItem }).item] }));
  const p = added(stated);
  emitAt(ctx, s, total, {
    row: ITEM_LABELS.threePublicExpenses,
    message: `正文“${title}”所述三公经费${asWritten(total)}，其中${partsText(named)}，之和${amountLike(p.value, total, [total, ...stated])}已超过三公经费。`,
    expected: `≥${amountLike(p.value, total, [total, ...stated])}`,
    actual: asWritten(total),
  });
}

/**
 * Kinds of parts that never overlap within a kind: a list mixing kinds
 * ("其中：人员经费…，商品和服务支出…") may count one amount twice, and is not checked.
 */
const FAMILIES: Partial<Record<ConceptKey, string>> = {
  carriedIn: 'sources',
  appropriation: 'sources',
  otherBudgetAppropriation: 'sources',
  otherFunds: 'sources',
  wages: 'classes',
  goodsAndServices: 'classes',
  householdSubsidies: 'classes',
  capitalSpending: 'classes',
  personnelCost: 'costs',
  operatingCost: 'costs',
  threePublicExpenses: 'threePublic',
  officialReception: 'threePublic',
  officialVehicles: 'threePublic',
  officialVehiclePart: 'threePublic',
  overseasTravel: 'threePublic',
};

/** Words after which an amount is no longer one of the parts listed. */
const LIST_OVER = /另|此外|同时|合计|共计|总计|累计|小计/;
/** Between a total and its 其中: punctuation only ("5931.08万元，其中：", "11.99万元（其中", "480万元。其中："). */
const ONLY_PUNCTUATION = /^[\s，,：:（(、。]*$/;

/** Whether the second part of a list follows the first after a ，(true) or a 、(false). */
function listedWithCommas(second: SentenceFigure): boolean {
  const m = /[，,、]/.exec(second.lead);
  return m === null || m[0] !== '、';
}

/** Whether the brackets open at opener `x` close before opener `o`: "a（其中：…），b（其中：…）" are two lists. */
function closesBetween(s: FigureSentence, x: Opener, o: Opener): boolean {
  let depth = x.depth;
  for (let i = x.offset - s.start; i < o.offset - s.start; i++) {
    const c = s.text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) depth++;
    else if ((c === 0x29 || c === 0xff09) && --depth < x.depth) return true;
  }
  return false;
}


/**
 * Any other total and the amounts listed after its 其中: those need not be all
 * its parts, so only their sum above the total is an error. Checked only where
 * the list is plain: the total stands right before 其中; the list runs to the
 * end of its statement (；) or of its brackets, holds at least two amounts of
 * the year and nothing else (a change, a rate, an approximate figure or a
 * second 其中 make it unsure), one measure (a project's 预算数 and 执行数 are
 * no two parts) and parts of one kind.
 */
function checkGeneral(ctx: AuditContext, s: PlacedSentence, o: Opener): void {
  const figures = s.figures;
  let t = -1;
  for (let i = 0; i < figures.length && (figures[i] as SentenceFigure).offset < o.offset; i++) t = i;
  const total = figures[t];
  if (!total || total.segment !== o.segment || total.kind !== 'money' || (total.role !== 'plain' && total.role !== 'prior') || total.depth > o.depth) return;
  if (!ONLY_PUNCTUATION.test(s.text.slice(total.offset + total.length - s.start, o.offset - s.start))) return;
  const parts: SentenceFigure[] = [];
  let end = s.end;
  for (let i = t + 1; i < figures.length; i++) {
    const f = figures[i] as SentenceFigure;
    if (f.segment !== o.segment || f.depth < o.depth) {
      end = f.offset;
      break;
    }
    // A part's own breakdown in brackets.
    if (f.depth > o.depth) continue;
    // Parts written "a、b" end at the next ，: "其中购置费5万元、运行费6.99万元，会议费5万元" lists two;
    // "另安排…", "合计…" go on about something else.
    if ((parts.length >= 2 && !listedWithCommas(parts[1] as SentenceFigure) && /[，,]/.test(f.lead)) || (parts.length >= 1 && LIST_OVER.test(f.lead))) {
      end = f.offset;
      break;
    }
    parts.push(f);
  }
  if (parts.length < 2 || parts.some((f) => f.kind !== 'money' || f.role !== 'plain')) return;
  // A 其中 inside the list, or this one inside another's: where either list ends is unsure.
  if (s.openers.some((x) => x !== o && x.offset > o.offset && x.offset < end && x.depth === o.depth)) return;
  if (s.openers.some((x) => x.offset < o.offset && x.segment === o.segment && x.depth === o.depth && !closesBetween(s, x, o))) return;
  const measures = new Set([total.measure, ...parts.map((f) => f.measure)].filter((m) => m !== null));
  if (measures.size > 1) return;
  if (parts.some((f) => (f.subject === null || FAMILIES[f.subject] === undefined) && namesAnotherMeasure(f, total))) return;
  const kinds = new Set(parts.map((f) => (f.subject === null ? 'unnamed' : (FAMILIES[f.subject] ?? 'other'))));
  if (kinds.size > 1 || kinds.has('other')) return;
  const subjects = parts.map((f) => f.subject).filter((x) => x !== null);
  if (new Set(subjects).size < subjects.length || (total.subject !== null && subjects.includes(total.subject))) return;
  if (!exceeds(total, parts)) return;
  const p = added(parts);
  const label = nameOf(total);
  const named = parts.map((f) => ({ f, label: nameOf(f) }));
  emitAt(ctx, s, total, {
    row: label || '其中各项',
    message: `正文“${s.place.sectionTitle}”所述${label}${asWritten(total)}，其后“其中”所列${parts.length}项（${partsText(named)}）之和为${amountLike(p.value, total, [total, ...parts])}，超过了该合计数。`,
    expected: `≥${amountLike(p.value, total, [total, ...parts])}`,
    actual: asWritten(total),
  });
}

export const narrativePartsSum: AuditRule = {
  id: 'NARR-PARTS-SUM',
  severity: 'error',
  family: 'withinTable',
  title: '正文合计数与同句“其中”所列各项不符',
  description:
    '正文在同一句中写出合计数及其“其中”各项时：三公经费即因公出国（境）费、公务用车购置及运行维护费、公务接待费三项之和，三项均写出时应与合计相等；公务用车购置费与公务用车运行维护费均写出时，其和应等于公务用车购置及运行维护费。其他合计数的“其中”各项未必列全，其和不应超过合计数。均容许各数字按所写位数四舍五入的尾差；无法确定哪些数字是哪个合计的组成部分时不予检查。第二至五部分所列资金来源、经济分类和项目已由 NARR-BUDGET-SOURCES、NARR-SPENT-CLASSES、NARR-PROJECT-ITEMS-SUM 核对，这几部分只核对三公经费。',
  source: 'DOMAIN.md §1（三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待；“其中”项是部分而非全部）、§4（三公经费 = 其各项之和）；报告正文自身的一致性',
  check(ctx) {
    for (const s of figureSentences(ctx)) {
      if (s.openers.length === 0) continue;
      const claimed: [number, number][] = [];
      for (const o of s.openers) {
        if (claimed.some(([from, to]) => o.offset >= from && o.offset < to)) continue;
        const list = threePublicList(s, o);
        if (!list) continue;
        claimed.push([o.offset, list.end]);
        checkThreePublic(ctx, s, list, o);
      }
      // Sections 二 to 五 list sources, economic classes and projects, which NARR-BUDGET-SOURCES, NARR-SPENT-CLASSES and NARR-PROJECT-ITEMS-SUM check.
      if (BUDGET_SECTIONS.has(s.place.sectionKey)) continue;
      for (const o of s.openers) {
        if (claimed.some(([from, to]) => o.offset >= from && o.offset < to)) continue;
        checkGeneral(ctx, s, o);
      }
    }
  },
};
