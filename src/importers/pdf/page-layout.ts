import type { PageContent } from './geometry.js';
import type { PageTable } from './grid-text.js';
import { ruledTables } from './ruled-tables.js';
import { groupLines, type TextLine } from './text-lines.js';
import { countUnreadable } from './text-normalize.js';

/** A page split into its ruled tables and the text lines outside them. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  tables: PageTable[];
  /** Lines outside ruled tables, top to bottom. */
  lines: TextLine[];
  hasText: boolean;
  hasImages: boolean;
  /** Characters of the page's text, and how many of them are unreadable (see countUnreadable). */
  chars: number;
  unreadable: number;
}

export function layoutPage(content: PageContent): PageLayout {
  const { tables, rest } = ruledTables(content);
  return {
    page: content.page,
    width: content.width,
    height: content.height,
    tables,
    lines: groupLines(rest),
    hasText: content.runs.length > 0,
    hasImages: content.hasImages,
    chars: content.runs.reduce((n, r) => n + r.text.length, 0),
    unreadable: content.runs.reduce((n, r) => n + countUnreadable(r.text), 0),
  };
}
