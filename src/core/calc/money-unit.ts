import { dec, decimalPlaces, statedDecimals, type Dec } from '../number/decimal.js';
import { formatAmount } from '../number/format.js';
import type { MoneyUnit } from '../model/report.js';

/** 10000 元 in a 万元, 10000 万元 in a 亿元. */
const TEN_THOUSAND = dec('10000');

/** An amount in 元, 万元 or 亿元 expressed in 万元; anything else (%, 人, 分) is returned as it is. */
export function toWan(value: Dec, unit: string): Dec {
  if (unit === '元') return value.div(TEN_THOUSAND);
  if (unit === '亿元') return value.times(TEN_THOUSAND);
  return value;
}

/** The inverse of toWan: an amount in 万元 expressed in 元, 万元 or 亿元. */
export function fromWan(value: Dec, unit: string): Dec {
  if (unit === '元') return value.times(TEN_THOUSAND);
  if (unit === '亿元') return value.div(TEN_THOUSAND);
  return value;
}

/**
 * A table's stated amount in 万元, the unit the narrative and the other
 * tables are compared in. Tables state their unit in a header ("（元）");
 * within one table figures are compared as stated, across tables and with the
 * text only after this exact conversion.
 */
export function inWan(text: string, unit: MoneyUnit): Dec {
  return toWan(dec(text), unit);
}

/** The same, null for a figure left empty. */
export function inWanOrNull(text: string | null, unit: MoneyUnit): Dec | null {
  return text === null ? null : inWan(text, unit);
}

/** A stated amount as a finding quotes it: in 元 with its unit said, in 万元 as written ("6971.10"). */
export function quoted(text: string, unit: MoneyUnit): string {
  return unit === '元' ? `${text} 元` : text;
}

/**
 * A narrative amount as the model keeps it: in 万元, with the places it was
 * written to, so that its rounding is known. "6971.10" 万元 stays; 7,380,150.00
 * 元 becomes "738.015000" (two places in 元 are six in 万元); 1.2 亿元 "12000".
 */
export function wanKeepingPlaces(value: Dec, numberText: string, unit: string): string {
  if (unit === '万元') return numberText;
  if (unit === '元') return value.toFixed(statedDecimals(numberText) + YUAN_PLACES);
  return value.toString();
}

/** Places a 万元 amount has beyond those of 元: 1 元 = 0.0001 万元. */
const YUAN_PLACES = 4;

/**
 * A narrative amount as a finding quotes it: in 元 when it was written in 元
 * (four or more places in 万元), in 亿元 when its block was written in 亿元
 * to `yi` places (see yiPlacesOf) and it is such a figure, else as written in 万元.
 * "738.015000" → "7380150.00 元"; "6971.10" → "6971.10 万元"; "7300" at 2 places → "0.73 亿元".
 */
export function quotedWan(text: string, yi: number | null = null): string {
  return writtenInYuan(text) || writtenInYi(text, yi) ? quotedLike(dec(text), text, yi) : `${text} 万元`;
}

/** The same where a message says 万元 once for several figures: "6971.10" stays bare, "738.015000" → "7380150.00 元", a figure not given "—". */
export function asWritten(text: string | null, yi: number | null = null): string {
  if (text === null) return '—';
  return writtenInYuan(text) || writtenInYi(text, yi) ? quotedLike(dec(text), text, yi) : text;
}

function writtenInYuan(text: string): boolean {
  return statedDecimals(text) >= YUAN_PLACES;
}

/**
 * Whether a narrative amount (in 万元) can be a figure written in 亿元 to `yi` places:
 * a whole number of such 亿元 ("7300" at 2 places is 0.73 亿元; "12.50" is not, and was written in 万元).
 */
function writtenInYi(text: string, yi: number | null): yi is number {
  return yi !== null && !writtenInYuan(text) && decimalPlaces(fromWan(dec(text), '亿元')) <= yi;
}

/** A computed amount in 万元 quoted the way the stated figure `like` is (see quotedWan). */
export function quotedLike(value: Dec, like: string, yi: number | null = null): string {
  const written = writtenLike(value, like, yi);
  return written === null ? `${formatAmount(value)} 万元` : `${written.figure} ${written.unit}`;
}

/**
 * An amount in 万元 as a number of the unit the stated figure `like` was written in, to its places:
 * 元 when `like` was written in 元 ("738.015000" → 2 places), 亿元 when it can be a figure
 * written in 亿元 to `yi` places; null when `like` was written in 万元.
 */
export function writtenLike(value: Dec, like: string, yi: number | null = null): { figure: string; unit: '元' | '亿元' } | null {
  const places = statedDecimals(like);
  if (places >= YUAN_PLACES) return { figure: fromWan(value, '元').toFixed(places - YUAN_PLACES), unit: '元' };
  if (writtenInYi(like, yi)) return { figure: fromWan(value, '亿元').toFixed(yi), unit: '亿元' };
  return null;
}

/** An amount in 万元 as a number of 元 to the places of `like`, when `like` was written in 元 ("738.015000" → 2 places); null otherwise. */
export function inYuanLike(value: Dec, like: string): string | null {
  const written = writtenLike(value, like);
  return written?.unit === '元' ? written.figure : null;
}
