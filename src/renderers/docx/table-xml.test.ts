import { describe, expect, it } from 'vitest';
import { label, text, type Grid } from '../layout/grid.js';
import { tableXml } from './table-xml.js';

describe('tableXml', () => {
  const grid: Grid = {
    widths: [1, 1, 2],
    rows: [
      [label(0, '合并', { rowSpan: 2 }), label(1, 'A & B', { colSpan: 2 })],
      [text(1, '一\n二'), text(2, 'x\u0001<y>')],
    ],
  };
  const xml = tableXml(grid, 4000);

  it('lays the columns out on a grid of the given width', () => {
    expect(xml).toContain('<w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/>');
  });

  it('writes a cell merged down as restart, then a continuation cell in the row below', () => {
    const rows = xml.split('<w:tr>').slice(1);
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[1]?.indexOf('<w:vMerge/>')).toBeGreaterThan(-1);
    expect(rows.map((r) => (r.match(/<w:tc>/g) ?? []).length)).toEqual([2, 3]);
  });

  it('spans columns, keeps lines as paragraphs and escapes what XML cannot hold', () => {
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('>一</w:t>');
    expect(xml).toContain('>二</w:t>');
    expect(xml).toContain('x&lt;y&gt;');
    expect(xml).not.toContain('\u0001');
  });
});
