import { memo } from '../../core/util/memo.js';
import type { SourceCell } from '../source-document.js';
import { halfWidth, labelOf, parseAmount, parseRate } from './cell-values.js';

/**
 * What the text of a table cell is, worked out once per distinct text. Every
 * row is looked at by several readers (is it an anchor, a signature, a remark,
 * a header, a level name, a figure?); asking each question of the same few
 * hundred texts again on every row and in every table was most of the cost of
 * reading a report's tables. The logical tables read each cell's text once
 * (LogicalTable.cells) and every reader after them uses it. Each fact is
 * computed when first asked.
 */
export class CellText {
  /** The text trimmed; '' when the cell is empty or only fills space ("……", "—", "/"). */
  readonly content: string;
  /** Nothing but spaces. */
  readonly blank: boolean;
  /** Holds a word only an indicator header has (指标值, 实际完成值, 度量单位 …). */
  readonly headerWord: boolean;
  #label: string | undefined;
  #amount: string | null | undefined;
  #rate: string | null | undefined;
  #percent: boolean | undefined;
  #notApplicable: boolean | undefined;
  #level: LevelReading | undefined;
  /** Answers by question slot (see question). */
  #answers: unknown[] | undefined;

  constructor(readonly text: string) {
    const t = text.trim();
    this.blank = t === '';
    this.content = FILLER.test(t) ? '' : t;
    this.headerWord = hasHeaderWord(text);
  }

