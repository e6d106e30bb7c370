import type { SourceBlock, TextSegment } from '../source-document.js';
import { alignedTables } from './aligned-tables.js';
import type { PageTable } from './grid-text.js';
import { headingLevel, measureBody } from './headings.js';
import type { PageLayout } from './page-layout.js';
import { findFurniture } from './page-furniture.js';
import { measureColumn, startsParagraph, type TextColumn } from './paragraph-breaks.js';
import { appendTable, continues, startTable, type JoinedTable } from './table-continuation.js';
import { joinBrokenLines } from './text-join.js';
import type { TextLine } from './text-lines.js';

/**
 * Turns laid-out pages into the blocks of a SourceDocument: drops page
 * headers, footers and numbers; finds unruled tables; joins lines into
 * paragraphs and headings, also across page ends; joins tables broken by a
 * page end; numbers the tables and attaches provenance.
 */
export function layoutDocument(pages: readonly PageLayout[], file: string): SourceBlock[] {
  const furniture = findFurniture(pages);
  const pageItems = pages.map((p, i) => pageItemsOf(p, furniture[i]!));
  const allLines = pageItems.flatMap((items) => items.flatMap((it) => (it.kind === 'line' ? [it.line] : [])));
  const body = measureBody(allLines);
  const documentColumn = measureColumn(allLines) ?? { left: 0, right: 0, pitch: 1.5 };
  const columns = pageItems.map((items) => measureColumn(items.flatMap((it) => (it.kind === 'line' ? [it.line] : [])), documentColumn) ?? documentColumn);

  const bodyBottoms = lowestContent(pages, pageItems);

  const drafts: Draft[] = [];
  pageItems.forEach((items, p) => {
    const page = pages[p]!.page;
    items.forEach((item, index) => {
      const last = drafts[drafts.length - 1];
      const opensPage = index === 0;
      if (item.kind === 'line') {
        const placed: PlacedLine = { line: item.line, page, column: columns[p]! };
        if (last?.kind === 'text') {
          const prev = last.lines[last.lines.length - 1]!;
          const samePage = prev.page === page;
          // Only the last line of one page may run on into the first line of the next.
          if ((samePage || (opensPage && prev.page === pages[p - 1]?.page)) && !startsParagraph(prev.line, item.line, prev.column, placed.column, samePage, body.size)) {
            last.lines.push(placed);
            return;
          }
        }
        drafts.push({ kind: 'text', lines: [placed] });
        return;
      }
      if (last?.kind === 'table' && opensPage && last.lastPage === pages[p - 1]?.page && continues(last.table, item.table)) {
        last.table = appendTable(last.table, item.table, bodyBottoms.get(sizeKey(pages[p - 1]!)));
        last.lastPage = page;
        return;
      }
      drafts.push({ kind: 'table', table: startTable(item.table), lastPage: page });
    });
  });

  let tableIndex = 0;
  return drafts.map((draft): SourceBlock => {
    if (draft.kind === 'table') {
      tableIndex++;
      return tableBlock(draft.table, file, tableIndex);
    }
    return textBlock(draft.lines, file, body);
  });
}

type PageItem = { kind: 'line'; line: TextLine; top: number } | { kind: 'table'; table: PageTable; top: number };

interface PlacedLine {
  line: TextLine;
  page: number;
  column: TextColumn;
}

type Draft = { kind: 'text'; lines: PlacedLine[] } | { kind: 'table'; table: JoinedTable; lastPage: number };

function sizeKey(page: PageLayout): string {
  return `${Math.round(page.width)}x${Math.round(page.height)}`;
}

/** The lowest content (text or table) on pages of each size: where the text area ends, near enough. */
function lowestContent(pages: readonly PageLayout[], items: readonly PageItem[][]): Map<string, number> {
  const out = new Map<string, number>();
  pages.forEach((page, i) => {
    const bottoms = items[i]!.map((it) => (it.kind === 'line' ? it.line.bottom : it.table.box.bottom));
    if (bottoms.length === 0) return;
    const key = sizeKey(page);
    out.set(key, Math.max(out.get(key) ?? -Infinity, ...bottoms));
  });
  return out;
}

/** A page's lines (without furniture) and tables, ruled and unruled, top to bottom. */
function pageItemsOf(page: PageLayout, furniture: Set<TextLine>): PageItem[] {
  const lines = page.lines.filter((l) => !furniture.has(l));
  const { tables, rest } = alignedTables(page.page, lines);
  const items: PageItem[] = [
    ...rest.map((line) => ({ kind: 'line' as const, line, top: line.top })),
    ...[...page.tables, ...tables].map((table) => ({ kind: 'table' as const, table, top: table.box.top })),
  ];
  return items.sort((a, b) => a.top - b.top);
}

function textBlock(lines: readonly PlacedLine[], file: string, body: ReturnType<typeof measureBody>): SourceBlock {
  let text = '';
  const segments: TextSegment[] = [];
  for (const placed of lines) {
    const joined = joinBrokenLines(text, placed.line.text);
    if (segments.length === 0 || segments[segments.length - 1]!.at.page !== placed.page) {
      segments.push({ offset: joined.length - placed.line.text.length, at: { file, page: placed.page } });
    }
    text = joined;
  }
  const at = { file, page: lines[0]!.page };
  const level = headingLevel(lines.map((l) => l.line), text, body);
  if (level !== undefined) return { kind: 'heading', level, text, at };
  return segments.length > 1 ? { kind: 'paragraph', text, at, segments } : { kind: 'paragraph', text, at };
}

function tableBlock(table: JoinedTable, file: string, index: number): SourceBlock {
  const rows = table.rows.map((row, r) => row.cells.map((text, c) => ({ text, at: { file, page: row.page, table: index, row: r + 1, column: c + 1 } })));
  return { kind: 'table', rows, at: { file, page: table.rows[0]?.page ?? 1, table: index } };
}
