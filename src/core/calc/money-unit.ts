import { dec, type Dec } from '../number/decimal.js';
import type { MoneyUnit } from '../model/report.js';

const YUAN_PER_WAN = dec('10000');

/**
 * A table's stated amount in 万元, the unit the narrative and the other
 * tables are compared in. Tables state their unit in a header ("（元）");
 * within one table figures are compared as stated, across tables and with the
 * text only after this exact conversion.
 */
export function inWan(text: string, unit: MoneyUnit): Dec {
  return unit === '元' ? dec(text).div(YUAN_PER_WAN) : dec(text);
}

/** The same, null for a figure left empty. */
export function inWanOrNull(text: string | null, unit: MoneyUnit): Dec | null {
  return text === null ? null : inWan(text, unit);
}

/** A stated amount as a finding quotes it: in 元 with its unit said, in 万元 as written ("6971.10"). */
export function quoted(text: string, unit: MoneyUnit): string {
  return unit === '元' ? `${text} 元` : text;
}
