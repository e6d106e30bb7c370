import type { SourceBlock, SourceDocument } from '../source-document.js';
import { cleanText } from '../text/html-fragments.js';
import { parseHtmlTable } from '../text/html-table.js';
import { lineLocator } from '../text/line-index.js';

/**
 * Reads an HTML document (a report saved as a web page, or published as one):
 * headings h1–h6, paragraphs (p, div, li, blockquote), and tables with their
 * merged cells resolved. The head, scripts, styles and comments are dropped.
 * Each block keeps the line of the file it starts on.
 */
const BLOCK = /<(h[1-6]|p|div|li|blockquote|table|caption|br)\b[^>]*>/gi;

export function looksLikeHtmlDocument(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.slice(0, 512));
}

export function readHtml(text: string, file: string): SourceDocument {
  const lineOf = lineLocator(text);
  const body = blankOut(text, /<head\b[\s\S]*?<\/head>|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi);
  const blocks: SourceBlock[] = [];
  let tableIndex = 0;
  let pos = 0;
  const flushText = (from: number, to: number, tag: string) => {
    const raw = body.slice(from, to);
    const t = cleanText(raw.replace(/\s*\n\s*/g, ' '));
    if (t === '') return;
    const at = { file, line: lineOf(from + leading(raw)) };
    const heading = /^h([1-6])$/i.exec(tag);
    blocks.push(heading ? { kind: 'heading', level: Number(heading[1]), text: t, at } : { kind: 'paragraph', text: t, at });
  };
  let openTag = 'p';
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(body); m !== null; m = BLOCK.exec(body)) {
    const tag = (m[1] ?? '').toLowerCase();
    flushText(pos, m.index, openTag);
    if (tag === 'table') {
      const end = tableEnd(body, m.index);
      const html = body.slice(m.index, end);
      const grid = parseHtmlTable(html);
      if (grid.length > 0) {
        tableIndex++;
        const ti = tableIndex;
        blocks.push({
          kind: 'table',
          at: { file, line: lineOf(m.index), table: ti },
          rows: grid.map((r, ri) => r.map((c, ci) => ({ text: c.text, at: { file, line: lineOf(m.index + c.offset), table: ti, row: ri + 1, column: ci + 1 } }))),
        });
      }
      pos = end;
      BLOCK.lastIndex = end;
      openTag = 'p';
      continue;
    }
    pos = m.index + m[0].length;
    openTag = tag === 'br' ? openTag : tag;
  }
  flushText(pos, body.length, openTag);
  return { file, format: 'html', blocks, notes: [], readerFindings: [] };
}

/** The end of the table starting at `start`, nested tables included. */
function tableEnd(html: string, start: number): number {
  const re = /<(\/?)table\b[^>]*>/gi;
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** Replaces matches by spaces (keeping newlines), so offsets and lines stay those of the file. */
function blankOut(text: string, re: RegExp): string {
  return text.replace(re, (m) => m.replace(/[^\n]/g, ' '));
}

function leading(s: string): number {
  const m = /\S/.exec(s);
  return m ? m.index : 0;
}
