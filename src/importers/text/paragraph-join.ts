/**
 * When two pieces of text separated by a blank line are one paragraph broken
 * at a page end. PDF extraction puts a blank line at every page break, even in
 * the middle of a sentence ("…全年执行数为 401.95 万" / "元；…"). A piece
 * continues the previous one when the previous does not end a sentence and
 * is not itself a heading, and the next does not start a numbered item.
 */
const SENTENCE_END_MARKS = '。！？；：!?;:…';
const CLOSING_MARKS = '"”’』」)）';
const NUMBERED_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十\d]+[条章节部分]|[-•·●▪]\s|附件|[一二三四五六七八九十]是)/;

/** A title ends with the name of the document: "…部门整体支出绩效自评报告". */
const TITLE_END = /(报告|自评表|评价表)$/;

/**
 * A field of a cover page or a page's head ("部门(单位)名称: X", "评价方式:部门绩效自评",
 * "发布时间：2023-12-05"): a short label, a colon, a value. Such lines end no
 * sentence, yet each stands alone. Not the 其中： or 包括： that continue a sentence.
 */
const FIELD_LINE = /^\s*(?!其中|包括|主要|如下|分别|具体|即)[\u4e00-\u9fff][\u4e00-\u9fff\s（）()、]{1,12}[:：]\s*\S/;

export function continuesParagraph(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  if (prev === '' || endsSentence(prev)) return false;
  if (looksLikeHeading(prev) || (prev.length <= 60 && TITLE_END.test(prev))) return false;
  if (NUMBERED_START.test(next)) return false;
  // Between two short phrases with no clause in them (a title, a field), not in a sentence cut at a page end ("…613万元,补" / "助情况:…").
  if (prev.length <= 60 && !CLAUSE_MARK.test(prev) && (FIELD_LINE.test(prev) || FIELD_LINE.test(next))) return false;
  return true;
}

const CLAUSE_MARK = /[，,、；;。]/;

/** Ends with a sentence-end mark, perhaps followed by closing quotes and brackets (read from the end: a paragraph can be long). */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSING_MARKS.includes(text.charAt(i))) i--;
  return i >= 0 && SENTENCE_END_MARKS.includes(text.charAt(i));
}

/** A short numbered line ("一、单位基本情况", "1. 主要职能") is a heading, whatever its markup; one with a comma is a sentence cut short. */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 40 && NUMBERED_START.test(text) && !/[。；;！？][^。]|[，,]/.test(text);
}

/** Joins two pieces: nothing between CJK characters (or CJK and digits), a space between Latin words. */
export function joinPieces(a: string, b: string): string {
  const last = a.charAt(a.length - 1);
  const first = b.charAt(0);
  if (/[A-Za-z]/.test(last) && /[A-Za-z]/.test(first)) return `${a} ${b}`;
  return a + b;
}

const PAGE_NUMBER_START = /^[\s\d第—–-]/;

/** A line that is only a page number ("3", "- 3 -", "第 3 页", "第3页 共12页"). */
export function isPageNumber(line: string): boolean {
  // Only a line starting with a space, a digit, a dash or 第 can be one: most lines are decided at their first character.
  if (!PAGE_NUMBER_START.test(line)) return false;
  return /^\s*(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?\s*$/.test(line) || /^\s*第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?\s*$/.test(line) || /^\s*\d+\s*\/\s*\d+\s*$/.test(line);
}
