import { roundedDigits } from './decimal-digits.js';
import { formatDate } from './date-format.js';

/**
 * Formats a number the way Excel shows it in a cell with the given number
 * format code: sections (positive;negative;zero;text) and [conditions],
 * digit placeholders 0 # ?, thousands separators and trailing-comma scaling,
 * percent, scientific notation, literal text and currency, dates and times.
 * Colours, fill characters and locale tags are ignored; fractions fall back to
 * General. General shows at most 11 characters, as in a default-width column.
 *
 * Examples: (0.9446, '0.00%') → '94.46%'; (6971.1, '#,##0.00') → '6,971.10';
 * (6971.1, 'General') → '6971.1'; (-5, '"¥"#,##0.00') → '-¥5.00'.
 */
export function formatNumber(value: number, code: string, date1904 = false): string {
  if (!Number.isFinite(value)) return String(value);
  const sections = parseFormat(code);
  const { section, signed } = pickSection(sections, value);
  if (!section || section.general) return formatGeneral(signed ? value : Math.abs(value));
  if (section.isDate) return formatDate(value, section.tokens, date1904) ?? formatGeneral(value);
  if (section.fraction) return formatGeneral(value);
  const text = formatWithSection(Math.abs(value), section);
  const negative = signed && value < 0 && /[1-9]/.test(text);
  return negative ? `-${text}` : text;
}

/** Formats text through the text section of a format (the fourth, or a lone section with @). */
export function formatText(text: string, code: string): string {
  const sections = parseFormat(code);
  const section = sections.length >= 4 ? sections[3] : sections.length === 1 && sections[0]!.tokens.some((t) => t.kind === 'text') ? sections[0] : undefined;
  if (!section) return text;
  return section.tokens.map((t) => (t.kind === 'text' ? text : t.kind === 'literal' ? t.text : '')).join('');
}

/** Whether a format shows dates or times (so a number in it is a date serial). */
export function isDateFormat(code: string): boolean {
  return parseFormat(code).some((s) => s.isDate);
}

