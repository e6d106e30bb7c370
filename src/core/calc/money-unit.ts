import { dec, type Dec } from '../number/decimal.js';
import type { MoneyUnit } from '../model/report.js';

/** 10000 元 in a 万元, 10000 万元 in a 亿元. */
const TEN_THOUSAND = dec('10000');

/** An amount in 元, 万元 or 亿元 expressed in 万元; anything else (%, 人, 分) is returned as it is. */
export function toWan(value: Dec, unit: string): Dec {
  if (unit === '元') return value.div(TEN_THOUSAND);
  if (unit === '亿元') return value.times(TEN_THOUSAND);
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
