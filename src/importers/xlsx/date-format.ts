import type { FormatToken } from './number-format.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const CHINESE_DAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Parts of an Excel date serial (days since 1900-01-00, with Excel's fictitious 1900-02-29). */
export function serialToParts(serial: number, date1904: boolean): { year: number; month: number; day: number; weekday: number; seconds: number } {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days++;
    seconds -= 86400;
  }
  if (!date1904 && days === 60) return { year: 1900, month: 2, day: 29, weekday: 3, seconds };
  // Days since 1899-12-31 (1900 system, before the fictitious leap day) or 1904-01-01.
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const offset = !date1904 && days > 60 ? days - 1 : days;
  const date = new Date(base + offset * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay(), seconds };
}

/** The serial of a date given as ISO 8601 (cells of type d). Example: '2023-12-31' → 45291. */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) return undefined;
  const days = (ms - Date.UTC(1899, 11, 30)) / 86400000;
  if (date1904) return days - 1462;
  return days < 61 ? days - 1 : days;
}

/**
 * Formats a date serial with the tokens of a date section. Returns undefined
 * for a serial Excel cannot show as a date (negative).
 * Example: 45291 with 'yyyy"年"m"月"d"日"' → '2023年12月31日'.
 */
export function formatDate(serial: number, tokens: FormatToken[], date1904: boolean): string | undefined {
  if (serial < 0) return undefined;
  const p = serialToParts(serial, date1904);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const hours = Math.floor(p.seconds / 3600);
  const minutes = Math.floor((p.seconds % 3600) / 60);
  const secs = p.seconds % 60;
  const dateTokens = tokens.filter((t) => t.kind === 'date' || t.kind === 'elapsed');
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'digit') out += '0';
    else if (t.kind === 'point') out += '.';
    else if (t.kind === 'ampm') out += ampm(t.text, hours);
    else if (t.kind === 'elapsed') {
      const total = t.part === 'h' ? Math.floor(serial * 24) : t.part === 'm' ? Math.floor(serial * 1440) : Math.floor(serial * 86400);
      out += String(total).padStart(t.length, '0');
    } else if (t.kind === 'date') {
      const k = dateTokens.indexOf(t);
      const minute = t.part === 'm' && t.length <= 2 && (isHour(dateTokens[k - 1]) || isSecond(dateTokens[k + 1]));
      out += datePart(t.part, t.length, p, { hours: twelveHour ? ((hours + 11) % 12) + 1 : hours, minutes, secs, minute });
    }
  }
  return out;
}

function isHour(t: FormatToken | undefined): boolean {
  return (t?.kind === 'date' || t?.kind === 'elapsed') && t.part === 'h';
}

function isSecond(t: FormatToken | undefined): boolean {
  return (t?.kind === 'date' || t?.kind === 'elapsed') && t.part === 's';
}

function ampm(style: string, hours: number): string {
  const pm = hours >= 12;
  if (style === '上午/下午') return pm ? '下午' : '上午';
  if (style === 'A/P') return pm ? 'P' : 'A';
  return pm ? 'PM' : 'AM';
}

function datePart(
  part: string,
  length: number,
  p: { year: number; month: number; day: number; weekday: number },
  time: { hours: number; minutes: number; secs: number; minute: boolean },
): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  switch (part) {
    case 'y':
      return length <= 2 ? two(p.year % 100) : String(p.year);
    case 'm':
      if (time.minute) return length === 1 ? String(time.minutes) : two(time.minutes);
      if (length === 1) return String(p.month);
      if (length === 2) return two(p.month);
      if (length === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      if (length === 5) return MONTHS[p.month - 1]![0]!;
      return MONTHS[p.month - 1]!;
    case 'd':
      if (length === 1) return String(p.day);
      if (length === 2) return two(p.day);
      if (length === 3) return DAYS[p.weekday]!.slice(0, 3);
      return DAYS[p.weekday]!;
    case 'a':
      return (length === 3 ? '周' : '星期') + CHINESE_DAYS[p.weekday];
    case 'h':
      return length === 1 ? String(time.hours) : two(time.hours);
    case 's':
      return length === 1 ? String(time.secs) : two(time.secs);
    default:
      return '';
  }
}