/** Excel's General format in a default-width column. Example: 1/3 → '0.333333333'. */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e11 || abs < 1e-9) {
    let exponent = Math.floor(Math.log10(abs));
    let mantissa = roundedDigits(abs / 10 ** exponent, 5);
    if (mantissa.integer === '10') {
      exponent++;
      mantissa = roundedDigits(abs / 10 ** exponent, 5);
    }
    const fraction = mantissa.fraction.replace(/0+$/, '');
    const e = `E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    return `${sign}${mantissa.integer}${fraction ? `.${fraction}` : ''}${e}`;
  }
  const integerDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const { integer, fraction } = roundedDigits(abs, Math.max(0, 10 - integerDigits));
  const trimmed = fraction.replace(/0+$/, '');
  return `${sign}${integer}${trimmed ? `.${trimmed}` : ''}`;
}

export type FormatToken =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: string }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exponent'; plus: boolean }
  | { kind: 'text' }
  | { kind: 'date'; part: string; length: number }
  | { kind: 'elapsed'; part: string; length: number }
  | { kind: 'ampm'; text: string };

interface Section {
  tokens: FormatToken[];
  condition: ((v: number) => boolean) | undefined;
  isDate: boolean;
  general: boolean;
  fraction: boolean;
}

const cache = new Map<string, Section[]>();

function parseFormat(code: string): Section[] {
  let sections = cache.get(code);
  if (!sections) {
    sections = splitSections(code).map(parseSection);
    if (cache.size > 1000) cache.clear();
    cache.set(code, sections);
  }
  return sections;
}

/** Sections are separated by ';' outside quotes, escapes and brackets. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') i = Math.max(i, code.indexOf('"', i + 1));
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') i = Math.max(i, code.indexOf(']', i));
    else if (c === ';') {
      out.push(code.slice(start, i));
      start = i + 1;
    }
    if (i < 0) break;
  }
  out.push(code.slice(start));
  return out;
}

function parseSection(source: string): Section {
  const tokens: FormatToken[] = [];
  let condition: Section['condition'];
  let general = false;
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    const lower = c.toLowerCase();
    if (c === '"') {
      const end = source.indexOf('"', i + 1);
      literal(source.slice(i + 1, end < 0 ? source.length : end));
      i = end < 0 ? source.length : end + 1;
    } else if (c === '\\') {
      literal(source[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      literal(' ');
      i += 2;
    } else if (c === '*') {
      i += 2;
    } else if (c === '[') {
      const end = source.indexOf(']', i);
      const inner = source.slice(i + 1, end < 0 ? source.length : end);
      i = end < 0 ? source.length : end + 1;
      const elapsed = /^(h+|m+|s+)$/i.exec(inner);
      const cond = /^(<=|>=|<>|<|>|=)\s*(-?[\d.]+)$/.exec(inner);
      if (elapsed) tokens.push({ kind: 'elapsed', part: inner[0]!.toLowerCase(), length: inner.length });
      else if (cond) condition = makeCondition(cond[1]!, Number(cond[2]));
      else if (inner.startsWith('$')) literal(inner.slice(1).split('-')[0] ?? '');
    } else if (c === '0' || c === '#' || c === '?') {
      tokens.push({ kind: 'digit', char: c });
      i++;
    } else if (c === '.') {
      tokens.push({ kind: 'point' });
      i++;
    } else if (c === ',') {
      tokens.push({ kind: 'comma' });
      i++;
    } else if (c === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if (c === '@') {
      tokens.push({ kind: 'text' });
      i++;
    } else if ((c === 'E' || c === 'e') && (source[i + 1] === '+' || source[i + 1] === '-')) {
      tokens.push({ kind: 'exponent', plus: source[i + 1] === '+' });
      i += 2;
    } else if (source.slice(i, i + 7).toLowerCase() === 'general') {
      general = true;
      i += 7;
    } else if (/^(am\/pm|a\/p)/i.test(source.slice(i, i + 5))) {
      const text = /^am\/pm/i.test(source.slice(i, i + 5)) ? 'AM/PM' : 'A/P';
      tokens.push({ kind: 'ampm', text });
      i += text.length;
    } else if (source.startsWith('上午/下午', i)) {
      tokens.push({ kind: 'ampm', text: '上午/下午' });
      i += 5;
    } else if ('ymdhsa'.includes(lower) && !(lower === 'a' && source[i + 1]?.toLowerCase() !== 'a')) {
      let j = i;
      while (j < source.length && source[j]!.toLowerCase() === lower) j++;
      tokens.push({ kind: 'date', part: lower, length: j - i });
      i = j;
    } else {
      literal(c);
      i++;
    }
  }
  const isDate = tokens.some((t) => t.kind === 'date' || t.kind === 'elapsed');
  const fraction = !isDate && /[0#?]\s*\/\s*[0-9#?]/.test(source.replace(/"[^"]*"/g, ''));
  return { tokens, condition, isDate, general: general && !tokens.some((t) => t.kind === 'digit'), fraction };
}

function makeCondition(op: string, n: number): (v: number) => boolean {
  switch (op) {
    case '<':
      return (v) => v < n;
    case '<=':
      return (v) => v <= n;
    case '>':
      return (v) => v > n;
    case '>=':
      return (v) => v >= n;
    case '<>':
      return (v) => v !== n;
    default:
      return (v) => v === n;
  }
}

/** Which section shows a value, and whether the value's own sign must be shown (only the first section of one does). */
function pickSection(sections: Section[], value: number): { section: Section | undefined; signed: boolean } {
  const numeric = sections.slice(0, 3);
  if (numeric.some((s) => s.condition)) {
    const matching = numeric.findIndex((s) => s.condition?.(value));
    if (matching >= 0) return { section: numeric[matching], signed: false };
    const fallback = numeric.find((s) => !s.condition);
    return { section: fallback, signed: true };
  }
  if (numeric.length === 1) return { section: numeric[0], signed: true };
  if (value > 0 || (value === 0 && numeric.length === 2)) return { section: numeric[0], signed: false };
  if (value < 0) return { section: numeric[1], signed: false };
  return { section: numeric[2], signed: false };
}

function formatWithSection(abs: number, section: Section): string {
  const tokens = section.tokens;
  let value = abs;
  for (const t of tokens) if (t.kind === 'percent') value *= 100;
  const exponentAt = tokens.findIndex((t) => t.kind === 'exponent');
  const numberTokens = exponentAt < 0 ? tokens : tokens.slice(0, exponentAt);
  const pointAt = numberTokens.findIndex((t) => t.kind === 'point');
  const integerEnd = pointAt < 0 ? numberTokens.length : pointAt;
  const integerPlaceholders = numberTokens.slice(0, integerEnd).filter((t) => t.kind === 'digit') as { kind: 'digit'; char: string }[];
  const fractionPlaceholders = (pointAt < 0 ? [] : numberTokens.slice(pointAt + 1).filter((t) => t.kind === 'digit')) as { kind: 'digit'; char: string }[];
  const lastIntegerDigit = lastIndex(numberTokens.slice(0, integerEnd), (t) => t.kind === 'digit');
  // Commas right after the last integer digit scale by 1000 each; a comma between digits groups thousands.
  let grouping = false;
  for (let i = 0; i < integerEnd; i++) {
    if (numberTokens[i]!.kind !== 'comma') continue;
    if (i > lastIntegerDigit) value /= 1000;
    else if (i > 0 && numberTokens.slice(0, i).some((t) => t.kind === 'digit')) grouping = true;
  }
  let exponentText = '';
  if (exponentAt >= 0) {
    const step = integerPlaceholders.length > 1 && integerPlaceholders.some((p) => p.char === '#') ? integerPlaceholders.length : 1;
    let exponent = value === 0 ? 0 : Math.floor(Math.log10(value) / step) * step;
    value = value / 10 ** exponent;
    if (roundedDigits(value, fractionPlaceholders.length).integer.length > Math.max(step, 1) && value !== 0) {
      exponent += step;
      value /= 10 ** step;
    }
    const exponentToken = tokens[exponentAt] as { kind: 'exponent'; plus: boolean };
    const exponentDigits = tokens.slice(exponentAt + 1).filter((t) => t.kind === 'digit').length;
    exponentText = `E${exponent < 0 ? '-' : exponentToken.plus ? '+' : ''}${String(Math.abs(exponent)).padStart(exponentDigits, '0')}`;
  }
  const rounded = roundedDigits(value, fractionPlaceholders.length);
  const integerText = fillInteger(rounded.integer, integerPlaceholders, grouping);
  const fractionText = fillFraction(rounded.fraction, fractionPlaceholders);
  let out = '';
  let integerWritten = false;
  for (let i = 0; i < numberTokens.length; i++) {
    const t = numberTokens[i]!;
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'percent') out += '%';
    else if (t.kind === 'digit' && i < integerEnd && !integerWritten) {
      out += integerText;
      integerWritten = true;
    } else if (t.kind === 'point') {
      out += `.${fractionText}`;
    }
  }
  if (exponentAt >= 0) out += exponentText + tokens.slice(exponentAt + 1).filter((t) => t.kind === 'literal').map((t) => (t as { text: string }).text).join('');
  return out;
}

/** The integer digits laid into the placeholders: '0' pads with zeros, '?' with spaces, '#' with nothing. */
function fillInteger(digits: string, placeholders: { char: string }[], grouping: boolean): string {
  const significant = digits === '0' ? '' : digits;
  let pad = '';
  for (let i = 0; i < placeholders.length - significant.length; i++) {
    const c = placeholders[i]!.char;
    pad += c === '0' ? '0' : c === '?' ? ' ' : '';
  }
  const out = pad + significant;
  return grouping ? out.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : out;
}

/** Fraction digits: trailing zeros are dropped for '#' and become spaces for '?'. */
function fillFraction(digits: string, placeholders: { char: string }[]): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0 && chars[i] === '0'; i--) {
    const p = placeholders[i]!.char;
    if (p === '0') break;
    chars[i] = p === '?' ? ' ' : '';
  }
  return chars.join('');
}

function lastIndex<T>(items: T[], test: (t: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
