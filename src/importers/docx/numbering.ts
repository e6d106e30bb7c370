import { CLOSE, END, OPEN, XmlScanner } from '../zip/xml-scanner.js';

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** What follows the number: 'tab' (default), 'space' or 'nothing'. */
  suffix: string;
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

/**
 * Automatic paragraph numbers (word/numbering.xml) as the reader sees them,
 * counted in document order. Chinese reports number their sections this way
 * ("一、", "（一）", "1."), so the label is part of the text.
 *
 * Example: a level with numFmt chineseCounting and lvlText "%1、" gives "一、",
 * then "二、" for the next paragraph of that list.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, LevelDefinition>>();
  private readonly instances = new Map<string, NumberingInstance>();
  /** Counters per abstract numbering (lists sharing a definition continue each other), per level. */
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(xml: string | undefined) {
    if (xml !== undefined) this.parse(new XmlScanner(xml));
  }

  /** Counts one paragraph of a list and returns its label with what follows it, or undefined. */
  next(numId: string, level: number): { label: string; suffix: string } | undefined {
    const instance = this.instances.get(numId);
    if (!instance || numId === '0') return undefined;
    const definition = (l: number): LevelDefinition | undefined => instance.levelOverrides.get(l) ?? this.abstracts.get(instance.abstractId)?.get(l);
    const own = definition(level);
    if (!own) return undefined;
    let counters = this.counters.get(instance.abstractId);
    if (!counters || (!this.started.has(numId) && instance.startOverrides.size > 0)) {
      counters = [];
      this.counters.set(instance.abstractId, counters);
    }
    this.started.add(numId);
    const startOf = (l: number): number => instance.startOverrides.get(l) ?? definition(l)?.start ?? 1;
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level]! + 1;
    counters.length = level + 1; // deeper levels restart
    if (own.format === 'bullet' || own.format === 'none') return { label: '', suffix: '' };
    const label = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? startOf(l);
      const format = own.legal && l !== level ? 'decimal' : (definition(l)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return { label, suffix: own.suffix };
  }

  private parse(s: XmlScanner): void {
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t !== OPEN || s.selfClosing) continue;
      if (s.name === 'abstractNum') {
        const id = s.attr('abstractNumId') ?? '';
        const levels = new Map<number, LevelDefinition>();
        this.readLevels(s, levels, undefined);
        this.abstracts.set(id, levels);
      } else if (s.name === 'num') {
        const id = s.attr('numId') ?? '';
        const instance: NumberingInstance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
        this.readLevels(s, instance.levelOverrides, instance);
        this.instances.set(id, instance);
      }
    }
  }

  /** Reads w:lvl children (and, inside a w:num, the abstract id and overrides) through the element's CLOSE. */
  private readLevels(s: XmlScanner, levels: Map<number, LevelDefinition>, instance: NumberingInstance | undefined): void {
    let level: LevelDefinition | undefined;
    let overrideLevel = 0;
    for (let depth = 1; depth > 0; ) {
      const t = s.next();
      if (t === END) return;
      if (t === CLOSE) {
        depth--;
        continue;
      }
      if (t !== OPEN) continue;
      const name = s.name;
      if (name === 'lvl') {
        level = { start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false };
        levels.set(toInt(s.attr('ilvl')) ?? (instance ? overrideLevel : 0), level);
      } else if (name === 'lvlOverride') overrideLevel = toInt(s.attr('ilvl')) ?? 0;
      else if (name === 'startOverride') instance?.startOverrides.set(overrideLevel, toInt(s.attr('val')) ?? 1);
      else if (name === 'abstractNumId' && instance) instance.abstractId = s.attr('val') ?? '';
      else if (level && name === 'start') level.start = toInt(s.attr('val')) ?? 1;
      else if (level && name === 'numFmt') level.format = s.attr('val') ?? 'decimal';
      else if (level && name === 'lvlText') level.text = s.attr('val') ?? '';
      else if (level && name === 'suff') level.suffix = s.attr('val') ?? 'tab';
      else if (level && name === 'isLgl') level.legal = s.attr('val') !== '0' && s.attr('val') !== 'false';
      if (name === 'pPr' || name === 'rPr') s.skip();
      else if (!s.selfClosing) depth++;
    }
  }
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** A list number in one of Word's formats. Example: formatNumber(12, 'chineseCounting') is '十二'. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12] ?? String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
function chineseNumber(n: number, digits: string, units: string[]): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (d === 1 && unit === units[1] && out === '' ? '' : digits[d]) + unit;
  });
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** 1 → A, 26 → Z, 27 → AA (Word repeats the letter). */
function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function toInt(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
