import { dec, type Dec } from '../number/decimal.js';
import { memo } from '../util/memo.js';

/**
 * 年度指标值 and 实际完成值 as a reviewer reads them (DOMAIN.md §3): a comparator,
 * a value and a unit ("≥48公斤/人/月", "=0次", ">0%"), or a qualitative
 * statement ("有效维护"). Full-width and look-alike signs are understood;
 * signs that are not comparators at all (》, 《, ═) are understood as the
 * comparator they were meant to be and marked `malformed`.
 */
export type Comparator = '>=' | '>' | '=' | '<=' | '<';

export interface QuantityTarget {
  kind: 'quantity';
  comparator: Comparator;
  value: Dec;
  /** The number as written ("48", "90"). */
  valueText: string;
  /** The unit as written, "" when none ("公斤/人/月", "%", "次"). */
  unit: string;
  /** Why the target is malformed, in Chinese, when it is. */
  malformed: string | null;
}

export interface QualitativeTarget {
  kind: 'qualitative';
  text: string;
}

export type ParsedTarget = QuantityTarget | QualitativeTarget | { kind: 'empty' };

interface ComparatorSign {
  sign: string;
  comparator: Comparator;
  malformed?: string;
}

// Longest first, so "≥=" is read before "≥" and "不低于" before "低于".
const SIGNS: ComparatorSign[] = (
  [
    ['大于等于', '>='], ['大于或等于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['达到', '>='],
    ['小于等于', '<='], ['小于或等于', '<='], ['不高于', '<='], ['不超过', '<='], ['不多于', '<='], ['不大于', '<='], ['控制在', '<='],
    ['>=', '>='], ['≥=', '>='], ['＞=', '>='], ['=>', '>='], ['<=', '<='], ['≤=', '<='], ['=<', '<='],
    ['≥', '>='], ['≧', '>='], ['⩾', '>='], ['≤', '<='], ['≦', '<='], ['⩽', '<='],
    ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'], ['小于', '<'], ['低于', '<'], ['少于', '<'],
    ['>', '>'], ['＞', '>'], ['﹥', '>'], ['<', '<'], ['＜', '<'], ['﹤', '<'], ['=', '='], ['＝', '='], ['﹦', '='], ['等于', '='],
  ] as [string, Comparator][]
).map(([sign, comparator]) => ({ sign, comparator }));

const MALFORMED_SIGNS: ComparatorSign[] = [
  { sign: '》=', comparator: '>=', malformed: '比较符号“》=”不是数学符号，应为“≥”' },
  { sign: '《=', comparator: '<=', malformed: '比较符号“《=”不是数学符号，应为“≤”' },
  { sign: '》', comparator: '>', malformed: '比较符号“》”是书名号，不是数学符号，应为“>”或“≥”' },
  { sign: '《', comparator: '<', malformed: '比较符号“《”是书名号，不是数学符号，应为“<”或“≤”' },
  { sign: '═', comparator: '=', malformed: '比较符号“═”是制表符，不是等号“=”' },
  { sign: '〉', comparator: '>', malformed: '比较符号“〉”是括号，不是数学符号，应为“>”' },
  { sign: '〈', comparator: '<', malformed: '比较符号“〈”是括号，不是数学符号，应为“<”' },
];

const SUFFIXES: [string, Comparator][] = [
  ['及以上', '>='], ['以上', '>='], ['或以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='],
];

const NUMBER = /^([+-]?\d[\d,，]*(?:\.\d+)?)\s*/;

/** Reads a target or an actual. `parseTarget("≥48公斤/人/月")` → quantity ≥ 48 "公斤/人/月". */
/** Targets recur ("=100%", "≥90%") across tables and reports; results are never mutated, so they are shared. */
export const parseTarget: (raw: string) => ParsedTarget = memo(parse);

function parse(raw: string): ParsedTarget {
  let text = normalizeSpaces(raw);
  if (text === '' || text === '/' || text === '-' || text === '—' || text === '无') return { kind: 'empty' };
  let comparator: Comparator | null = null;
  let malformed: string | null = null;
  for (const s of MALFORMED_SIGNS) {
    if (text.startsWith(s.sign)) {
      comparator = s.comparator;
      malformed = s.malformed ?? null;
      text = text.slice(s.sign.length).trimStart();
      break;
    }
  }
  if (comparator === null) {
    for (const s of SIGNS) {
      if (text.startsWith(s.sign)) {
        comparator = s.comparator;
        text = text.slice(s.sign.length).trimStart();
        break;
      }
    }
  }
  const m = NUMBER.exec(text);
  if (!m) return { kind: 'qualitative', text: normalizeSpaces(raw) };
  const valueText = (m[1] ?? '').replace(/[,，]/g, '');
  let unit = text.slice(m[0].length).trim();
  for (const [suffix, c] of SUFFIXES) {
    if (unit.endsWith(suffix)) {
      unit = unit.slice(0, -suffix.length).trim();
      comparator ??= c;
      break;
    }
  }
  // A number followed by words is a sentence, not a quantity ("3个项目全部完成" stays a quantity of 个; "2023年完成" too).
  if (unit.length > 12) return { kind: 'qualitative', text: normalizeSpaces(raw) };
  return { kind: 'quantity', comparator: comparator ?? '=', value: dec(valueText), valueText, unit: normalizeUnit(unit), malformed };
}

function normalizeSpaces(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').replace(/％/g, '%');
}

function normalizeUnit(unit: string): string {
  const u = unit.replace(/^[（(]|[)）]$/g, '').replace(/％/g, '%');
  return u === '百分比' || u === '百分点' ? '%' : u;
}

/**
 * Whether two units name the same thing: "公斤/人/月" and "公斤/月/人" do
 * (the same quantity written in another order); "公斤/人/月" and "%" do not.
 */
export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}

const unitKey = memo(unitKeyOf);

function unitKeyOf(unit: string): string {
  const parts = unit.replace(/每/g, '/').split('/').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  const [head, ...rest] = parts;
  return [head, ...rest.sort()].join('/');
}
