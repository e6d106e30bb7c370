/**
 * Test support: what an HTML fixture says its PDF must contain. Reads the
 * simple HTML the fixtures are written in (no nested tables) with regular
 * expressions: tables resolved to full grids (a merged cell's text in its
 * top-left cell, "" in the cells it covers), and the text of paragraphs and
 * headings outside tables.
 */

export interface HtmlFixture {
  tables: string[][][];
  /** Text of `<p>` elements outside tables, in order. */
  paragraphs: string[];
  /** Text of `<h1>`…`<h6>` elements, in order. */
  headings: string[];
}

export function readHtmlFixture(html: string): HtmlFixture {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(style|script|title)[^>]*>[\s\S]*?<\/\1>/gi, '');
  const tables = [...body.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/gi)].map((m) => tableGrid(m[1]!));
  const outside = body.replace(/<table[^>]*>[\s\S]*?<\/table>/gi, '');
  const paragraphs = [...outside.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/gi)].map((m) => textOf(m[1]!));
  const headings = [...outside.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi)].map((m) => textOf(m[1]!));
  return { tables, paragraphs, headings };
}

function tableGrid(html: string): string[][] {
  const grid: (string | undefined)[][] = [];
  [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of tr[1]!.matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/gi)) {
      while (grid[r]![c] !== undefined) c++;
      const rowspan = Number(/rowspan\s*=\s*"?(\d+)/i.exec(cell[2]!)?.[1] ?? 1);
      const colspan = Number(/colspan\s*=\s*"?(\d+)/i.exec(cell[2]!)?.[1] ?? 1);
      for (let i = 0; i < rowspan; i++) {
        grid[r + i] ??= [];
        for (let j = 0; j < colspan; j++) grid[r + i]![c + j] = i === 0 && j === 0 ? textOf(cell[3]!) : '';
      }
      c += colspan;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** Visible text: tags removed, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text compared without white space: readers may add or drop spaces between CJK and Latin characters. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