  /** The text as a label: spaces and trailing colons dropped, half-width figures (labelOf). */
  get label(): string {
    return (this.#label ??= labelOf(this.text));
  }

  /** The text as a plain decimal number, or null (parseAmount; the same for the text and its content). */
  get amount(): string | null {
    if (this.#amount === undefined) this.#amount = parseAmount(this.content);
    return this.#amount;
  }

  /** The text as a rate ("94.00%", "0.9446" → "94.46%"), or null (parseRate). */
  get rate(): string | null {
    if (this.#rate === undefined) this.#rate = parseRate(this.text);
    return this.#rate;
  }

  /** Marks its field as not applicable: "/", "—", "－", "不适用" (not "……", which a template leaves to be filled). */
  get notApplicable(): boolean {
    return (this.#notApplicable ??= !this.blank && NOT_APPLICABLE.test(this.text.trim()));
  }

  /** Holds a percent sign, half or full width. */
  get percent(): boolean {
    return (this.#percent ??= this.text.includes('%') || this.text.includes('％'));
  }

  /** The content as a level name: 一级, 二级, a bare 二级 word, 成本指标, or none. */
  get level(): LevelReading {
    return (this.#level ??= levelOf(this.content));
  }

  /** A reader's own question about the text (what a label names in a funds table, say), answered once per text. */
  ask<T>(question: Question<T>): T {
    const answers = (this.#answers ??= new Array<unknown>(questions));
    let answer = answers[question.slot] as T | undefined;
    if (answer === undefined) {
      answer = question.answer(this);
      answers[question.slot] = answer;
    }
    return answer as T;
  }
}

/**
 * A question about a cell's text alone, asked through CellText.ask: made once
 * at module level by `question`, so that its answers can be kept. Each has a
 * slot of its own among a text's answers, an array index being much cheaper
 * to look up on every cell of every row than a Map keyed by the question.
 */
export interface Question<T> {
  readonly slot: number;
  /** The answer; never undefined (which stands for "not asked yet"). */
  readonly answer: (cell: CellText) => T;
}

/** How many questions there are: the slots each text's answers have. */
let questions = 0;

export function question<T>(answer: (cell: CellText) => T): Question<T> {
  return { slot: questions++, answer };
}

/**
 * The OR over a row's cells of a question whose answer is bits (the words a
 * text holds, say): a row holds a word when one of its cells does. Asked once
 * per text, the bits spare the rows that lack a word a look at each cell.
 */
export function rowBits(cells: readonly CellText[], bits: Question<number>): number {
  let found = 0;
  for (let i = 0; i < cells.length; i++) found |= (cells[i] as CellText).ask(bits);
  return found;
}

/** What a form writes in a cell that does not apply to a row. */
const NOT_APPLICABLE = /^(?:[/／\\—－\-─]+|不适用)$/;

/** Cells that only fill space: "……", "—", "/". */
const FILLER = /^[.…·—\-－_/、\s]+$/;

/** Words only a header row holds; checked on the raw text first, since almost no row is a header. */
const HEADER_WORD = /级指标|指标值|指标名称|完成值|实际值|指标性质|度量单位|计量单位/;

/**
 * Does a text hold a word only an indicator header has? Every such word holds
 * 指标, 完成值, 实际值 or 量单位; looking for those plainly first spares the
 * alternation, slow over the long goal texts of a row, on most rows.
 */
function hasHeaderWord(text: string): boolean {
  return (text.includes('指标') || text.includes('完成值') || text.includes('实际值') || text.includes('量单位')) && HEADER_WORD.test(text);
}

const LEVEL1 = /^(产出|效益|满意度|效果|影响|管理|履职|投入|过程)指标$/;
const LEVEL2 = /^(数量|质量|时效|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本|生态环境|生态成本|环境成本)指标$/;
/** Without the word 指标, a 二级 name counts only in the 二级 column itself. */
const LEVEL2_BARE = /^(数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)$/;
const WEIGHT_IN_LABEL = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/;
/** A name has at least two characters of Chinese; a piece of a merged cell cut at a page end ("分）") has not. */
const TWO_HAN = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/;

export interface LevelReading {
  /** The name without spaces or a weight written after it: "产出指标 (20分)" → "产出指标". */
  name: string;
  /** The weight written after the name ("20"), if any. */
  weight: string | null;
  /** 1, 2, a bare 二级 word, 成本指标 (either level), or none. */
  kind: 1 | 2 | 'bare2' | 'cost' | null;
  /** Whether the name could be a level's at all, wherever it stands. */
  named: boolean;
}

function levelOf(text: string): LevelReading {
  const t = halfWidth(text).replace(/[\s\u3000]+/g, '');
  const m = WEIGHT_IN_LABEL.exec(t);
  const name = m ? t.slice(0, m.index) : t;
  const weight = m ? (m[1] ?? null) : null;
  const named = TWO_HAN.test(name);
  if (name === '') return { name, weight, kind: null, named };
  if (LEVEL1.test(name)) return { name, weight, kind: 1, named };
  if (name === '成本指标' || name === '成本') return { name, weight, kind: 'cost', named };
  if (LEVEL2.test(name)) return { name, weight, kind: 2, named };
  return { name, weight, kind: LEVEL2_BARE.test(name) ? 'bare2' : null, named };
}

/** The facts of an empty cell, shared: most cells of a form are empty. */
const EMPTY = new CellText('');

const cellText = memo((text: string) => new CellText(text));

/** The cells of a row as texts read once. */
export function cellTexts(row: readonly SourceCell[]): CellText[] {
  const out = new Array<CellText>(row.length);
  for (let i = 0; i < row.length; i++) {
    const text = (row[i] as SourceCell).text;
    out[i] = text === '' ? EMPTY : cellText(text);
  }
  return out;
}

/**
 * Memoises a pure function of a row's texts for the last few rows it was
 * asked about: the tables of a report repeat their header rows, so working a
 * header out once serves every table after it. A few rows, not one, since a
 * report's department and project tables head their funds with different
 * rows, and each report of a batch asks for both again. Rows are the same
 * when they hold the same CellText objects, as each distinct text has one
 * (cellTexts). The result is shared and must not be changed.
 */
export function recentRowMemo<T>(fn: (cells: readonly CellText[]) => T, size = 4): (cells: readonly CellText[]) => T {
  // Most recent first.
  const rows: (readonly CellText[])[] = [];
  const results: T[] = [];
  return (cells) => {
    for (let k = 0; k < rows.length; k++) if (sameTexts(rows[k] as readonly CellText[], cells)) return results[k] as T;
    const result = fn(cells);
    if (rows.length === size) {
      rows.pop();
      results.pop();
    }
    rows.unshift(cells);
    results.unshift(result);
    return result;
  };
}

function sameTexts(a: readonly CellText[], b: readonly CellText[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
