import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSE, END, OPEN, TEXT, XmlError, XmlScanner, decodeXml } from './xml-scanner.js';

function tokens(xml: string): string[] {
  const s = new XmlScanner(xml);
  const out: string[] = [];
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN) out.push(`<${s.name}${s.selfClosing ? '/' : ''}>`);
    else if (t === CLOSE) out.push(`</${s.name}>`);
    else if (t === TEXT) out.push(s.text);
  }
  return out;
}

describe('XmlScanner', () => {
  it('gives elements by local name, text with entities decoded, and skips declarations, comments and DOCTYPE', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- 注释 --><w:p a="1"><w:t xml:space="preserve">a&amp;b &lt;&#x4E2D;&#25991;&gt; &e;</w:t><w:br/></w:p>';
    expect(tokens(xml)).toEqual(['<p>', '<t>', 'a&b <中文> &e;', '</t>', '<br/>', '</p>']);
  });

  it('reads attributes by local name, with > and the other quote inside values', () => {
    const s = new XmlScanner(`<c r="A1" w:val='a>"b' t = "s" />`);
    expect(s.next()).toBe(OPEN);
    expect([s.attr('r'), s.attr('val'), s.attr('t'), s.attr('missing'), s.selfClosing]).toEqual(['A1', 'a>"b', 's', undefined, true]);
  });

  it('gives CDATA as text and normalizes line ends', () => {
    expect(tokens('<f><![CDATA[A1<B1 & "x"]]></f><t>a\r\nb\rc</t>')).toEqual(['<f>', 'A1<B1 & "x"', '</f>', '<t>', 'a\nb\nc', '</t>']);
  });

  it('skips and reads whole elements', () => {
    const s = new XmlScanner('<a><b><c>x</c><c/>y</b><d>z</d></a>');
    s.next();
    s.next();
    s.skip();
    expect(s.next()).toBe(OPEN);
    expect(s.readText()).toBe('z');
    expect(s.next()).toBe(CLOSE);
  });

  it('refuses unterminated markup', () => {
    for (const bad of ['<a b="x>', '<!-- never closed', '<a><![CDATA[x', '<?xml']) expect(() => tokens(bad)).toThrow(XmlError);
    const s = new XmlScanner('<a><b>');
    s.next();
    expect(() => s.skip()).toThrow(XmlError);
  });

  it('decodes UTF-8 with or without BOM and UTF-16 with BOM', () => {
    expect(decodeXml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>中</a>')]))).toBe('<a>中</a>');
    expect(decodeXml(Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x3e, 0]))).toBe('<a>');
  });

  it('stays linear: no search runs ahead through the rest of the part', () => {
    const part = (n: number): string => `<r>${'<c r="A1" s="1"><v>1</v></c>'.repeat(5 * n)}${'<x y>'.repeat(n)}</r>`;
    const scan = (xml: string): number => {
      const s = new XmlScanner(xml);
      let n = 0;
      for (let k = s.next(); k !== END; k = s.next()) if (k === OPEN) n += s.attr('q') === undefined ? 1 : 0;
      return n;
    };
    expect(scan(part(20_000))).toBe(220_001);
    /** The quickest of three scans, so that a moment of load on the machine is not taken for the scanner's cost. */
    const quickest = (xml: string): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        scan(xml);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    // Four times the part: about four times the time if linear, sixteen if a search runs ahead.
    expect(quickest(part(20_000)) / quickest(part(5_000))).toBeLessThan(9);
  });

  it('reads back any text escaped as XML (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
        const s = new XmlScanner(`<t>${escaped}</t>`);
        s.next();
        expect(s.readText()).toBe(text);
      }),
    );
  });
});
