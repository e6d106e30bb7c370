/**
 * Reads the hand-written HTML rendition of the reference report
 * (fixtures/reference/hengyang-2023.html) into what every reader should give
 * for it: the narrative blocks, and each attachment's title and table grid
 * (rowspan/colspan resolved: text in the top-left cell, "" in covered ones).
 * Used as the golden expectation of the DOCX and XLSX fixtures made from it.
 */
import { joinLines } from '../line-join.js';

export interface ReferenceHtml {
  narrative: { kind: 'heading' | 'paragraph'; level: number; text: string }[];
  tables: { title: string; grid: string[][] }[];
}

/** Where the reference fixtures are (fixtures/reference/ at the project root). */
export const REFERENCE_DIR = new URL('../../../../fixtures/reference/', import.meta.url);

/** `html` is the content of fixtures/reference/hengyang-2023.html. */
export function parseReferenceHtml(html: string): ReferenceHtml {
  const body = html.slice(html.indexOf('<body>'));
  const firstTable = body.indexOf('<p class="table-title">');
  const narrative = [...body.slice(0, firstTable).matchAll(/<(h[1-3]|p)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => {
    const tag = m[1]!;
    return tag === 'p' ? { kind: 'paragraph' as const, level: 0, text: text(m[2]!) } : { kind: 'heading' as const, level: Number(tag[1]), text: text(m[2]!) };
  });
  const tables = [...body.matchAll(/<p class="table-title">([^<]*)<\/p>\s*<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => ({ title: text(m[1]!), grid: grid(m[2]!) }));
  return { narrative, tables };
}

function grid(tableHtml: string): string[][] {
  const out: (string | undefined)[][] = [];
  [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)) {
      while (out[r]![c] !== undefined) c++;
      const rs = Number(/rowspan="(\d+)"/.exec(cell[1]!)?.[1] ?? 1);
      const cs = Number(/colspan="(\d+)"/.exec(cell[1]!)?.[1] ?? 1);
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) (out[r + i] ??= [])[c + j] = '';
      out[r]![c] = cellText(cell[2]!);
      c += cs;
    }
  });
  return out.map((row) => row.map((t) => t ?? ''));
}

function cellText(inner: string): string {
  const paragraphs = inner.includes('<p>') ? [...inner.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!) : [inner];
  return joinLines(paragraphs.map(text));
}

const SUPERSCRIPT: Record<string, string> = { '2': '²', '3': '³' };

function text(fragment: string): string {
  return fragment
    .replace(/<sup>(\d)<\/sup>/g, (_, d: string) => SUPERSCRIPT[d] ?? d)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
