import { memo } from '../../core/util/memo.js';

/**
 * Figures as table cells hold them, turned into the model's canonical strings.
 * Tolerates what real forms contain: thousands separators, full-width digits
 * and signs, a unit written into the cell ("70万元"), blanks written as
 * "—", "-", "/" or "无".
 */
const FULL_WIDTH = /[０-９．，－＋％]/g;
const NEEDS_HALF_WIDTH = /[０-９．，－＋％−–]/;

export function halfWidth(s: string): string {
  if (!NEEDS_HALF_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, '-');
}

const BLANK = /^(?:[-—–/\\、]+|无|空|\s*)$/;
const AMOUNT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/;

/** A plain decimal number ("6,971.10" → "6971.10", "70万元" → "70"); null for blanks and text. */
export const parseAmount = memo(amount);

function amount(text: string): string | null {
  const t = halfWidth(text).replace(/[\s\u3000]/g, '').replace(/(万元|元|分|人|个)$/, '');
  if (BLANK.test(t)) return null;
  if (!AMOUNT.test(t)) return null;
  return canonical(t.replace(/,/g, ''));
}

/**
 * A rate ("94.00%" → "94.00%"); a bare number in a rate column is read as a
 * ratio when it is at most 1.5 and has decimals ("0.9446" → "94.46%"),
 * otherwise as percent ("100" → "100%").
 */
export function parseRate(text: string): string | null {
  const t = halfWidth(text).replace(/[\s\u3000]/g, '');
  if (BLANK.test(t)) return null;
  const m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return `${canonical(m[1] ?? '')}%`;
  if (!AMOUNT.test(t)) return null;
  const n = t.replace(/,/g, '');
  if (n.includes('.') && Math.abs(Number(n)) <= 1.5) return `${shiftPercent(n)}%`;
  return `${canonical(n)}%`;
}

/** "0.9446" → "94.46", keeping every digit (the exact value, not a rounded one). */
function shiftPercent(n: string): string {
  const neg = n.startsWith('-');
  const [int = '0', frac = ''] = n.replace(/^[+-]/, '').split('.');
  const padded = frac.padEnd(2, '0');
  const whole = `${int}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  return `${neg ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

function canonical(n: string): string {
  let s = n.startsWith('+') ? n.slice(1) : n;
  if (s.startsWith('.')) s = `0${s}`;
  s = s.replace(/^(-?)0+(?=\d)/, '$1');
  return s === '-0' ? '0' : s;
}

/** A label cell without decoration: spaces, trailing colons, "其中:" prefix kept apart. */
export const labelOf = memo((text: string): string => halfWidth(text).replace(/[\s\u3000]+/g, '').replace(/[:：]+$/, ''));
