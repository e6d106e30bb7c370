/**
 * Text of the HTML fragments that PDF-to-text tools leave in reports
 * (`<b>`, `<p>`, `<sup>2</sup>`, `&nbsp;`): tags removed, paragraph breaks
 * kept as "\n", superscript 2 and 3 as ² and ³ (m² is the only use seen).
 */
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', middot: '·', ldquo: '“', rdquo: '”', hellip: '…', mdash: '—', ndash: '–', times: '×', divide: '÷', ge: '≥', le: '≤' };

const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³' };

const SUP_OPEN = /<sup>/i;
const P_CLOSE = /<\/p>/i;
const BR_OPEN = /<br/i;

export function stripHtml(s: string): string {
  if (s.indexOf('<') < 0 && s.indexOf('&') < 0) return s;
  let out = s;
  // Each rewrite only when the text holds what it starts with (a test is several times cheaper than a replace).
  if (out.indexOf('<') >= 0) {
    if (SUP_OPEN.test(out)) out = out.replace(/<sup>\s*([23])\s*<\/sup>/gi, (_m, d: string) => SUPERSCRIPTS[d] ?? d);
    if (P_CLOSE.test(out)) out = out.replace(/<\/p>\s*<p[^>]*>/gi, '\n');
    if (BR_OPEN.test(out)) out = out.replace(/<br\s*\/?>/gi, '\n');
    out = out.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  }
  if (out.indexOf('&') >= 0) out = decodeEntities(out);
  return out;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Markdown emphasis around a whole line or inside it: "**三、…**" → "三、…". */
export function stripMarkdownEmphasis(s: string): string {
  const out = s.includes('**') ? withoutBold(s) : s;
  return out.includes('__') ? out.replace(/__([^_]+)__/g, '$1') : out;
}

/** Bold: "**…**" with no star inside. */
const BOLD = /\*\*([^*]*)\*\*/g;

/**
 * Each bold stretch replaced by its text, as replacing BOLD by '$1' does. A
 * bold heading ("### **三、…**") is bold from end to end with no other star:
 * its text is cut out without the pattern.
 */
export function withoutBold(s: string): string {
  if (s.length >= 4 && s.startsWith('**') && s.indexOf('*', 2) === s.length - 2 && s.endsWith('**')) return s.slice(2, -2);
  return s.replace(BOLD, '$1');
}

/** A cell's or line's text as a reader sees it: HTML and emphasis removed, spaces collapsed, trimmed. */
export function cleanText(s: string): string {
  // Most texts have nothing to clean but their edge spaces.
  if (!MORE_THAN_TRIM_IN_CELL.test(s)) return trimCell(s);
  // Each rewrite only when it would change something: most texts here only lose their emphasis or edge spaces.
  let out = stripMarkdownEmphasis(stripHtml(s));
  if (SPACES_TO_COLLAPSE.test(out)) out = out.replace(/[ \t\u00a0\u3000]+/g, ' ');
  if (out.includes('\n')) out = out.replace(/ *\n */g, '\n');
  return out.trim();
}

/** A run of spaces that is not a single plain space. */
const SPACES_TO_COLLAPSE = /[\t\u00a0\u3000]| {2}/;

/** What cleanText does more with than trimming within a line, besides doubled spaces: markup, entities, emphasis, wide spaces. */
const MARKUP_OR_WIDE_SPACE = '<&*_\\u00a0\\u3000';
/** What it does more with in a line or a tab-separated row (whose tabs separate its cells), or in any text: a line break too. */
const MORE_THAN_TRIM = new RegExp(`[\\n${MARKUP_OR_WIDE_SPACE}]| {2}`);
/** What it does more with in a cell, where a tab is a wide space. */
const MORE_THAN_TRIM_IN_CELL = new RegExp(`[\\t\\n${MARKUP_OR_WIDE_SPACE}]| {2}`);
/** What it does more with in a line, searched for across a whole text cut into lines. */
const MORE_THAN_TRIM_IN_LINES = new RegExp(`[${MARKUP_OR_WIDE_SPACE}]| {2}`, 'g');

/**
 * Whether a line, and every cell of it if it is a tab-separated row, is clean
 * once trimmed: cleanText(x) === x.trim(). One test of the line instead of one
 * per cell, as most rows hold plain figures and names and most lines plain text.
 */
export function onlyTrimNeeded(row: string): boolean {
  return !MORE_THAN_TRIM.test(row);
}

/**
 * onlyTrimNeeded of each line of a text cut at "\n" (`lines` = text.split('\n')).
 * The text is searched from line to line for the next place needing more than a
 * trim: a report has a few such lines among hundreds, so a handful of searches
 * replace one call of the pattern per line.
 */
export function plainLines(text: string, lines: readonly string[]): boolean[] {
  const plain: boolean[] = new Array<boolean>(lines.length);
  let next = -1;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (next < start) next = moreThanTrimFrom(text, start);
    const end = start + (lines[i] as string).length;
    plain[i] = next >= end;
    start = end + 1;
  }
  return plain;
}

/** Where the first match of MORE_THAN_TRIM_IN_LINES at or after `from` starts; the text's length when there is none. */
function moreThanTrimFrom(text: string, from: number): number {
  MORE_THAN_TRIM_IN_LINES.lastIndex = from;
  const m = MORE_THAN_TRIM_IN_LINES.exec(text);
  return m === null ? text.length : m.index;
}

/** cleanText of a cell of a row for which onlyTrimNeeded holds: the cell trimmed, unless both its ends are plainly not spaces. */
export function trimCell(cell: string): string {
  if (cell === '' || !(maybeSpace(cell.charCodeAt(0)) || maybeSpace(cell.charCodeAt(cell.length - 1)))) return cell;
  return cell.trim();
}

/** True for every character trim() removes (and a few more): a cheap test that lets nearly every cell skip the call. */
function maybeSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x1680 && code <= 0x3000) || code === 0xfeff;
}
