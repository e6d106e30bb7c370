import type { PageContent } from './geometry.js';
import type { PageTable } from './grid-text.js';
import { ruledTables } from './ruled-tables.js';
import { groupLines, type TextLine } from './text-lines.js';

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
  };
}
